import type { DatasetMeta, UploadData } from '../types.ts';

/**
 * Where imported datasets are kept between visits: a small description per dataset, and its rows
 * in chunks of at most CHUNK_ROWS rows or points, so no single stored value nears the browser's
 * limit (Chromium refuses one value over 133 MB; a 120 MB CSV made one of 205 MB).
 */
export interface DatasetStorage {
	/** The datasets completely stored, oldest first. */
	list(): Promise<DatasetMeta[]>;
	/**
	 * Writes the chunks one by one, then the description: a dataset whose writing fails is never
	 * listed, and its chunks are removed. Whatever was stored before is untouched.
	 */
	put(meta: DatasetMeta, chunks: UploadData[], onProgress?: (done: number) => void): Promise<void>;
	/** The rows of one dataset, chunk by chunk. */
	read(id: string, onChunk: (chunk: UploadData) => void): Promise<void>;
	remove(id: string): Promise<void>;
	clear(): Promise<void>;
}

/** Rows (or series points) per stored chunk: a few MB each. */
export const CHUNK_ROWS = 20_000;

/** Cuts a dataset's data into chunks of at most `size` rows or points, keeping each series whole. */
export function chunkData(data: UploadData, size = CHUNK_ROWS): UploadData[] {
	const out: UploadData[] = [];
	for (const [name, rows] of Object.entries(data.tables)) {
		const list = (rows ?? []) as unknown[];
		for (let i = 0; i < list.length; i += size) {
			out.push({ tables: { [name]: list.slice(i, i + size) }, series: [] });
		}
	}
	let current: UploadData | null = null;
	let points = 0;
	for (const s of data.series) {
		if (current === null || (points + s.points.length > size && current.series.length > 0)) {
			current = { tables: {}, series: [] };
			out.push(current);
			points = 0;
		}
		current.series.push(s);
		points += s.points.length;
	}
	return out;
}

/** Joins chunks back into one dataset's data. */
export function joinChunks(chunks: UploadData[]): UploadData {
	const tables: Record<string, unknown[]> = {};
	const series: UploadData['series'] = [];
	for (const c of chunks) {
		for (const [name, rows] of Object.entries(c.tables)) {
			const into = (tables[name] ??= []);
			for (const r of rows ?? []) into.push(r);
		}
		for (const s of c.series) series.push(s);
	}
	return { tables: tables as UploadData['tables'], series };
}

/** For tests and for the prerender, where there is no IndexedDB. */
export function memoryStorage(): DatasetStorage {
	const metas = new Map<string, DatasetMeta>();
	const chunks = new Map<string, UploadData[]>();
	return {
		list: async () => [...metas.values()],
		put: async (meta, list, onProgress) => {
			// A copy, as IndexedDB would keep: later changes to the objects do not reach the store.
			const copies: UploadData[] = [];
			for (let i = 0; i < list.length; i++) {
				copies.push(structuredClone(list[i]!));
				onProgress?.(i + 1);
			}
			chunks.set(meta.id, copies);
			metas.set(meta.id, structuredClone(meta));
		},
		read: async (id, onChunk) => {
			for (const c of chunks.get(id) ?? []) onChunk(structuredClone(c));
		},
		remove: async (id) => {
			metas.delete(id);
			chunks.delete(id);
		},
		clear: async () => {
			metas.clear();
			chunks.clear();
		}
	};
}

const DB = 'egov-dashboard-uploads';
/** Version 1 kept each dataset as one value in `datasets`; version 2 keeps `meta` and `chunks`. */
const VERSION = 2;
const META = 'meta';
const CHUNKS = 'chunks';

const done = (tx: IDBTransaction) =>
	new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('the browser stopped the write'));
	});

const request = <T>(req: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});

/**
 * IndexedDB, from the page or from the worker (both can open it). Chunk keys are `[id, n]`, so a
 * dataset's chunks are one key range.
 */
export function indexedDbStorage(): DatasetStorage {
	let opened: Promise<IDBDatabase> | null = null;
	const db = () =>
		(opened ??= new Promise((resolve, reject) => {
			const req = indexedDB.open(DB, VERSION);
			req.onupgradeneeded = (event) => {
				const d = req.result;
				const tx = req.transaction!;
				d.createObjectStore(META, { keyPath: 'id' });
				d.createObjectStore(CHUNKS);
				if (event.oldVersion >= 1 && d.objectStoreNames.contains('datasets')) {
					// Datasets kept by version 1: moved into chunks, one at a time.
					const old = tx.objectStore('datasets');
					old.openCursor().onsuccess = (e) => {
						const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
						if (!cursor) {
							d.deleteObjectStore('datasets');
							return;
						}
						const { data, ...rest } = cursor.value as DatasetMeta & { data: UploadData };
						const parts = chunkData(data);
						parts.forEach((c, n) => tx.objectStore(CHUNKS).put(c, [rest.id, n]));
						tx.objectStore(META).put({ ...rest, chunks: parts.length, bytes: 0 });
						cursor.continue();
					};
				}
			};
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		}));
	const range = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);
	const removeChunks = async (id: string) => {
		const tx = (await db()).transaction(CHUNKS, 'readwrite');
		tx.objectStore(CHUNKS).delete(range(id));
		await done(tx);
	};
	return {
		async list() {
			const tx = (await db()).transaction(META, 'readonly');
			const all = await request(tx.objectStore(META).getAll() as IDBRequest<DatasetMeta[]>);
			return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
		},
		async put(meta, chunks, onProgress) {
			const d = await db();
			try {
				// One transaction per chunk: each commits on its own, so progress is real and no
				// single write holds the whole dataset.
				for (let n = 0; n < chunks.length; n++) {
					const tx = d.transaction(CHUNKS, 'readwrite');
					tx.objectStore(CHUNKS).put(chunks[n], [meta.id, n]);
					await done(tx);
					onProgress?.(n + 1);
				}
				const tx = d.transaction(META, 'readwrite');
				tx.objectStore(META).put(meta);
				await done(tx);
			} catch (e) {
				await removeChunks(meta.id).catch(() => {});
				throw e;
			}
		},
		async read(id, onChunk) {
			const d = await db();
			const meta = await request(
				d.transaction(META, 'readonly').objectStore(META).get(id) as IDBRequest<
					DatasetMeta | undefined
				>
			);
			// One read per chunk: each is a few MB to copy out, never the whole dataset at once.
			for (let n = 0; n < (meta?.chunks ?? 0); n++) {
				const c = await request(d.transaction(CHUNKS, 'readonly').objectStore(CHUNKS).get([id, n]));
				if (c) onChunk(c as UploadData);
			}
		},
		async remove(id) {
			const tx = (await db()).transaction([META, CHUNKS], 'readwrite');
			tx.objectStore(META).delete(id);
			tx.objectStore(CHUNKS).delete(range(id));
			await done(tx);
		},
		async clear() {
			const tx = (await db()).transaction([META, CHUNKS], 'readwrite');
			tx.objectStore(META).clear();
			tx.objectStore(CHUNKS).clear();
			await done(tx);
		}
	};
}

/** When a dataset is imported (a plain Date: it is stored, never observed). */
export function currentTime(): Date {
	return new Date();
}
