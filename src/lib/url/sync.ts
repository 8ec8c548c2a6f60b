import { replaceState } from '$app/navigation';

/**
 * The two decisions of keeping a view in the address bar (see syncView in sync-view.svelte.ts),
 * pure so they are unit-tested: which view to apply from the URL, and which query to write back.
 */

/**
 * The view the URL's query asks for, or null when it serializes the same as the view shown:
 * a new, equal view would redraw every chart that was just hydrated.
 */
export function viewToApply<T>(
	search: string,
	shown: T,
	parse: (search: string) => T,
	serialize: (view: T) => string
): T | null {
	const asked = parse(search);
	return serialize(asked) === serialize(shown) ? null : asked;
}

/** The query string to write for a view, or null when the address bar already says it. */
export function queryToWrite<T>(
	view: T,
	search: string,
	serialize: (view: T) => string
): string | null {
	const query = serialize(view);
	return query === search ? null : query;
}

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
