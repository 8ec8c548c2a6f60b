import { getContext, setContext } from 'svelte';
import type { FrameWords } from './frame-words';

export type { FrameWords };

const KEY = Symbol('words');

/**
 * The chart frame's words in the page's language, written on the server (`frame-words.ts`) and
 * handed down from the root layout: components read them here instead of importing messages,
 * which would ship every message in all three languages with the page's script.
 */
export const setWords = (w: FrameWords) => setContext(KEY, w);

export function words(): FrameWords {
	const w = getContext<FrameWords | undefined>(KEY);
	if (!w) throw new Error('No words: the root layout (or the test) must call setWords.');
	return w;
}

/** A template from the server with its `{name}` slots filled: "slide {n} of {total}". */
export const fill = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in values ? String(values[name]) : slot
	);

/** The context a component test renders a frame with (Testing Library's `context` option). */
export const wordsContext = (w: FrameWords): Map<unknown, unknown> => new Map([[KEY, w]]);
