import { getData } from '$lib/data/load.server';
import { citedSources } from '$lib/data/sources';
import { indexSeries } from '$lib/rankings/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	const egdi = indexSeries(data.indices, 'EGDI');
	return {
		phases: data.phases,
		phaseSources: citedSources(data.phases, data.sources),
		egdi,
		egdiSources: citedSources(egdi, data.sources),
		currentYear: new Date().getUTCFullYear()
	};
};
