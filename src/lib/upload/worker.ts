/// <reference lib="webworker" />
// The only place PapaParse runs in the browser: this worker is created on the first upload.
import { readUpload } from './read.ts';
import type { WorkerMessage } from './client.ts';

const post = (m: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (event: MessageEvent<{ file: File }>) => {
	const { file } = event.data;
	try {
		const result = await readUpload(file, file.name, (loaded, total) =>
			post({ type: 'progress', loaded, total })
		);
		post({ type: 'done', result });
	} catch (e) {
		post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
	}
};
