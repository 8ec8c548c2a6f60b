import { replaceState } from '$app/navigation';

/**
 * Writes a view's query string into the address bar without a navigation. Skips when nothing
 * changed, so the first render after hydration (before SvelteKit's router is ready) never calls it.
 */
export function writeQuery(query: string): void {
	if (query === location.search) return;
	// The current page's own path, already resolved by the router that served it.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replaceState(`${location.pathname}${query}${location.hash}`, {});
}
