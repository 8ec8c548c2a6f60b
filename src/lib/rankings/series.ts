import { compareCountries } from '../data/countries';
import type { IndexName, IndexRow } from '../data/schema';

/** For each country, its row of `index` in the latest edition that has a rank. */
export function latestRanks(rows: IndexRow[], index: IndexName): IndexRow[] {
	const latest = new Map<string, IndexRow>();
	for (const r of rows) {
		if (r.index !== index || r.rank === null) continue;
		const seen = latest.get(r.country);
		if (!seen || r.edition > seen.edition) latest.set(r.country, r);
	}
	return [...latest.values()].sort((a, b) => compareCountries(a.country, b.country));
}

/** The rows of one index, by country then edition. */
export function indexSeries(rows: IndexRow[], index: IndexName): IndexRow[] {
	return rows
		.filter((r) => r.index === index)
		.sort((a, b) => compareCountries(a.country, b.country) || a.edition - b.edition);
}
