import type { StoredDataset } from './types.ts';

/** Where imported datasets are kept between visits. */
export interface DatasetStorage {
	list(): Promise<StoredDataset[]>;
	put(dataset: StoredDataset): Promise<void>;
	remove(id: string): Promise<void>;
	clear(): Promise<void>;
}

/** For tests and for the prerender, where there is no IndexedDB. */
export function memoryStorage(initial: StoredDataset[] = []): DatasetStorage {
	const items = new Map(initial.map((d) => [d.id, d]));
	return {
		list: async () => [...items.values()],
		put: async (d) => void items.set(d.id, d),
		remove: async (id) => void items.delete(id),
		clear: async () => items.clear()
	};
}

const DB = 'egov-dashboard-uploads';
const STORE = 'datasets';

/** IndexedDB: the browser keeps far more than localStorage's few MB, and off the main thread. */
export function indexedDbStorage(): DatasetStorage {
	let opened: Promise<IDBDatabase> | null = null;
	const db = () =>
		(opened ??= new Promise((resolve, reject) => {
			const req = indexedDB.open(DB, 1);
			req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		}));
	const run = async <T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>) => {
		const tx = (await db()).transaction(STORE, mode);
		const req = act(tx.objectStore(STORE));
		return new Promise<T>((resolve, reject) => {
			tx.oncomplete = () => resolve(req.result);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	};
	return {
		list: async () =>
			(await run<StoredDataset[]>('readonly', (s) => s.getAll())).sort((a, b) =>
				a.importedAt.localeCompare(b.importedAt)
			),
		put: async (d) => void (await run('readwrite', (s) => s.put(d))),
		remove: async (id) => void (await run('readwrite', (s) => s.delete(id))),
		clear: async () => void (await run('readwrite', (s) => s.clear()))
	};
}

/** When a dataset is imported (a plain Date: it is stored, never observed). */
export function currentTime(): Date {
	return new Date();
}
