import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import { sortPairs } from '$lib/systems/lag';
import { lagSummary, medianSentence } from '$lib/compare/lags';
import { pairRows, systemsTakeaway } from '$lib/systems/pair-rows';
import type { SystemsData } from '$lib/views/types';
import type { PageServerLoad } from './$types';

export const load = ((): SystemsData => {
	const { data } = getData();
	const pairs = pairRows(data.systems);
	return {
		pairs,
		median: medianSentence(lagSummary(pairs)),
		takeaway: systemsTakeaway(pairs),
		// The default order (by lag, ties by name), sorted here: sorting by name in the browser loads
		// the collation tables (about 30 ms with the CPU slowed 4×) while the page hydrates.
		byLag: sortPairs(pairs, 'lag').map((p) => p.function),
		// The usage figures come from ./metrics.json once the page shows (see there).
		sources: sourceIndex(data.sources, data.systems)
	};
}) satisfies PageServerLoad;
