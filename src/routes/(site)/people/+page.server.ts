import { comparisons } from '$lib/compare/comparisons';
import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import {
	internetSeries,
	internetTakeaway,
	literacy,
	literacyTakeaway,
	openness,
	OPENNESS_CATEGORIES,
	opennessTakeaway,
	PEOPLE_VIEW_METRICS,
	peopleLagTakeaway,
	populationsText,
	RURAL_HOUSEHOLDS_METRIC
} from '$lib/people/figures';
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
	const lit = literacy(metrics, data.programmes);
	const rural = metrics.find((m) => m.metric === RURAL_HOUSEHOLDS_METRIC) ?? null;
	return {
		// Sentences that no control changes are written here: their code stays off the page.
		texts: {
			literacy: literacyTakeaway(lit, rural),
			populations: populationsText(lit),
			internet: internetTakeaway(internetSeries(metrics)),
			openness: opennessTakeaway(openness(milestones)),
			lag: peopleLagTakeaway(lags)
		},
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
