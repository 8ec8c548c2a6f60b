import { formatBytes, MAX_STORED_VALUES } from '../ingest/limits.ts';
import { mergeUploads, type MergedUploads } from './merge.ts';
import { chunkData, joinChunks, type DatasetStorage } from './persist.ts';
import type { DatasetMeta, StoredDataset, UploadResult } from '../types.ts';

/** What the browser says it lets the dashboard keep (navigator.storage.estimate()). */
export type Estimate = () => Promise<{ quota?: number; usage?: number } | null>;

/** The browser's own estimate, in the page or the worker; null where there is none. */
export const browserEstimate: Estimate = async () => {
	const storage = (globalThis.navigator as Navigator | undefined)?.storage;
	if (!storage?.estimate) return null;
	try {
		return await storage.estimate();
	} catch {
		return null;
	}
};

export type KeepOutcome = { meta: DatasetMeta; refusal: null } | { meta: null; refusal: string };

/** Room kept free beyond the dataset itself: indexes, the browser's own bookkeeping. */
const HEADROOM = 1.1;

/**
 * Stores the good rows of a result in chunks: checks the value limit over every stored dataset
 * and the browser's free space first, so a refusal loses nothing; then writes chunk by chunk with
 * progress. Runs in the worker (and in node tests with memory storage).
 */
export async function keepResult(
	storage: DatasetStorage,
	result: UploadResult,
	options: {
		now?: Date;
		estimate?: Estimate;
		onProgress?: (done: number, total: number) => void;
	} = {}
): Promise<KeepOutcome> {
	const refuse = (refusal: string): KeepOutcome => ({ meta: null, refusal });
	if (result.fatal || result.format === null)
		return refuse('This file has nothing that can be imported.');
	let stored: DatasetMeta[];
	try {
		stored = await storage.list();
	} catch (e) {
		return refuse(`This browser's storage cannot be read (${plain(e)}). Nothing was changed.`);
	}
	const before = stored.filter((d) => d.id !== result.id).reduce((n, d) => n + d.valueCount, 0);
	const total = before + result.valueCount;
	if (total > MAX_STORED_VALUES) {
		return refuse(
			`Importing ${result.valueCount.toLocaleString('en')} values would keep ${total.toLocaleString('en')} in this browser; the limit is ${MAX_STORED_VALUES.toLocaleString('en')}. Remove a dataset first.`
		);
	}
	const chunks = chunkData(result.data);
	let bytes = 0;
	for (const c of chunks) bytes += JSON.stringify(c).length;
	const estimate = await (options.estimate ?? browserEstimate)();
	if (estimate?.quota !== undefined) {
		const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
		if (bytes * HEADROOM > free) {
			return refuse(
				`${result.fileName} was not stored: this dataset needs about ${formatBytes(bytes * HEADROOM)}; this browser lets the dashboard keep ${formatBytes(free)} more. Your datasets are unchanged. Remove a dataset, or free space in this browser, and try again.`
			);
		}
	}
	const meta: DatasetMeta = {
		id: result.id,
		fileName: result.fileName,
		format: result.format,
		formatLabel: result.formatLabel,
		importedAt: (options.now ?? new Date()).toISOString(),
		rows: result.rowsGood,
		valueCount: result.valueCount,
		countries: result.countries,
		partial: result.blocking,
		chunks: chunks.length,
		bytes
	};
	options.onProgress?.(0, chunks.length);
	try {
		await storage.put(meta, chunks, (n) => options.onProgress?.(n, chunks.length));
	} catch (e) {
		return refuse(
			isQuota(e)
				? `${result.fileName} was not stored: the browser ran out of the space it lets the dashboard keep (the dataset needs about ${formatBytes(bytes)}). Your datasets are unchanged.`
				: `The browser refused to store ${result.fileName} (${plain(e)}). Your datasets are unchanged.`
		);
	}
	return { meta, refusal: null };
}

function isQuota(e: unknown): boolean {
	return e instanceof Error && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));
}

function plain(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** Every stored dataset with its rows, read chunk by chunk. */
export async function readAll(storage: DatasetStorage): Promise<StoredDataset[]> {
	const out: StoredDataset[] = [];
	for (const meta of await storage.list()) {
		const parts: StoredDataset['data'][] = [];
		await storage.read(meta.id, (c) => parts.push(c));
		out.push({ ...meta, data: joinChunks(parts) });
	}
	return out;
}

/** The merged model of everything stored (in the worker, so the page never merges a million rows). */
export async function mergeStored(storage: DatasetStorage): Promise<MergedUploads> {
	return mergeUploads(await readAll(storage));
}
