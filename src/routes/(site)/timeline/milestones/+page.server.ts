import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	const milestones = [...data.milestones].sort((a, b) => a.date.localeCompare(b.date));
	return { milestones, sources: sourceIndex(data.sources, milestones) };
};
