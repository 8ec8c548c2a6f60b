/**
 * The charts that can be embedded (`/embed/<chartId>/`) and shown in the deck, in the order of the
 * default deck after the overview slide.
 */
export interface EmbeddableChart {
	chartId: string;
	title: string;
	/** The page the chart lives on, for the embed's link back. */
	page: string;
}

export const EMBEDDABLE: readonly EmbeddableChart[] = [
	{ chartId: 'phases', title: 'Phases of e-government, Korea and India', page: '/timeline/' },
	{ chartId: 'egdi-rank', title: 'UN E-Government Development Index: rank', page: '/rankings/' }
];

export const CHART_IDS: ReadonlySet<string> = new Set([
	'overview',
	...EMBEDDABLE.map((c) => c.chartId)
]);

export function defaultDeck() {
	return [
		{
			id: 'overview',
			chartId: 'overview',
			title: 'Korea and India: e-government',
			query: '',
			note: ''
		},
		...EMBEDDABLE.map((c) => ({
			id: c.chartId,
			chartId: c.chartId,
			title: c.title,
			query: '',
			note: ''
		}))
	];
}
