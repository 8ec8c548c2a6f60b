import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './parse.ts';
import { DataError } from './problems.ts';
import { DATASET_NAMES, type DatasetName, type RowTypes } from './schema.ts';
import { SCHEMAS } from './columns.ts';
import { crossCheck, type ParsedFiles } from './validate.ts';

export type Data = { [N in DatasetName]: RowTypes[N][] };

export interface LoadedData {
	data: Data;
	/** `<latest accessed date> · <content hash>`: changes whenever any figure changes. */
	version: string;
}

/**
 * Reads and validates every dataset in `dir`. Any problem throws a DataError listing all of them
 * as `data/<file>.csv:<line>:<column> — problem — expected ...`, which fails the build.
 */
export function loadData(dir = 'data'): LoadedData {
	const hash = createHash('sha256');
	const parsed = {} as Record<DatasetName, unknown>;
	const problems = [];
	for (const name of DATASET_NAMES) {
		const path = join(dir, `${name}.csv`);
		let text: string;
		try {
			text = readFileSync(path, 'utf8');
		} catch {
			throw new DataError([
				{
					file: `data/${name}.csv`,
					line: 1,
					column: 1,
					columnName: '',
					value: '',
					problem: 'the file is missing',
					expected: `a CSV file at ${path}`
				}
			]);
		}
		hash.update(name).update(text);
		const result = parseCsv(text, SCHEMAS[name]);
		parsed[name] = result;
		problems.push(...result.problems);
	}
	const files = parsed as ParsedFiles;
	problems.push(...crossCheck(files));
	if (problems.length > 0) throw new DataError(problems);

	const data = Object.fromEntries(DATASET_NAMES.map((n) => [n, files[n].rows])) as Data;
	const latest =
		data.sources
			.map((s) => s.accessed)
			.sort()
			.at(-1) ?? '';
	return { data, version: `${latest} · ${hash.digest('hex').slice(0, 7)}` };
}

/** The validated data. Read afresh on every call so `npm run dev` shows edits to data/ at once. */
export function getData(): LoadedData {
	return loadData();
}
