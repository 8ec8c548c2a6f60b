import { groupByIndicator } from '../store/indicators.ts';
import { emptyMerged, type MergedUploads } from '../store/merge.ts';
import { packSeries } from '../store/packed.ts';
import type { KeepOutcome } from '../store/keep.ts';
import type { UploadResult } from '../types.ts';

export type WorkerRequest =
	| { type: 'read'; file: File }
	| { type: 'keep'; now: string }
	| { type: 'merge'; kinds: MergedKind[] }
	| { type: 'csv'; id: string };

export type WorkerMessage =
	| { type: 'progress'; loaded: number; total: number }
	| { type: 'parsed'; result: UploadResult }
	| { type: 'storing'; done: number; total: number }
	| { type: 'kept'; outcome: KeepOutcome }
	| { type: 'merged'; part: Partial<MergedUploads> }
	| { type: 'merged-end' }
	| { type: 'csv'; fileName: string; text: string }
	| { type: 'error'; message: string };

export interface ParseJob {
	/** The result (without its rows when read in the worker), or null when cancelled. */
	done: Promise<UploadResult | null>;
	cancel(): void;
	/**
	 * Stores the good rows where they were read (the worker), with the storing progress. Absent
	 * for parsers that hand back the rows (tests): the store keeps them itself.
	 */
	keep?(onProgress: (done: number, total: number) => void): Promise<KeepOutcome>;
}

export type Parser = (file: File, onProgress: (loaded: number, total: number) => void) => ParseJob;

/** The row kinds of the merged model; a page asks only for those it draws. */
export type MergedKind = 'indices' | 'phases' | 'milestones' | 'series';
export const ALL_KINDS: readonly MergedKind[] = ['indices', 'phases', 'milestones', 'series'];

/**
 * Items per message of the merged model: each message is copied into the page in its own task.
 * Measured at full CPU speed on a shared machine, 5,000 milestones took 50–500 ms to copy (with
 * the garbage collection they cause), so milestones and phases go 1,000 at a time.
 */
export const SLICE: Record<MergedKind, number> = {
	indices: 5_000,
	phases: 1_000,
	milestones: 1_000,
	/** Series cross packed, in one message (see mergedSlices). */
	series: Infinity
};

/** The merged model cut into messages of at most SLICE rows, so no copy blocks the page long. */
export function* mergedSlices(
	m: MergedUploads,
	kinds: readonly MergedKind[] = ALL_KINDS
): Generator<Partial<MergedUploads>> {
	let series = m.series;
	let indicators: MergedUploads['indicators'];
	if (kinds.includes('series')) ({ series, indicators } = groupByIndicator(m.series));
	yield { sources: m.sources, countries: m.countries };
	// A bulk WDI file lists 17,000 indicators of 20 countries each: they cross in slices too.
	for (let i = 0; indicators && i < indicators.length; i += 1_000)
		yield { indicators: indicators.slice(i, i + 1_000) };
	for (const key of kinds) {
		if (key === 'series') {
			// Packed in typed arrays, moved in one message (see packed.ts): the page builds
			// objects only for the series it draws.
			if (series.length) yield { packed: packSeries(series) };
			continue;
		}
		const list = m[key] as unknown[];
		const size = SLICE[key];
		for (let i = 0; i < list.length; i += size) yield { [key]: list.slice(i, i + size) };
	}
}

/** Puts slices back together (the page side of mergedSlices). */
export function addSlice(into: MergedUploads, part: Partial<MergedUploads>): void {
	if (part.sources) into.sources = part.sources;
	if (part.countries) into.countries = part.countries;
	if (part.indicators) for (const o of part.indicators) (into.indicators ??= []).push(o);
	if (part.packed) into.packed = part.packed;
	for (const key of ['indices', 'phases', 'milestones', 'series'] as const) {
		const list = part[key] as unknown[] | undefined;
		if (!list) continue;
		const target = into[key] as unknown[];
		for (const x of list) target.push(x);
	}
}

const newWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/**
 * Reads a file in a Web Worker, so the page stays responsive with a 120 MB file; the worker keeps
 * the rows until `keep` stores them there. Cancel ends the worker at once; nothing it read is kept.
 */
export const parseInWorker: Parser = (file, onProgress) => {
	const worker = newWorker();
	let settle: (r: UploadResult | null) => void = () => {};
	let fail: (e: Error) => void = () => {};
	let kept: ((o: KeepOutcome) => void) | null = null;
	let storing: ((done: number, total: number) => void) | null = null;
	const done = new Promise<UploadResult | null>((res, rej) => {
		settle = res;
		fail = rej;
	});
	const stop = (message: string) => {
		worker.terminate();
		if (kept)
			kept({
				meta: null,
				refusal: `${file.name} was not stored (${message}). Your datasets are unchanged.`
			});
		else fail(new Error(message));
	};
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const m = event.data;
		if (m.type === 'progress') onProgress(m.loaded, m.total);
		else if (m.type === 'parsed') {
			if (m.result.fatal || m.result.rowsGood === 0) worker.terminate();
			settle(m.result);
		} else if (m.type === 'storing') storing?.(m.done, m.total);
		else if (m.type === 'kept') {
			worker.terminate();
			kept?.(m.outcome);
		} else if (m.type === 'error') stop(m.message);
	};
	worker.onerror = (e) => stop(e.message || 'the file reader stopped unexpectedly');
	worker.postMessage({ type: 'read', file } satisfies WorkerRequest);
	return {
		done,
		cancel() {
			worker.terminate();
			settle(null);
		},
		keep(onStoring) {
			storing = onStoring;
			return new Promise<KeepOutcome>((resolve) => {
				kept = resolve;
				worker.postMessage({ type: 'keep', now: new Date().toISOString() } satisfies WorkerRequest);
			});
		}
	};
};

/** One request to a fresh worker, collecting its answer. */
function ask<T>(request: WorkerRequest, collect: (m: WorkerMessage) => T | undefined): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const worker = newWorker();
		worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
			if (event.data.type === 'error') {
				worker.terminate();
				reject(new Error(event.data.message));
				return;
			}
			const out = collect(event.data);
			if (out !== undefined) {
				worker.terminate();
				resolve(out);
			}
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(e.message || 'the worker stopped unexpectedly'));
		};
		worker.postMessage(request);
	});
}

/** The merged model of every stored dataset, merged in a worker and received in slices. */
export function mergeInWorker(kinds: readonly MergedKind[] = ALL_KINDS): Promise<MergedUploads> {
	const into = emptyMerged();
	return ask({ type: 'merge', kinds: [...kinds] }, (m) => {
		if (m.type === 'merged') addSlice(into, m.part);
		return m.type === 'merged-end' ? into : undefined;
	});
}

/** One stored dataset as normalised CSV, written in a worker. */
export function csvInWorker(id: string): Promise<{ fileName: string; text: string }> {
	return ask({ type: 'csv', id }, (m) =>
		m.type === 'csv' ? { fileName: m.fileName, text: m.text } : undefined
	);
}
