import type { Handle } from '@sveltejs/kit';
import { preloadAtEnd } from '$lib/server/preload';

/** Script preloads go at the end of the body, not in the head: see `preloadAtEnd`. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => preloadAtEnd(html) });
