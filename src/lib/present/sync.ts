/**
 * The audience window and the presenter view keep in step through one BroadcastChannel: the
 * presenter asks to go to a slide, the audience window says which slide it shows. The deck
 * itself (slides, notes) is shared through the browser's storage (storage.ts).
 */
export const DECK_CHANNEL = 'korea-india-deck';

export type DeckMessage =
	{ type: 'go'; index: number } | { type: 'showing'; index: number } | { type: 'hello' };

/** Reads a message defensively: anything else on the channel is ignored. */
export function readDeckMessage(data: unknown): DeckMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, index } = data as Record<string, unknown>;
	if (type === 'hello') return { type };
	if ((type === 'go' || type === 'showing') && Number.isInteger(index) && (index as number) >= 0)
		return { type, index: index as number };
	return null;
}

/** The channel, or null where the browser has none (messages are then simply not sent). */
export function deckChannel(onmessage: (m: DeckMessage) => void): {
	post: (m: DeckMessage) => void;
	close: () => void;
} {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(DECK_CHANNEL);
	channel.onmessage = (e) => {
		const m = readDeckMessage(e.data);
		if (m) onmessage(m);
	};
	return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}

/** `12:05` for 725 seconds: the presenter's clock. */
export function elapsed(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const h = Math.floor(s / 3600);
	const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
	const ss = String(s % 60).padStart(2, '0');
	return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
