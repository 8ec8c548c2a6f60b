import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import { sortRows } from '$lib/budget/series';
import { budgetSourceIds } from '$lib/budget/evidence';
import type { BudgetData } from '$lib/views/types';
import type { PageServerLoad } from './$types';

/** The seed document, source of the "1% of the national budget" statement. */
const SEED_URL = 'cips.org.in/gdln-distance-series';

export const load = ((): BudgetData => {
	const { data } = getData();
	const rows = sortRows(data.budget);
	const seed = data.sources.find((s) => s.url.includes(SEED_URL));
	const claim = data.milestones.find(
		(m) => m.category === 'budget' && !!seed && m.source_ids.includes(seed.source_id)
	);
	const countries = new Set(rows.map((r) => r.country));
	const years = rows.map((r) => r.year);
	const factors = data.conversion_factors.filter(
		(f) => countries.has(f.country) && f.year >= Math.min(...years) && f.year <= Math.max(...years)
	);
	return {
		rows,
		factors,
		claim,
		// The national totals' sources too: a share's evidence and its details name both.
		sources: sourceIndex(data.sources, [
			...rows.map((r) => ({ source_ids: budgetSourceIds(r) })),
			...factors,
			...(claim ? [claim] : [])
		])
	};
}) satisfies PageServerLoad;
