import type { NativeRecipe } from '../export/native-chart';
import type { ChartTable } from '../charts/table';
import { compareCountries, countryName } from '../data/countries';
import type { IndexName, IndexRow } from '../data/schema';
import { indexSeries } from './series';

import type { RankMode } from '../url/rankings';
export type { RankMode };
export const SUB_INDICES: IndexName[] = ['OSI', 'TII', 'HCI', 'EPI'];
export const INDEX_LABEL: Record<string, string> = {
	EGDI: 'E-Government Development Index (EGDI)',
	OSI: 'Online Service Index (OSI)',
	TII: 'Telecommunication Infrastructure Index (TII)',
	HCI: 'Human Capital Index (HCI)',
	EPI: 'E-Participation Index (EPI)',
	GTMI: 'World Bank GovTech Maturity Index (GTMI)',
	OECD_DGI: 'OECD Digital Government Index (DGI)'
};

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 97th, 101st. */
export function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen
		? 'th'
		: (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** `4th of 193 countries`, or `rank not published` when the row has none. */
export function rankOf(r: Pick<IndexRow, 'rank' | 'of'>): string {
	if (r.rank === null) return 'rank not published';
	return r.of === null ? ordinal(r.rank) : `${ordinal(r.rank)} of ${r.of} countries`;
}

/** The UN publishes EGDI ranks only; other ranks were computed for this dashboard (notes say so). */
export function isComputedRank(r: Pick<IndexRow, 'notes'>): boolean {
	return /^Rank computed/i.test(r.notes);
}

/** The survey editions present for an index, in order. */
export function editions(rows: IndexRow[]): number[] {
	return [...new Set(rows.map((r) => r.edition))].sort((a, b) => a - b);
}

/** What a mark says: `Korea, EGDI 2024: 4th of 193 countries, score 0.96789`. */
export function indexPointName(r: IndexRow): string {
	const computed = r.rank !== null && isComputedRank(r) ? ' (rank computed from UN data)' : '';
	return `${countryName(r.country)}, ${r.index} ${r.edition}: ${rankOf(r)}${computed}, score ${r.value ?? 'not in the data'}`;
}

export interface GapPoint {
	index: string;
	edition: number;
	/** Score: Korea minus India. Rank: India's rank minus Korea's (places Korea is ahead). */
	value: number;
	source_ids: string[];
}

/** Korea minus India per edition where both have a figure. */
export function gapSeries(rows: IndexRow[], index: IndexName, mode: RankMode): GapPoint[] {
	const kor = new Map(
		indexSeries(rows, index)
			.filter((r) => r.country === 'KOR')
			.map((r) => [r.edition, r])
	);
	return indexSeries(rows, index)
		.filter((r) => r.country === 'IND')
		.flatMap((ind) => {
			const k = kor.get(ind.edition);
			if (!k) return [];
			const value =
				mode === 'score'
					? k.value !== null && ind.value !== null
						? Number((k.value - ind.value).toFixed(5))
						: null
					: k.rank !== null && ind.rank !== null
						? ind.rank - k.rank
						: null;
			return value === null
				? []
				: [
						{
							index,
							edition: ind.edition,
							value,
							source_ids: [...new Set([...k.source_ids, ...ind.source_ids])]
						}
					];
		});
}

/** The EGDI takeaway: first and latest edition for each country. */
export function egdiTakeaway(rows: IndexRow[], mode: RankMode): string {
	const egdi = indexSeries(rows, 'EGDI');
	const countries = [...new Set(egdi.map((r) => r.country))].sort(compareCountries);
	const parts = countries.map((c) => {
		const own = egdi.filter(
			(r) => r.country === c && (mode === 'rank' ? r.rank !== null : r.value !== null)
		);
		const first = own[0];
		const last = own.at(-1);
		if (!first || !last) return `${countryName(c)}: no figure`;
		// An uploaded country often has one edition only.
		if (first === last)
			return mode === 'rank'
				? `${countryName(c)} ranked ${rankOf(first)} in ${first.edition}`
				: `${countryName(c)}'s score was ${first.value} in ${first.edition}`;
		return mode === 'rank'
			? `${countryName(c)} ranked ${rankOf(first)} in ${first.edition} and ${rankOf(last)} in ${last.edition}`
			: `${countryName(c)}'s score went from ${first.value} in ${first.edition} to ${last.value} in ${last.edition}`;
	});
	return `${parts.join('; ')}.`;
}

/** Where the gap is widest and narrowest, per index. */
export function gapTakeaway(rows: IndexRow[], mode: RankMode): string {
	const parts = (['EGDI', ...SUB_INDICES] as IndexName[]).flatMap((index) => {
		const g = gapSeries(rows, index, mode);
		const last = g.at(-1);
		if (!last) return [];
		return [
			mode === 'score'
				? `${index} ${last.value >= 0 ? '+' : ''}${last.value}`
				: `${index} ${Math.abs(last.value)} places ${last.value >= 0 ? 'ahead' : 'behind'}`
		];
	});
	const year = Math.max(
		...(['EGDI', ...SUB_INDICES] as IndexName[]).flatMap((i) =>
			gapSeries(rows, i, mode).map((g) => g.edition)
		)
	);
	return parts.length
		? `In ${year}, Korea ${mode === 'score' ? 'minus India, by score' : 'against India, by rank'}: ${parts.join('; ')}.`
		: 'No edition has figures for both countries.';
}

/**
 * The editable PowerPoint chart of an index table (indexTable's and rankTable's columns): a line a
 * country over the editions, ranks with 1st at the top; `panel: 'index'` for the sub-indices.
 */
export function indexRecipe(mode: RankMode, title: string, panel?: 'index'): NativeRecipe {
	return {
		type: 'line',
		category: 'edition',
		series: ['country'],
		value: mode,
		valueTitle: title,
		panel,
		reverse: mode === 'rank'
	};
}

export function indexTable(rows: IndexRow[]): ChartTable {
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'index', label: 'Index' },
			{ key: 'edition', label: 'Edition', numeric: true },
			{ key: 'rank', label: 'Rank', numeric: true },
			{ key: 'of', label: 'Of countries', numeric: true },
			{ key: 'score', label: 'Score', numeric: true },
			{ key: 'rank_kind', label: 'Rank published or computed' }
		],
		rows: rows.map((r) => ({
			cells: {
				country: countryName(r.country),
				index: r.index,
				edition: r.edition,
				rank: r.rank,
				of: r.of,
				score: r.value,
				rank_kind: r.rank === null ? null : isComputedRank(r) ? 'computed' : 'published'
			},
			source_ids: r.source_ids
		}))
	};
}

