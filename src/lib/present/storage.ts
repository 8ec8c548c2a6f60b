import { defaultDeck, isKnownChart } from './charts.ts';
import { DECK_STORAGE_KEY, deckReducer, parseDeck, type DeckAction, type Slide } from './deck.ts';

/** The deck as stored in this browser, or the default deck. */
export function loadDeck(): Slide[] {
	try {
		return parseDeck(localStorage.getItem(DECK_STORAGE_KEY), isKnownChart) ?? defaultDeck();
	} catch {
		return defaultDeck();
	}
}

/** Applies an action and stores the result; returns the new deck. */
export function updateDeck(action: DeckAction): Slide[] {
	const deck = deckReducer(loadDeck(), action);
	try {
		localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
	} catch {
		// Storage full or disabled: the deck still works for this visit.
	}
	return deck;
}
