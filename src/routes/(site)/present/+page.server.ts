import { getData } from '$lib/data/load.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	return { milestones: data.milestones.length };
};
