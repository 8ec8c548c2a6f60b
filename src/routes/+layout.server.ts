import { getData } from '$lib/data/load.server';
import { getLocale } from '$lib/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

// The language is the URL's, set by hooks.server.ts while the page is prerendered; the browser
// reads it from here (the page's data) rather than loading the language runtime.
export const load: LayoutServerLoad = () => ({
	dataVersion: getData().version,
	locale: getLocale()
});
