import { replaceState } from '$app/navigation';

/**
 * Writes a view's query string into the address bar without a navigation. Skips when nothing
 * changed, so the first render after hydration (before SvelteKit's router is ready) never calls it.
 */
export function writeQuery(query: string): void {
	if (query === location.search) return;
	replaceState(`${location.pathname}${query}${location.hash}`, {});
}
