/// <reference lib="webworker" />
// The only place PapaParse runs in the browser. Everything heavy happens here: reading,
// normalising, storing in chunks, merging the stored datasets and writing their CSV. The page
// receives small messages: progress, a result without its rows, and the merged model in slices
// (the series packed in typed arrays, moved rather than copied).
import { datasetCsv } from '../store/export.ts';
import { keepResult, mergeStored, readAll } from '../store/keep.ts';
import { indexedDbStorage } from '../store/persist.ts';
import { readUpload } from './read.ts';
import { mergedSlices, type WorkerMessage, type WorkerRequest } from './client.ts';
import { packedTransfer } from '../store/packed.ts';
import type { UploadResult } from '../types.ts';

const post = (m: WorkerMessage, transfer: Transferable[] = []) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);
const storage = indexedDbStorage();
let parsed: UploadResult | null = null;

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const m = event.data;
	try {
		if (m.type === 'read') {
			parsed = await readUpload(m.file, m.file.name, (loaded, total) =>
				post({ type: 'progress', loaded, total })
			);
			post({ type: 'parsed', result: { ...parsed, data: { tables: {}, series: [] } } });
		} else if (m.type === 'keep') {
			if (!parsed) throw new Error('no file was read');
			const outcome = await keepResult(storage, parsed, {
				now: new Date(m.now),
				onProgress: (done, total) => post({ type: 'storing', done, total })
			});
			parsed = null;
			post({ type: 'kept', outcome });
		} else if (m.type === 'merge') {
			for (const part of mergedSlices(await mergeStored(storage), m.kinds))
				post({ type: 'merged', part }, part.packed ? packedTransfer(part.packed) : []);
			post({ type: 'merged-end' });
		} else if (m.type === 'csv') {
			const d = (await readAll(storage)).find((x) => x.id === m.id);
			if (!d) throw new Error('the dataset is no longer stored');
			post({ type: 'csv', ...datasetCsv(d) });
		}
	} catch (e) {
		post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
	}
};
