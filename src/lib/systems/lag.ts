import type { ChartTable } from '../charts/table';
import { countryName } from '../data/countries';
import { shortName } from './names';
import type { System } from '../data/schema';
import type { PairSort } from '../url/systems';

export type { PairSort };

/** The year of a launch date (`2002-04` → 2002), or null when no source dates it. */
export function launchYear(s: Pick<System, 'launch_date'>): number | null {
	const m = /^(\d{4})/.exec(s.launch_date);
	return m ? Number(m[1]) : null;
}

/**
 * One function on /systems: every system of each country (the one its lag counts from first),
 * and the lag, text and definition of its comparison in src/lib/compare/lags.ts.
 */
export interface PairRow {
	function: string;
	label: string;
	kor: System[];
	ind: System[];
	/** The compared systems' launch years. */
	korYear: number | null;
	indYear: number | null;
	/** India's launch year minus Korea's; null when either is undated. */
	lag: number | null;
	lagText: string;
	/** `KONEPS 2002 → CPPP 2012 (GeM 2016)`. */
	compared: string;
	basis: string | null;
	unlike: string | null;
}

/** By function name, or by lag (longest first; unknown gaps last). */
export function sortPairs(rows: PairRow[], by: PairSort): PairRow[] {
	return [...rows].sort((a, b) =>
		by === 'function'
			? a.label.localeCompare(b.label)
			: (b.lag ?? -Infinity) - (a.lag ?? -Infinity) || a.label.localeCompare(b.label)
	);
}

/** One row per system, as the chart shows it; the compared systems say so. */
export function pairsTable(rows: PairRow[]): ChartTable {
	return {
		columns: [
			{ key: 'function', label: 'Function' },
			{ key: 'country', label: 'Country' },
			{ key: 'system', label: 'System' },
			{ key: 'launch', label: 'Launched' },
			{ key: 'role', label: 'In the lag' },
			{ key: 'compared', label: 'Compared (Korea → India)' },
			{ key: 'gap', label: 'Gap (India minus Korea)' },
			{ key: 'lag_years', label: 'Lag (years, India minus Korea)', numeric: true }
		],
		rows: rows.flatMap((r) =>
			[...r.kor, ...r.ind].map((s) => ({
				cells: {
					function: r.label,
					country: countryName(s.country),
					system: s.name,
					launch: s.launch_date || null,
					role: s === r.kor[0] || s === r.ind[0] ? 'compared' : 'alternative, not counted',
					compared: r.compared,
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
