import { coverage, kindSummary } from '$lib/data/evidence';
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
		sourceCount: data.sources.length,
		sourceSummary: `${kindSummary(data.sources)}; ${data.sources.filter((s) => s.via).length} of them read in a copy`,
		/** Per file, how many rows rest on which evidence: computed from the files, never typed. */
		coverage: coverage(data, data.sources)
	};
};
