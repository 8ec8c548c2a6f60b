import { getContext, setContext } from 'svelte';

/** A chart as its frame hands it to a presentation deck: in the view's state of the moment. */
export interface SlideOffer {
	chartId: string;
	title: string;
	/** The view's query string (without `?`), so the slide shows exactly the view added. */
	query: string;
	/** The view's state in words (`1995–2010 · pinned: …`), for the deck's list. */
	caption: string;
}

/**
 * Set by whatever keeps a presentation deck (the site's layout sets the seminar deck's, from
 * src/lib/present/): a frame whose chart it takes offers "Add to presentation". Without one (an
 * embed, a component test) no frame does. The kit knows nothing of how the deck is stored.
 */
export interface DeckTarget {
	takes(chartId: string): boolean;
	/** Adds a slide of the chart; resolves to the deck's length after it. */
	add(slide: SlideOffer): Promise<number>;
}

const KEY = Symbol('deck-target');

export function setDeckTarget(target: DeckTarget) {
	setContext(KEY, target);
}

export function getDeckTarget(): DeckTarget | undefined {
	return getContext<DeckTarget | undefined>(KEY);
}
