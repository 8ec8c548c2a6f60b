import { coverage } from '$lib/data/evidence';
import { getData } from '$lib/data/load.server';
import { DATASET_NAMES } from '$lib/data/schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	return {
		counts: Object.fromEntries(DATASET_NAMES.map((n) => [n, data[n].length])) as Record<
			(typeof DATASET_NAMES)[number],
			number
		>,
		sources: [...data.sources].sort((a, b) => a.source_id.localeCompare(b.source_id)),
		/** Per file, how many rows rest on which evidence: computed from the files, never typed. */
		coverage: coverage(data, data.sources)
	};
};
