import { getData } from '$lib/data/load.server';
import { citedSources, sourceIndex } from '$lib/data/sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	const milestones = [...data.milestones].sort((a, b) => a.date.localeCompare(b.date));
	return {
		phases: data.phases,
		phaseSources: citedSources(data.phases, data.sources),
		milestones,
		sources: sourceIndex(data.sources, [...data.phases, ...milestones]),
		currentYear: new Date().getUTCFullYear()
	};
};
