import { getData } from '$lib/data/load.server';
import { citedSources } from '$lib/data/sources';
import { latestRanks } from '$lib/rankings/series';
import { phaseBars } from '$lib/timeline/phase-layout';
import type { OverviewSlideData } from '$lib/views/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ chart: 'overview' }];

export const load = ((): OverviewSlideData => {
	const { data } = getData();
	const egdi = latestRanks(data.indices, 'EGDI');
	return {
		phases: phaseBars(data.phases),
		egdi,
		sources: citedSources([...data.phases, ...egdi], data.sources),
		counts: { milestones: data.milestones.length, systems: data.systems.length }
	};
}) satisfies PageServerLoad;
