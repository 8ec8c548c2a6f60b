import type { Handle } from '@sveltejs/kit';

/**
 * No <link rel="modulepreload"> for JavaScript: on a slow link those downloads start in the head
 * and share the bandwidth with the rest of the HTML, where the prerendered chart is, so the chart
 * painted later than the same page without scripts. The scripts now start when the parser reaches
 * SvelteKit's bootstrap at the end of the body; CSS and fonts are still preloaded.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { preload: ({ type }) => type !== 'js' });
