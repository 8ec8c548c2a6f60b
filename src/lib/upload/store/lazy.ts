import type { MergedKind } from '../ingest/client.ts';
import type { UploadStore } from './store.svelte.ts';

/**
 * The upload store, loaded after mount: chart pages import it this way so its code (and the
 * country-name table) stays out of their first-load JavaScript, and the prerendered HTML, which
 * never sees uploads, stays the same.
 */
export async function loadUploads(kinds?: readonly MergedKind[]): Promise<UploadStore> {
	const { uploads } = await import('./store.svelte.ts');
	if (kinds) uploads.need(kinds);
	if (!uploads.ready) await uploads.load();
	return uploads;
}
