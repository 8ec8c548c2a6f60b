/**
 * The seminar deck: an ordered list of slides, persisted in the browser. Pure: the reducer and
 * the parser are unit-tested; the page only dispatches actions and renders.
 */

export interface Slide {
	/** Unique within the deck. */
	id: string;
	/** `overview`, or the chartId of an embeddable chart. */
	chartId: string;
	title: string;
	/** The view's query string (without `?`), so the slide shows exactly the added view. */
	query: string;
	note: string;
	/** The view's state in words (`1995–2010 · pinned: E-Government Act`); empty = as first shown. */
	caption?: string;
}

export type DeckAction =
	| { type: 'add'; slide: Omit<Slide, 'id'> }
	| { type: 'remove'; id: string }
	| { type: 'move'; id: string; by: -1 | 1 }
	| { type: 'note'; id: string; note: string }
	| { type: 'reset'; deck: Slide[] };

function nextId(deck: Slide[]): string {
	const used = new Set(deck.map((s) => s.id));
	let n = deck.length + 1;
	while (used.has(`s${n}`)) n++;
	return `s${n}`;
}

export function deckReducer(deck: Slide[], action: DeckAction): Slide[] {
	switch (action.type) {
		case 'add':
			return [...deck, { ...action.slide, id: nextId(deck) }];
		case 'remove':
			return deck.filter((s) => s.id !== action.id);
		case 'move': {
			const i = deck.findIndex((s) => s.id === action.id);
			const j = i + action.by;
			if (i < 0 || j < 0 || j >= deck.length) return deck;
			const moved = [...deck];
			[moved[i], moved[j]] = [moved[j]!, moved[i]!];
			return moved;
		}
		case 'note':
			return deck.map((s) => (s.id === action.id ? { ...s, note: action.note.slice(0, 5000) } : s));
		case 'reset':
			return action.deck;
	}
}

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Reads a stored deck defensively: anything malformed, or naming a chart that no longer exists,
 * is dropped rather than breaking the page. Returns null when nothing usable is stored.
 */
export function parseDeck(
	json: string | null,
	isKnown: (chartId: string) => boolean
): Slide[] | null {
	if (!json) return null;
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return null;
	}
	if (!Array.isArray(value)) return null;
	const slides: Slide[] = [];
	for (const item of value) {
		if (typeof item !== 'object' || item === null) continue;
		const { id, chartId, title, query, note, caption } = item as Record<string, unknown>;
		if (!isString(id) || !isString(chartId) || !isKnown(chartId)) continue;
		if (slides.some((s) => s.id === id)) continue;
		slides.push({
			id: id.slice(0, 40),
			chartId,
			title: isString(title) ? title.slice(0, 200) : chartId,
			query: isString(query) ? query.slice(0, 2000) : '',
			note: isString(note) ? note.slice(0, 5000) : '',
			caption: isString(caption) ? caption.slice(0, 300) : ''
		});
	}
	return slides;
}

const VIEW_NAMES = {
	home: 'Overview',
	timeline: 'Timeline',
	budget: 'Budget',
	systems: 'Systems',
	rankings: 'Rankings',
	people: 'People',
	data: 'Your data'
} as const;

/**
 * How the deck list names a slide: its view and the state it shows ("Timeline · 1995–2010 ·
 * pinned: E-Government Act"), so two slides of one chart can be told apart.
 */
export function slideState(
	slide: Pick<Slide, 'chartId' | 'caption' | 'query'>,
	view: keyof typeof VIEW_NAMES | undefined
): string {
	const name = slide.chartId === 'overview' ? 'Title slide' : view ? VIEW_NAMES[view] : 'Chart';
	const state = slide.caption || (slide.query ? 'as added' : 'default view');
	return `${name} · ${state}`;
}

/** Slide number from `?slide=N` (1-based); anything else means the first slide. */
export function slideFromQuery(value: string | null, count: number): number {
	if (!value || !/^\d{1,4}$/.test(value)) return 0;
	const n = Number(value);
	return n >= 1 && n <= count ? n - 1 : 0;
}

export const DECK_STORAGE_KEY = 'korea-india-deck-v1';
