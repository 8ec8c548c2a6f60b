import type { UploadResult } from './types.ts';

export type WorkerMessage =
	| { type: 'progress'; loaded: number; total: number }
	| { type: 'done'; result: UploadResult }
	| { type: 'error'; message: string };

export interface ParseJob {
	/** The result, or null when cancelled. */
	done: Promise<UploadResult | null>;
	cancel(): void;
}

export type Parser = (file: File, onProgress: (loaded: number, total: number) => void) => ParseJob;

/**
 * Parses a file in a Web Worker, so the page stays responsive with a 100 MB file. Cancel ends
 * the worker at once; nothing it read is kept.
 */
export const parseInWorker: Parser = (file, onProgress) => {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	let settle: (r: UploadResult | null) => void = () => {};
	let fail: (e: Error) => void = () => {};
	const done = new Promise<UploadResult | null>((res, rej) => {
		settle = res;
		fail = rej;
	});
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const m = event.data;
		if (m.type === 'progress') onProgress(m.loaded, m.total);
		else {
			worker.terminate();
			if (m.type === 'done') settle(m.result);
			else fail(new Error(m.message));
		}
	};
	worker.onerror = (e) => {
		worker.terminate();
		fail(new Error(e.message || 'the file reader stopped unexpectedly'));
	};
	worker.postMessage({ file });
	return {
		done,
		cancel() {
			worker.terminate();
			settle(null);
		}
	};
};
