import { getContext, setContext } from 'svelte';

/**
 * Set by `/embed/<chartId>/`: the view renders only what the chart needs — each ChartFrame but
 * the one with this id renders nothing, and the view leaves out its headings, text and controls —
 * so an embed is always exactly the chart on the page, without its actions. Nothing reads the
 * route or the URL to know it is embedded. On a slide (the deck's `?present=1`) a `SlideBox`
 * (slide.svelte.ts) is set beside it.
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
