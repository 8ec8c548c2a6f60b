import { getContext, setContext } from 'svelte';

/**
 * Set by `/embed/<chartId>/`: the page of a view renders as usual, but only the ChartFrame with
 * this id shows, without its actions — so an embed is always exactly the chart on the page.
 * On a slide (the deck's `?present=1`) a `SlideBox` (slide.svelte.ts) is set beside it.
 */
export interface EmbedTarget {
	chartId: string;
}

const KEY = Symbol('embed-target');

export function setEmbedTarget(target: EmbedTarget) {
	setContext(KEY, target);
}

export function getEmbedTarget(): EmbedTarget | undefined {
	return getContext<EmbedTarget | undefined>(KEY);
}
