import { getData } from '$lib/data/load.server';
import { citedSources } from '$lib/data/sources';
import { latestRanks } from '$lib/rankings/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	const egdi = latestRanks(data.indices, 'EGDI');
	return {
		phases: data.phases,
		phaseSources: citedSources(data.phases, data.sources),
		egdi,
		egdiSources: citedSources(egdi, data.sources),
		counts: {
			milestones: data.milestones.length,
			systems: data.systems.length,
			sources: data.sources.length
		},
		currentYear: new Date().getUTCFullYear()
	};
};
