import { getData } from '$lib/data/load.server';
import { citedSources, sourceIndex } from '$lib/data/sources';
import { indexSeries } from '$lib/rankings/series';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	const egdi = indexSeries(data.indices, 'EGDI');
	return {
		egdi,
		egdiSources: citedSources(egdi, data.sources),
		indices: data.indices,
		sources: sourceIndex(data.sources, data.indices)
	};
};
