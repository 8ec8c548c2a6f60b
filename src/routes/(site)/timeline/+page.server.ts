import { getData } from '$lib/data/load.server';
import { pick, SYSTEM_REF_FIELDS } from '$lib/data/schema';
import { sourceIndex } from '$lib/data/sources';
import { phaseBars } from '$lib/timeline/phase-layout';
import type { TimelineData } from '$lib/views/types';
import type { PageServerLoad } from './$types';

export const load = ((): TimelineData => {
	const { data } = getData();
	const milestones = [...data.milestones].sort((a, b) => a.date.localeCompare(b.date));
	const systems = Object.fromEntries(
		data.systems
			.filter((s) => milestones.some((m) => m.system_id === s.system_id))
			.map((s) => [s.system_id, pick(s, SYSTEM_REF_FIELDS)])
	);
	return {
		phases: phaseBars(data.phases),
		milestones,
		systems,
		sources: sourceIndex(data.sources, [...data.phases, ...milestones]),
		currentYear: new Date().getUTCFullYear()
	};
}) satisfies PageServerLoad;
