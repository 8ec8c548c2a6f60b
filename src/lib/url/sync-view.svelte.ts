import { afterNavigate } from '$app/navigation';
import { queryToWrite, viewToApply, writeQuery } from './sync';

/** How a view keeps its state in the query string: its codec, and how to read and set the state. */
export interface ViewSync<T> {
	/** The view a query string asks for (never throws: anything malformed means its default). */
	parse: (search: string) => T;
	/** The query string for a view (`''` for the default view). */
	serialize: (view: T) => string;
	/** The view shown now; read inside an effect, so what `serialize` reads is tracked. */
	get: () => T;
	set: (view: T) => void;
	/** Milliseconds the view must settle before it is written (each write re-renders the layout). */
	delay?: number;
	/** Runs once, after the URL's view was applied. */
	ready?: () => void;
}

/**
 * Keeps a view and the address bar in step; call it while the view's component initialises.
 * The prerendered page shows the default view: the URL's view is applied after the first
 * navigation, the hydration (SvelteKit forbids reading the query while prerendering), and only
 * when it differs. From then on every change is written back with `writeQuery`, after `delay`.
 */
export function syncView<T>({ parse, serialize, get, set, delay = 0, ready }: ViewSync<T>): void {
	let synced = $state(false);
	afterNavigate(() => {
		if (synced) return;
		const asked = viewToApply(location.search, get(), parse, serialize);
		if (asked !== null) set(asked);
		synced = true;
		ready?.();
	});
	$effect(() => {
		if (!synced) return;
		const query = queryToWrite(get(), location.search, serialize);
		if (query === null) return;
		if (!delay) return writeQuery(query);
		const timer = setTimeout(() => writeQuery(query), delay);
		return () => clearTimeout(timer);
	});
}
