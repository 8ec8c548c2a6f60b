import { error } from '@sveltejs/kit';
import { getData } from '$lib/data/load.server';
import { citedSources } from '$lib/data/sources';
import { CHART_IDS } from '$lib/present/charts';
import { indexSeries, latestRanks } from '$lib/rankings/series';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...CHART_IDS].map((chart) => ({ chart }));

/** Each embeddable chart gets only the data it draws. */
export const load: PageServerLoad = ({ params }) => {
	const { data } = getData();
	const currentYear = new Date().getUTCFullYear();
	switch (params.chart) {
		case 'overview':
			return {
				chart: 'overview' as const,
				phases: data.phases,
				egdi: latestRanks(data.indices, 'EGDI'),
				counts: { milestones: data.milestones.length, systems: data.systems.length },
				currentYear
			};
		case 'phases':
			return {
				chart: 'phases' as const,
				phases: data.phases,
				sources: citedSources(data.phases, data.sources),
				currentYear
			};
		case 'egdi-rank': {
			const egdi = indexSeries(data.indices, 'EGDI');
			return { chart: 'egdi-rank' as const, egdi, sources: citedSources(egdi, data.sources) };
		}
		default:
			error(404, 'No such chart');
	}
};
