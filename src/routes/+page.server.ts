import { getData } from '$lib/data/load.server';
import { citedSources, sourceIndex } from '$lib/data/sources';
import { indexSeries, latestRanks } from '$lib/rankings/series';
import { pairRows } from '$lib/systems/lag';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	const egdi = latestRanks(data.indices, 'EGDI');
	const egdiAll = indexSeries(data.indices, 'EGDI');
	return {
		phases: data.phases,
		phaseSources: citedSources(data.phases, data.sources),
		egdi,
		egdiAll,
		egdiSources: citedSources(egdiAll, data.sources),
		budget: data.budget,
		pairs: pairRows(data.systems),
		sources: Object.values(sourceIndex(data.sources, [...data.budget, ...data.systems])),
		counts: {
			milestones: data.milestones.length,
			systems: data.systems.length,
			sources: data.sources.length
		},
		currentYear: new Date().getUTCFullYear()
	};
};
