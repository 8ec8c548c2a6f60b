import { error } from '@sveltejs/kit';
import { getData } from '$lib/data/load.server';
import { CHART_IDS, embeddable, metricsChartId } from '$lib/present/charts';
import { latestRanks } from '$lib/rankings/series';
import { load as homeLoad } from '../../+page.server';
import { load as budgetLoad } from '../../budget/+page.server';
import { load as rankingsLoad } from '../../rankings/+page.server';
import { load as systemsLoad } from '../../systems/+page.server';
import { load as timelineLoad } from '../../timeline/+page.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [
	...[...CHART_IDS].map((chart) => ({ chart })),
	...getData().data.systems.map((s) => ({ chart: metricsChartId(s.system_id) }))
];

/** The embed runs its view's own load, so the chart is drawn from exactly the page's data. */
export const load: PageServerLoad = async ({ params }) => {
	if (params.chart === 'overview') {
		const { data } = getData();
		return {
			view: 'overview' as const,
			chartId: 'overview',
			overview: {
				phases: data.phases,
				egdi: latestRanks(data.indices, 'EGDI'),
				counts: { milestones: data.milestones.length, systems: data.systems.length }
			}
		};
	}
	const chart = embeddable(params.chart);
	if (!chart) error(404, 'No such chart');
	// The views' loads read only the validated data, never the request.
	const event = {} as never;
	const base = { chartId: chart.chartId, title: chart.title };
	switch (chart.view) {
		case 'home':
			return { ...base, view: 'home' as const, home: await homeLoad(event) };
		case 'timeline':
			return { ...base, view: 'timeline' as const, timeline: await timelineLoad(event) };
		case 'budget':
			return { ...base, view: 'budget' as const, budget: await budgetLoad(event) };
		case 'systems':
			return { ...base, view: 'systems' as const, systems: await systemsLoad(event) };
		case 'rankings':
			return { ...base, view: 'rankings' as const, rankings: await rankingsLoad(event) };
	}
};
