import { getData } from '$lib/data/load.server';
import { latestRanks } from '$lib/rankings/series';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ chart: 'overview' }];

export const load: PageServerLoad = () => {
	const { data } = getData();
	return {
		phases: data.phases,
		egdi: latestRanks(data.indices, 'EGDI'),
		counts: { milestones: data.milestones.length, systems: data.systems.length }
	};
};
