import { comparisonChartId, EMBEDDABLE, metricsChartId } from '$lib/present/charts';
import { COMPARISONS } from '$lib/systems/comparable';
import { getData } from '$lib/data/load.server';
import { load as viewLoad } from '../../../(site)/systems/+page.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [
	...EMBEDDABLE.filter((c) => c.view === 'systems').map((c) => ({ chart: c.chartId })),
	...getData().data.systems.map((s) => ({ chart: metricsChartId(s.system_id) })),
	...[...new Set(COMPARISONS.map((c) => c.function))].map((fn) => ({
		chart: comparisonChartId(fn)
	}))
];

/** The embed runs the view's own load (it reads only the validated data, never the request). */
export const load: PageServerLoad = ({ params }) => ({ ...viewLoad(), chartId: params.chart });
