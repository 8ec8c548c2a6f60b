import { comparisons } from '$lib/compare/comparisons';
import { lagTableTakeaway } from '$lib/compare/lags';
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
	const lags = comparisons(data);
	const sides = lags.flatMap((r) => [r.kor, r.ind, ...r.alternatives].filter((s) => s !== null));
	return {
		phases: phaseBars(data.phases),
		milestones,
		systems,
		lags,
		lagTakeaway: lagTableTakeaway(lags),
		sources: sourceIndex(data.sources, [...data.phases, ...milestones, ...sides]),
		currentYear: new Date().getUTCFullYear()
	};
}) satisfies PageServerLoad;
