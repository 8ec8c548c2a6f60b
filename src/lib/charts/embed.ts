import { getContext, setContext } from 'svelte';

/**
 * Set by `/embed/<chartId>/`: the page of a view renders as usual, but only the ChartFrame with
 * this id shows, without its actions — so an embed is always exactly the chart on the page.
 * `present` (the deck's `?present=1`, known after mount) makes that frame a slide.
 */
export interface EmbedTarget {
	chartId: string;
	present: boolean;
}

const KEY = Symbol('embed-target');

export function setEmbedTarget(target: EmbedTarget) {
	setContext(KEY, target);
}

export function getEmbedTarget(): EmbedTarget | undefined {
	return getContext<EmbedTarget | undefined>(KEY);
}