export function gapTable(points: GapPoint[], mode: RankMode): ChartTable {
	return {
		columns: [
			{ key: 'index', label: 'Index' },
			{ key: 'edition', label: 'Edition', numeric: true },
			{
				key: 'gap',
				label:
					mode === 'score' ? 'Korea minus India (score)' : "India's rank minus Korea's (places)",
				numeric: true
			}
		],
		rows: points.map((p) => ({
			cells: { index: p.index, edition: p.edition, gap: p.value },
			source_ids: p.source_ids
		}))
	};
}

/** The latest case where a country's rank fell while its score rose: why ranks mislead. */
export function rankFellScoreRose(
	rows: IndexRow[],
	index: IndexName = 'EGDI'
): { country: string; from: IndexRow; to: IndexRow } | null {
	const own = indexSeries(rows, index);
	let found: { country: string; from: IndexRow; to: IndexRow } | null = null;
	for (const c of [...new Set(own.map((r) => r.country))]) {
		const list = own.filter((r) => r.country === c);
		for (let i = 1; i < list.length; i++) {
			const [a, b] = [list[i - 1]!, list[i]!];
			if (a.rank === null || b.rank === null || a.value === null || b.value === null) continue;
			if (b.rank > a.rank && b.value > a.value && (!found || b.edition > found.to.edition))
				found = { country: c, from: a, to: b };
		}
	}
	return found;
}
