import { json } from '@sveltejs/kit';
import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The systems' usage figures and their sources, fetched by /systems/ once it is showing: they are
 * drawn only for a pair the reader opens, so they need not ride in the page's HTML (they were
 * half its inline data and delayed the first chart on a slow link).
 */
export const GET: RequestHandler = () => {
	const { data } = getData();
	return json({
		metrics: data.system_metrics,
		sources: sourceIndex(data.sources, data.system_metrics)
	});
};
