import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { alternates } from '$lib/server/alternates';
import { preloadAtEnd } from '$lib/server/preload';

/**
 * The page's language comes from its URL (the middleware sets it for every message called while
 * rendering): it is written into `<html lang>`, with links to the page in the other languages.
 * Script preloads go at the end of the body, not in the head: see `preloadAtEnd`.
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		const pathname = event.url.pathname;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				preloadAtEnd(
					html.replace('%lang%', locale).replace('</head>', `${alternates(pathname)}</head>`)
				)
		});
	});
