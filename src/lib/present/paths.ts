import { resolve } from '$app/paths';
import { embeddable } from './charts';

/** The embed page of a chart: `/embed/<chartId>` (each view has its own route, see src/params). */
export function embedPath(chartId: string): string {
	const chart = { chart: chartId };
	if (chartId === 'overview') return resolve('/(embed)/embed/[chart=overviewSlide]', chart);
	switch (embeddable(chartId)?.view) {
		case 'timeline':
			return resolve('/(embed)/embed/[chart=timelineChart]', chart);
		case 'budget':
			return resolve('/(embed)/embed/[chart=budgetChart]', chart);
		case 'systems':
			return resolve('/(embed)/embed/[chart=systemsChart]', chart);
		case 'rankings':
			return resolve('/(embed)/embed/[chart=rankingsChart]', chart);
		case 'data':
			return resolve('/(embed)/embed/[chart=dataChart]', chart);
		default:
			return resolve('/(embed)/embed/[chart=homeChart]', chart);
	}
}

/**
 * A slide's page: the chart's embed, in the view's state (`query`), laid out as a slide
 * (`present=1`), in the projector theme asked for.
 */
export function slideUrl(
	chartId: string,
	query: string,
	theme: 'light' | 'dark' = 'light'
): string {
	const view = [...new URLSearchParams(query)].filter(([k]) => k !== 'present' && k !== 'theme');
	const extra = theme === 'dark' ? [['theme', 'dark']] : [];
	return `${embedPath(chartId)}/?${new URLSearchParams([...view, ['present', '1'], ...extra])}`;
}
