import { registerCountryNames } from '../data/countries.ts';
import type { IndexName, IndexRow } from '../data/schema.ts';
import { MAX_STORED_VALUES } from './limits.ts';
import { indexRowsByCountry, mergeUploads, type MergedUploads } from './merge.ts';
import { currentTime, indexedDbStorage, memoryStorage, type DatasetStorage } from './persist.ts';
import type { StoredDataset, UploadResult } from './types.ts';

/**
 * The datasets a user imported, kept in IndexedDB, merged for the charts. Charts read
 * `uploads.merged` (or the helpers below); only the upload panel changes it.
 */
export class UploadStore {
	/** Raw state: datasets can hold a million values, which must not become deep proxies. */
	#datasets = $state.raw<StoredDataset[]>([]);
	get datasets(): StoredDataset[] {
		return this.#datasets;
	}
	/** Charts name uploaded countries through `countryName`: register them before they redraw. */
	set datasets(list: StoredDataset[]) {
		for (const d of list) registerCountryNames(d.countries);
		this.#datasets = list;
	}
	/** True once the stored datasets were read (after mount in the browser). */
	ready = $state(false);
	/** Why the browser could not read or write its store, if it could not. */
	storageError = $state<string | null>(null);

	readonly merged: MergedUploads = $derived(mergeUploads(this.datasets));

	constructor(private storage: DatasetStorage) {}

	async load(): Promise<void> {
		try {
			this.datasets = await this.storage.list();
		} catch (e) {
			this.storageError = `Saved uploads cannot be read in this browser (${String(e)}).`;
		}
		this.ready = true;
	}

	get storedValues(): number {
		return this.datasets.reduce((n, d) => n + d.valueCount, 0);
	}

	/**
	 * Imports the good rows of a result. Refuses (and keeps everything loaded before) when the
	 * browser's limit would be passed. Returns the refusal, or null when imported.
	 */
	async add(result: UploadResult, now: Date = currentTime()): Promise<string | null> {
		if (result.fatal || result.format === null)
			return 'This file has nothing that can be imported.';
		const total = this.storedValues + result.valueCount;
		if (total > MAX_STORED_VALUES) {
			return `Importing ${result.valueCount.toLocaleString('en')} values would keep ${total.toLocaleString('en')} in this browser; the limit is ${MAX_STORED_VALUES.toLocaleString('en')}. Remove a dataset first.`;
		}
		const dataset: StoredDataset = {
			id: result.id,
			fileName: result.fileName,
			format: result.format,
			formatLabel: result.formatLabel,
			importedAt: now.toISOString(),
			rows: result.rowsGood,
			valueCount: result.valueCount,
			countries: result.countries,
			partial: result.problemCount > 0,
			data: result.data
		};
		try {
			await this.storage.put($state.snapshot(dataset) as StoredDataset);
		} catch (e) {
			return `The browser refused to store the dataset (${String(e)}). Nothing was changed.`;
		}
		this.datasets = [...this.datasets.filter((d) => d.id !== dataset.id), dataset];
		return null;
	}

	async remove(id: string): Promise<void> {
		await this.storage.remove(id);
		this.datasets = this.datasets.filter((d) => d.id !== id);
	}

	async clear(): Promise<void> {
		await this.storage.clear();
		this.datasets = [];
	}

	/** Uploaded rows of one index (EGDI by default), by ISO3 country code. */
	indexRowsByCountry(index: IndexName = 'EGDI'): Map<string, IndexRow[]> {
		return indexRowsByCountry(this.merged.indices, index);
	}
}

/** The page's store. On the server (prerender) it stays empty: uploads exist only in a browser. */
export const uploads = new UploadStore(
	typeof indexedDB === 'undefined' ? memoryStorage() : indexedDbStorage()
);
