import { getData } from '$lib/data/load.server';
import { frameWords } from '$lib/i18n/frame-words';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

// The language is the URL's, set by hooks.server.ts while the page is prerendered; the browser
// reads it, and the chart frame's words in it, from here (the page's data) rather than loading
// the language runtime and every message.
export const load: LayoutServerLoad = () => ({
	dataVersion: getData().version,
	locale: getLocale(),
	words: frameWords()
});
