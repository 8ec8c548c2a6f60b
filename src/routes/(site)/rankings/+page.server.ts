import { getData } from '$lib/data/load.server';
import { citedSources, sourceIndex } from '$lib/data/sources';
import { indexSeries } from '$lib/rankings/series';
import type { RankingsData } from '$lib/views/types';
import type { PageServerLoad } from './$types';

/** The UN's own words on reading EGDI scores and ranks across editions. */
const CAUTION_SOURCE = 'idx-un-survey-2016-world-rankings';

export const load = ((): RankingsData => {
	const { data } = getData();
	const un = data.indices.filter((r) => !['GTMI', 'OECD_DGI'].includes(r.index));
	const other = data.indices.filter((r) => ['GTMI', 'OECD_DGI'].includes(r.index));
	return {
		un,
		other,
		egdi: indexSeries(data.indices, 'EGDI'),
		caution: sourceIndex(data.sources)[CAUTION_SOURCE] ?? null,
		unSources: citedSources(un, data.sources),
		sources: sourceIndex(data.sources, data.indices)
	};
}) satisfies PageServerLoad;
