import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getData } from '$lib/data/load.server';
import { DATASET_NAMES, type DatasetName } from '$lib/data/schema';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DATASET_NAMES.map((name) => ({ name }));

/** The dataset exactly as committed, byte for byte, once it has passed validation. */
export const GET: RequestHandler = ({ params }) => {
	if (!(DATASET_NAMES as readonly string[]).includes(params.name)) error(404, 'No such dataset');
	getData();
	const body = readFileSync(join('data', `${params.name as DatasetName}.csv`));
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
