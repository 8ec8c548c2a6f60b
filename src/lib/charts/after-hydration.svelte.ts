import { onMount } from 'svelte';

/**
 * `ready` is false while the page hydrates and true one task later (always true on the server).
 *
 * Content under `{#if later.ready}` is in the prerendered HTML, for readers without JavaScript
 * and for find-in-page, but in the browser the {#if} starts false, so Svelte drops those nodes
 * without walking them and draws them again in a task of their own: the one long task that
 * hydrates the page gets shorter. Only for content out of sight at load (below the fold, in a
 * closed <details>), since it is gone for that moment. Call it while a component initialises.
 */
export function afterHydration(): { readonly ready: boolean } {
	let ready = $state(typeof window === 'undefined');
	onMount(() => {
		const timer = setTimeout(() => (ready = true));
		return () => clearTimeout(timer);
	});
	return {
		get ready() {
			return ready;
		}
	};
}
