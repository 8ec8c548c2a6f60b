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
	/** The country Korea is measured against: `IND`, or an uploaded country's code. */
	country: string;
	/** Score: Korea minus the other. Rank: the other's rank minus Korea's (places Korea is ahead). */
	value: number;
	source_ids: string[];
}

/** Korea minus `other` (India unless told) per edition where both have a figure. */
export function gapSeries(
	rows: IndexRow[],
	index: IndexName,
	mode: RankMode,
	other = 'IND'
): GapPoint[] {
	const own = indexSeries(rows, index);
	const kor = new Map(own.filter((r) => r.country === 'KOR').map((r) => [r.edition, r]));
	return own
		.filter((r) => r.country === other)
		.flatMap((o) => {
			const k = kor.get(o.edition);
			if (!k) return [];
			const value =
				mode === 'score'
					? k.value !== null && o.value !== null
						? Number((k.value - o.value).toFixed(5))
						: null
					: k.rank !== null && o.rank !== null
						? o.rank - k.rank
						: null;
			return value === null
				? []
				: [
						{
							index,
							edition: o.edition,
							country: other,
							value,
							source_ids: [...new Set([...k.source_ids, ...o.source_ids])]
						}
					];
		});
}

/** What one gap mark says: `EGDI 2024: Korea 2 places behind Estonia`. */
export function gapPointName(p: GapPoint, mode: RankMode): string {
	const other = countryName(p.country);
	return `${p.index} ${p.edition}: ${
		mode === 'score'
			? `Korea minus ${other} ${p.value}`
			: `Korea ${Math.abs(p.value)} places ${p.value >= 0 ? 'ahead of' : 'behind'} ${other}`
	}`;
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

const GAP_INDICES: IndexName[] = ['EGDI', ...SUB_INDICES];

/**
 * The latest gap per index, Korea against India; then, for each uploaded country in `others`,
 * Korea against it in that country's own latest edition with a gap.
 */
export function gapTakeaway(
	rows: IndexRow[],
	mode: RankMode,
	others: readonly string[] = []
): string {
	const latest = (other: string) => {
		const gaps = GAP_INDICES.map((i) => gapSeries(rows, i, mode, other));
		const year = Math.max(...gaps.flatMap((g) => g.map((p) => p.edition)));
		const parts = gaps.flatMap((g) => {
			const last = g.at(-1);
			if (!last) return [];
			return [
				mode === 'score'
					? `${last.index} ${last.value >= 0 ? '+' : ''}${last.value}`
					: `${last.index} ${Math.abs(last.value)} places ${last.value >= 0 ? 'ahead' : 'behind'}`
			];
		});
		return { year, parts };
	};
	const india = latest('IND');
	const first = india.parts.length
		? `In ${india.year}, Korea ${mode === 'score' ? 'minus India, by score' : 'against India, by rank'}: ${india.parts.join('; ')}.`
		: 'No edition has figures for both countries.';
	const rest = others.map((c) => {
		const o = latest(c);
		return o.parts.length
			? `Korea ${mode === 'score' ? 'minus' : 'against'} ${countryName(c)} in ${o.year}: ${o.parts.join('; ')}.`
			: `Korea and ${countryName(c)}: no edition has ${mode === 'score' ? 'scores' : 'ranks'} of both.`;
	});
	return [first, ...rest].join(' ');
}

/**
 * The sub-index takeaway: Korea and India in their latest edition, then each uploaded country in
 * its own latest edition with a sub-index (an upload may have other editions than the data).
 */
export function subIndexTakeaway(
	rows: IndexRow[],
	mode: RankMode,
	others: readonly string[] = []
): string {
	const sub = rows.filter((r) => SUB_INDICES.includes(r.index));
	const of = (c: string) => sub.filter((r) => r.country === c);
	const part = (c: string, edition: number) =>
		SUB_INDICES.map((i) => {
			const r = sub.find((x) => x.country === c && x.index === i && x.edition === edition);
			const v = r ? (mode === 'rank' ? r.rank : r.value) : null;
			return `${i} ${v ?? '–'}`;
		}).join(', ');
	const last = Math.max(
		...of('KOR')
			.concat(of('IND'))
			.map((r) => r.edition)
	);
	const rest = others.flatMap((c) => {
		const own = of(c);
		if (!own.length) return [];
		const e = Math.max(...own.map((r) => r.edition));
		return [`${countryName(c)} (${e}) ${part(c, e)}`];
	});
	return `In ${last}, by ${mode}: Korea ${part('KOR', last)}; India ${part('IND', last)}${rest.map((r) => `; ${r}`).join('')}.`;
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
	// With India alone the table keeps its two-country headings; uploaded countries add a column.
	const many = points.some((p) => p.country !== 'IND');
	const other = many ? 'the other' : 'India';
	return {
		columns: [
			{ key: 'index', label: 'Index' },
			{ key: 'edition', label: 'Edition', numeric: true },
			...(many ? [{ key: 'against', label: 'Korea against' }] : []),
			{
				key: 'gap',
				label:
					mode === 'score'
						? `Korea minus ${other} (score)`
						: `${many ? "The other's" : "India's"} rank minus Korea's (places)`,
				numeric: true
			}
		],
		rows: points.map((p) => ({
			cells: {
				index: p.index,
				edition: p.edition,
				...(many ? { against: countryName(p.country) } : {}),
				gap: p.value
			},
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
