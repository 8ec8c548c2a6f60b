import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import { OPENNESS_CATEGORIES, PEOPLE_VIEW_METRICS } from '$lib/people/figures';
import type { PeopleData } from '$lib/views/types';
import type { PageServerLoad } from './$types';

export const load = ((): PeopleData => {
	const { data } = getData();
	const metrics = data.people_metrics.filter((m) => PEOPLE_VIEW_METRICS.includes(m.metric));
	const milestones = data.milestones.filter((m) =>
		(OPENNESS_CATEGORIES as readonly string[]).includes(m.category)
	);
	return {
		programmes: data.programmes,
		metrics,
		milestones,
		sources: sourceIndex(data.sources, [...data.programmes, ...metrics, ...milestones])
	};
}) satisfies PageServerLoad;
