import type { DeckTarget } from '$lib/charts/deck';

/**
 * The charts that can be embedded (`/embed/<chartId>/`) and put in the deck. Each names the view
 * (page) it lives on; the embed renders that page and shows only this chart.
 */
export type View = 'home' | 'timeline' | 'budget' | 'systems' | 'rankings' | 'people' | 'data';

export interface EmbeddableChart {
	chartId: string;
	title: string;
	view: View;
	/** In the default deck, after the overview slide. */
	inDefaultDeck?: boolean;
}

export const VIEW_PAGES: Record<
	View,
	'/' | '/timeline/' | '/budget/' | '/systems/' | '/rankings/' | '/people/' | '/data/'
> = {
	home: '/',
	timeline: '/timeline/',
	budget: '/budget/',
	systems: '/systems/',
	rankings: '/rankings/',
	people: '/people/',
	data: '/data/'
};

export const EMBEDDABLE: readonly EmbeddableChart[] = [
	{
		chartId: 'timeline',
		title: 'Phases and milestones of e-government, Korea and India',
		view: 'timeline',
		inDefaultDeck: true
	},
	{
		chartId: 'budget-share',
		title: 'Share of the national budget for e-government and informatization',
		view: 'budget',
		inDefaultDeck: true
	},
	{
		chartId: 'budget-amount',
		title: 'E-government and informatization budgets in local currency',
		view: 'budget'
	},
	{
		chartId: 'systems-pairs',
		title: 'Launch years of the flagship systems, by function',
		view: 'systems',
		inDefaultDeck: true
	},
	{
		chartId: 'egdi-rank',
		title: 'UN E-Government Development Index: rank',
		view: 'rankings',
		inDefaultDeck: true
	},
	{ chartId: 'egdi-score', title: 'UN E-Government Development Index: score', view: 'rankings' },
	{
		chartId: 'egdi-subindices',
		title:
			'The parts of the index: online services, telecom infrastructure, human capital, e-participation',
		view: 'rankings'
	},
	{ chartId: 'egdi-gap', title: 'The gap: Korea minus India, per index', view: 'rankings' },
	{
		chartId: 'people-literacy',
		title: 'Digital-literacy drives: people trained as a share of the population',
		view: 'people',
		inDefaultDeck: true
	},
	{
		chartId: 'people-internet',
		title: 'Internet use, % of the population, with the literacy drives marked',
		view: 'people'
	},
	{
		chartId: 'people-lag',
		title: "How much later India took each step of the people's side",
		view: 'people'
	},
	{
		chartId: 'people-use',
		title: 'Using open government: information requests and participation, each in its own unit',
		view: 'people'
	},
	{
		chartId: 'people-openness',
		title: 'Opening government: transparency and participation milestones',
		view: 'people'
	},
	// The indicator chart of the user's own WDI/OWID series: its slide reads them from this
	// browser's upload store, and says so plainly when they are not there.
	{ chartId: 'indicator', title: 'An indicator from your own data', view: 'data' },
	{ chartId: 'phases', title: 'When national e-government began', view: 'home' },
	{ chartId: 'overview-budget', title: 'Latest budget shares', view: 'home' },
	{ chartId: 'overview-egdi', title: 'UN EGDI rank, first edition to now', view: 'home' },
	{
		chartId: 'overview-lag',
		title: 'How much later India launched each flagship system',
		view: 'home'
	},
	{
		chartId: 'overview-people',
		title: 'People trained in the national digital-literacy drives',
		view: 'home'
	}
];

/** Whether a stored slide's chart can still be shown. */
export function isKnownChart(chartId: string): boolean {
	return chartId === 'overview' || embeddable(chartId) !== undefined;
}

/** Per-system metric charts (`system-metrics-kor-hometax`) live on the systems view. */
const METRICS_PREFIX = 'system-metrics-';

export function embeddable(chartId: string): EmbeddableChart | undefined {
	const known = EMBEDDABLE.find((c) => c.chartId === chartId);
	if (known) return known;
	if (chartId.startsWith(METRICS_PREFIX) && /^[a-z0-9-]+$/.test(chartId)) {
		return { chartId, title: 'System usage over time', view: 'systems' };
	}
	return undefined;
}

export function metricsChartId(systemId: string): string {
	return `${METRICS_PREFIX}${systemId}`;
}

/** A pair's chart of the usage metrics both countries measure the same way (`system-metrics-compare-procurement`). */
export function comparisonChartId(fn: string): string {
	return `${METRICS_PREFIX}compare-${fn.replace(/_/g, '-')}`;
}

export function defaultDeck() {
	return [
		{
			id: 'overview',
			chartId: 'overview',
			title: 'Korea and India: e-government',
			query: '',
			note: ''
		},
		...EMBEDDABLE.filter((c) => c.inDefaultDeck).map((c) => ({
			id: c.chartId,
			chartId: c.chartId,
			title: c.title,
			query: '',
			note: ''
		}))
	];
}

/**
 * The seminar deck as chart frames see it (src/lib/charts/deck.ts; the site's layout sets it): it
 * takes every embeddable chart, and keeps an added slide in this browser. Its storage loads on the
 * first add. Here, beside the list of charts, it rides in the chunk every page loads already.
 */
export const deckTarget: DeckTarget = {
	takes: (chartId) => embeddable(chartId) !== undefined,
	add: async (slide) =>
		(await import('./storage')).updateDeck({ type: 'add', slide: { ...slide, note: '' } }).length
};
