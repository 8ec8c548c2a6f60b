import { getData } from '$lib/data/load.server';
import { latestRanks } from '$lib/rankings/series';
import { phaseBars } from '$lib/timeline/phase-layout';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ chart: 'overview' }];

export const load: PageServerLoad = () => {
	const { data } = getData();
	return {
		phases: phaseBars(data.phases),
		egdi: latestRanks(data.indices, 'EGDI'),
		counts: { milestones: data.milestones.length, systems: data.systems.length }
	};
};
