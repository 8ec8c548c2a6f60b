import { registerCountryNames } from '../../data/countries.ts';
import type { IndexName, IndexRow } from '../../data/schema.ts';
import { ALL_KINDS, csvInWorker, mergeInWorker, type MergedKind } from '../ingest/client.ts';
import { datasetCsv } from './export.ts';
import { keepResult, mergeStored, readAll, type Estimate, type KeepOutcome } from './keep.ts';
import { emptyMerged, indexRowsByCountry, type MergedUploads } from './merge.ts';
import { currentTime, indexedDbStorage, memoryStorage, type DatasetStorage } from './persist.ts';
import type { DatasetMeta, UploadResult } from '../types.ts';

/**
 * What the page asks of the stored datasets besides their list: the merged model and a
 * dataset's CSV. In the browser a worker answers (a million rows are never merged on the page);
 * in tests the same functions run in place.
 */
export interface UploadBackend {
	merged(kinds: readonly MergedKind[]): Promise<MergedUploads>;
	csv(id: string): Promise<{ fileName: string; text: string }>;
}

export function localBackend(storage: DatasetStorage): UploadBackend {
	return {
		merged: async (kinds) => {
			const all = await mergeStored(storage);
			const out = { ...emptyMerged(), sources: all.sources, countries: all.countries };
			for (const k of kinds) (out[k] as unknown[]) = all[k];
			return out;
		},
		csv: async (id) => {
			const d = (await readAll(storage)).find((x) => x.id === id);
			if (!d) throw new Error('the dataset is no longer stored');
			return datasetCsv(d);
		}
	};
}

export const workerBackend: UploadBackend = { merged: mergeInWorker, csv: csvInWorker };

/**
 * The datasets a user imported, kept in IndexedDB, merged for the charts. Charts read
 * `uploads.merged` (or the helpers below); only the upload panel changes it.
 */
export class UploadStore {
	/** Descriptions only: the rows stay in storage and reach the page merged. */
	#datasets = $state.raw<DatasetMeta[]>([]);
	get datasets(): DatasetMeta[] {
		return this.#datasets;
	}
	/** Charts name uploaded countries through `countryName`: register them before they redraw. */
	set datasets(list: DatasetMeta[]) {
		for (const d of list) registerCountryNames(d.countries);
		this.#datasets = list;
	}
	/** True once the stored datasets were read (after mount in the browser). */
	ready = $state(false);
	/** Why the browser could not read or write its store, if it could not. */
	storageError = $state<string | null>(null);

	/** Raw state: a million rows must not become deep proxies. */
	merged = $state.raw<MergedUploads>(emptyMerged());

	/**
	 * The row kinds this page draws (every kind unless a page says less): /data needs no
	 * milestones, and a 960,000-milestone dataset copied into a page that never draws it is
	 * seconds of work for nothing.
	 */
	// A plain set: which kinds were asked for is never shown, so it need not be reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private kinds = new Set<MergedKind>();

	/** Asks for row kinds; the next load brings them (they stay asked for). */
	need(kinds: readonly MergedKind[]): void {
		for (const k of kinds) this.kinds.add(k);
	}

	constructor(
		private storage: DatasetStorage,
		private backend: UploadBackend = localBackend(storage),
		private estimate?: Estimate
	) {}

	async load(): Promise<void> {
		try {
			const list = await this.storage.list();
			// Nothing stored (most visits): no worker starts, so its code (PapaParse) never loads.
			const merged = list.length
				? await this.backend.merged(this.kinds.size ? [...this.kinds] : ALL_KINDS)
				: emptyMerged();
			this.datasets = list;
			this.merged = merged;
			this.storageError = null;
		} catch (e) {
			this.storageError = `Saved uploads cannot be read in this browser (${String(e)}).`;
		}
		this.ready = true;
	}

	get storedValues(): number {
		return this.datasets.reduce((n, d) => n + d.valueCount, 0);
	}

	/**
	 * Imports the good rows of a result that still holds them (read in place). Refuses (and keeps
	 * everything stored before) when the value limit or the browser's space would be passed.
	 * Returns the refusal, or null when imported.
	 */
	async add(
		result: UploadResult,
		now: Date = currentTime(),
		onProgress?: (done: number, total: number) => void
	): Promise<string | null> {
		const outcome = await keepResult(this.storage, result, {
			now,
			estimate: this.estimate,
			onProgress
		});
		return this.kept(outcome);
	}

	/** After a dataset was stored elsewhere (the worker): the list and the model catch up. */
	async kept(outcome: KeepOutcome): Promise<string | null> {
		if (outcome.refusal !== null) return outcome.refusal;
		await this.load();
		return null;
	}

	async remove(id: string): Promise<void> {
		await this.storage.remove(id);
		await this.load();
	}

	async clear(): Promise<void> {
		await this.storage.clear();
		await this.load();
	}

	csv(id: string): Promise<{ fileName: string; text: string }> {
		return this.backend.csv(id);
	}

	/** Uploaded rows of one index (EGDI by default), by ISO3 country code. */
	indexRowsByCountry(index: IndexName = 'EGDI'): Map<string, IndexRow[]> {
		return indexRowsByCountry(this.merged.indices, index);
	}
}

/** The page's store. On the server (prerender) it stays empty: uploads exist only in a browser. */
export const uploads =
	typeof indexedDB === 'undefined'
		? new UploadStore(memoryStorage())
		: new UploadStore(indexedDbStorage(), workerBackend);
