import type { ChartTable } from '../charts/table';
import { compareCountries, countryName } from '../data/countries';
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

/** Rank and score rows of one index: the chart's table view and CSV. */
export function rankTable(rows: IndexRow[]): ChartTable {
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'edition', label: 'Edition', numeric: true },
			{ key: 'rank', label: 'Rank', numeric: true },
			{ key: 'of', label: 'Of countries', numeric: true },
			{ key: 'score', label: 'Score', numeric: true }
		],
		rows: rows.map((r) => ({
			cells: {
				country: countryName(r.country),
				edition: r.edition,
				rank: r.rank,
				of: r.of,
				score: r.value
			},
			source_ids: r.source_ids
		}))
	};
}
