import { getData } from '$lib/data/load.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	return { sources: [...data.sources].sort((a, b) => a.source_id.localeCompare(b.source_id)) };
};
