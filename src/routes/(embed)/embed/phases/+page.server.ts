import { getData } from '$lib/data/load.server';
import { citedSources } from '$lib/data/sources';
import { phaseBars } from '$lib/timeline/phase-layout';
import type { PhasesData } from '$lib/views/types';
import type { PageServerLoad } from './$types';

// The phases chart has its own embed route (not the home view with the other charts hidden): the
// page that slide tools and the benchmark load carries this chart's markup, data and code only.
export const load = ((): PhasesData => {
	const { data } = getData();
	return {
		phases: phaseBars(data.phases),
		sources: citedSources(data.phases, data.sources),
		currentYear: new Date().getUTCFullYear()
	};
}) satisfies PageServerLoad;
