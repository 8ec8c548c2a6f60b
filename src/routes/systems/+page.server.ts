import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import { pairByFunction } from '$lib/systems/pairs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	return {
		pairs: pairByFunction(data.systems),
		metrics: data.system_metrics,
		sources: sourceIndex(data.sources, [...data.systems, ...data.system_metrics])
	};
};
