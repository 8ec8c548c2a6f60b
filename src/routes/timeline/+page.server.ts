import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	const milestones = [...data.milestones].sort((a, b) => a.date.localeCompare(b.date));
	const systems = Object.fromEntries(
		data.systems
			.filter((s) => milestones.some((m) => m.system_id === s.system_id))
			.map((s) => [s.system_id, s])
	);
	return {
		phases: data.phases,
		milestones,
		systems,
		sources: sourceIndex(data.sources, [...data.phases, ...milestones]),
		currentYear: new Date().getUTCFullYear()
	};
};
