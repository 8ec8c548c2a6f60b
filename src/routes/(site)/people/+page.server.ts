import { comparisons } from '$lib/compare/comparisons';
import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import { OPENNESS_CATEGORIES, PEOPLE_VIEW_METRICS } from '$lib/people/figures';
import { isUseSystemRow } from '$lib/people/use';
import type { PeopleData } from '$lib/views/types';
import type { PageServerLoad } from './$types';

export const load = ((): PeopleData => {
	const { data } = getData();
	const metrics = data.people_metrics.filter((m) => PEOPLE_VIEW_METRICS.includes(m.metric));
	const milestones = data.milestones.filter((m) =>
		(OPENNESS_CATEGORIES as readonly string[]).includes(m.category)
	);
	const systemMetrics = data.system_metrics.filter(isUseSystemRow);
	const lags = comparisons(data).filter((c) => c.group === 'people');
	const sides = lags.flatMap((r) => [r.kor, r.ind].filter((s) => s !== null));
	return {
		lags,
		programmes: data.programmes,
		metrics,
		milestones,
		systemMetrics,
		sources: sourceIndex(data.sources, [
			...data.programmes,
			...metrics,
			...milestones,
			...systemMetrics,
			...sides
		])
	};
}) satisfies PageServerLoad;
