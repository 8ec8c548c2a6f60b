import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import { pairRows } from '$lib/systems/lag';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	return {
		pairs: pairRows(data.systems),
		metrics: data.system_metrics,
		sources: sourceIndex(data.sources, [...data.systems, ...data.system_metrics])
	};
};
