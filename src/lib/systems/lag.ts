import type { ChartTable } from '../charts/table';
import { countryName } from '../data/countries';
import type { System } from '../data/schema';
import type { PairSort } from '../url/systems';
import { functionLabel, pairByFunction } from './pairs';

export type { PairSort };

/** The year of a launch date (`2002-04` → 2002), or null when no source dates it. */
export function launchYear(s: Pick<System, 'launch_date'>): number | null {
	const m = /^(\d{4})/.exec(s.launch_date);
	return m ? Number(m[1]) : null;
}

const SHORT: Record<string, string> = {
	'kor-resident-registration': 'Resident registration',
	'kor-edoc-wallet': 'e-Certificates wallet',
	'ind-itr-efiling': 'Income-tax e-filing',
	'ind-cppp': 'CPPP',
	'ind-pfms': 'PFMS',
	'ind-gem': 'GeM',
	'ind-gstn': 'GSTN',
	'ind-national-portal': 'National Portal',
	'ind-data-gov-in': 'data.gov.in',
	'ind-icegate': 'ICEGATE',
	'ind-cpgrams': 'CPGRAMS'
};

/** A name short enough to write beside a mark: `KONEPS`, `Government24`. */
export function shortName(s: Pick<System, 'system_id' | 'name'>): string {
	if (SHORT[s.system_id]) return SHORT[s.system_id]!;
	const head = s.name.split(/ \(| \/ |, /)[0]!;
	return head.length <= 22 ? head : `${head.slice(0, 20).replace(/\s+\S*$/, '')}…`;
}

/** One function: Korea's and India's systems, and how many years India came after Korea. */
export interface PairRow {
	function: string;
	label: string;
	kor: System[];
	ind: System[];
	korYear: number | null;
	indYear: number | null;
	/** India's first launch year minus Korea's; null when either is undated. */
	lag: number | null;
	lagText: string;
}

const earliest = (list: System[]) => {
	const years = list.map(launchYear).filter((y): y is number => y !== null);
	return years.length ? Math.min(...years) : null;
};

/** `India 2 years later`, `India 1 year earlier`, `Same year`, or why the gap is unknown. */
export function lagText(row: Pick<PairRow, 'kor' | 'ind' | 'korYear' | 'indYear'>): string {
	const { korYear, indYear } = row;
	if (!row.kor.length) return 'No Korean system in the data';
	if (!row.ind.length) return 'No Indian system in the data';
	if (korYear === null && indYear === null) return 'Gap unknown: neither launch is dated';
	if (korYear === null) return "Gap unknown: Korea's launch is not dated";
	if (indYear === null) return "Gap unknown: India's launch is not dated";
	const lag = indYear - korYear;
	if (lag === 0) return 'Same year';
	const n = Math.abs(lag);
	return `India ${n} year${n === 1 ? '' : 's'} ${lag > 0 ? 'later' : 'earlier'}`;
}

export function pairRows(systems: System[]): PairRow[] {
	return pairByFunction(systems).map((p) => {
		const kor = p.byCountry['KOR'] ?? [];
		const ind = p.byCountry['IND'] ?? [];
		const korYear = earliest(kor);
		const indYear = earliest(ind);
		const base = { kor, ind, korYear, indYear };
		return {
			function: p.function,
			label: functionLabel(p.function),
			...base,
			lag: korYear !== null && indYear !== null ? indYear - korYear : null,
			lagText: lagText(base)
		};
	});
}

/** Median of numbers; null for none. */
export function median(values: number[]): number | null {
	if (!values.length) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface LagSummary {
	median: number | null;
	/** Functions with both launches dated. */
	counted: number;
	/** Functions left out, and why. */
	undated: string[];
}

export function lagSummary(rows: PairRow[]): LagSummary {
	const dated = rows.filter((r) => r.lag !== null);
	return {
		median: median(dated.map((r) => r.lag!)),
		counted: dated.length,
		undated: rows.filter((r) => r.lag === null).map((r) => r.label)
	};
}

const years = (n: number) => `${Number(n.toFixed(1))} year${Math.abs(n) === 1 ? '' : 's'}`;

/** `Median lag across 8 functions: India 2.5 years after Korea (not dated: Documents, Customs).` */
export function medianSentence(s: LagSummary): string {
	if (s.median === null) return 'No function has both launches dated, so no lag can be computed.';
	const where =
		s.median === 0
			? 'India and Korea in the same year'
			: s.median > 0
				? `India ${years(s.median)} after Korea`
				: `India ${years(-s.median)} before Korea`;
	const left = s.undated.length ? ` (gap unknown for ${s.undated.join(', ')})` : '';
	return `Median lag across ${s.counted} functions with both launches dated: ${where}${left}.`;
}

/** The takeaway: the median and the longest gap. */
export function systemsTakeaway(rows: PairRow[]): string {
	const s = lagSummary(rows);
	const longest = rows.filter((r) => r.lag !== null).sort((a, b) => b.lag! - a.lag!)[0];
	const extra = longest
		? ` The longest gap is ${longest.label.toLowerCase()}: ${longest.kor[0] ? shortName(longest.kor[0]) : ''} ${longest.korYear}, ${shortName(longest.ind[0]!)} ${longest.indYear}.`
		: '';
	return medianSentence(s) + extra;
}

/** By function name, or by lag (longest first; unknown gaps last). */
export function sortPairs(rows: PairRow[], by: PairSort): PairRow[] {
	return [...rows].sort((a, b) =>
		by === 'function'
			? a.label.localeCompare(b.label)
			: (b.lag ?? -Infinity) - (a.lag ?? -Infinity) || a.label.localeCompare(b.label)
	);
}

/** One row per system, as the chart shows it. */
export function pairsTable(rows: PairRow[]): ChartTable {
	return {
		columns: [
			{ key: 'function', label: 'Function' },
			{ key: 'country', label: 'Country' },
			{ key: 'system', label: 'System' },
			{ key: 'launch', label: 'Launched' },
			{ key: 'gap', label: 'Gap (India minus Korea, first launches)' },
			{ key: 'lag_years', label: 'Lag (years, India minus Korea)', numeric: true }
		],
		rows: rows.flatMap((r) =>
			[...r.kor, ...r.ind].map((s) => ({
				cells: {
					function: r.label,
					country: countryName(s.country),
					system: s.name,
					launch: s.launch_date || null,
					gap: r.lagText,
					lag_years: r.lag
				},
				source_ids: s.source_ids
			}))
		)
	};
}

/** What a row says to a screen reader and on hover. */
export function pairName(r: PairRow): string {
	const list = (c: string, systems: System[]) =>
		systems.length
			? `${countryName(c)}: ${systems.map((s) => `${shortName(s)} ${s.launch_date || '(launch not dated)'}`).join(', ')}`
			: `${countryName(c)}: none`;
	return `${r.label}. ${list('KOR', r.kor)}; ${list('IND', r.ind)}. ${r.lagText}.`;
}
