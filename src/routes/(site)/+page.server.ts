import { getData } from '$lib/data/load.server';
import { citedSources } from '$lib/data/sources';
import { phaseBars } from '$lib/timeline/phase-layout';
import { lagBars } from '$lib/overview/headlines';
import { latestShares } from '$lib/overview/budget-bars';
import { indexSeries, latestRanks } from '$lib/rankings/series';
import { lagSummary, medianSentence } from '$lib/compare/lags';
import { pairRows } from '$lib/systems/pair-rows';
import {
	literacy,
	literacyTakeaway,
	reachBars,
	RURAL_HOUSEHOLDS_METRIC
} from '$lib/people/figures';
import type { HomeData } from '$lib/views/types';
import type { PageServerLoad } from './$types';

// The headline bars are computed here, at build time: the page ships the bars it draws (and the
// sources they cite), not the budget and systems rows they come from — less to parse and nothing
// to recompute while hydrating.
export const load = ((): HomeData => {
	const { data } = getData();
	const egdi = latestRanks(data.indices, 'EGDI');
	const egdiAll = indexSeries(data.indices, 'EGDI');
	const pairs = pairRows(data.systems);
	const shares = latestShares(data.budget);
	const lags = lagBars(pairs);
	const lit = literacy(data.people_metrics, data.programmes);
	const reach = reachBars(lit);
	const rural = data.people_metrics.find((m) => m.metric === RURAL_HOUSEHOLDS_METRIC) ?? null;
	const median = lagSummary(pairs);
	return {
		phases: phaseBars(data.phases),
		phaseSources: citedSources(data.phases, data.sources),
		egdi,
		egdiAll,
		egdiSources: citedSources(egdiAll, data.sources),
		shares,
		sharesSources: citedSources(shares, data.sources),
		lags,
		lagSources: citedSources(lags, data.sources),
		lagMedian: { text: medianSentence(median), median: median.median },
		reach,
		reachTakeaway: literacyTakeaway(lit, rural),
		reachSources: citedSources(reach, data.sources),
		counts: {
			milestones: data.milestones.length,
			systems: data.systems.length,
			sources: data.sources.length
		},
		currentYear: new Date().getUTCFullYear()
	};
}) satisfies PageServerLoad;
