import { comparisons } from '../compare/comparisons';
import { lagSummary, medianSentence, pairText, type Comparison } from '../compare/lags';
import type { System } from '../data/schema';
import type { PairRow } from './lag';

/** The comparator first, then the function's other systems by launch date. */
function ordered(list: System[], comparator: string | undefined): System[] {
	const key = (s: System) => (s.system_id === comparator ? '0' : `1${s.launch_date || '9999'}`);
	return [...list].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The systems comparisons, with each function's systems: what /systems and `/` draw. */
export function pairRows(systems: System[], rows?: Comparison[]): PairRow[] {
	const all = rows ?? comparisons({ systems, milestones: [] });
	return all
		.filter((c) => c.group === 'systems' && systems.some((s) => s.function === c.id))
		.map((c) => {
			const of = (country: string) =>
				systems.filter((s) => s.function === c.id && s.country === country);
			return {
				function: c.id,
				label: c.label,
				kor: ordered(of('KOR'), c.kor?.id),
				ind: ordered(of('IND'), c.ind?.id),
				korYear: c.kor?.year ?? null,
				indYear: c.ind?.year ?? null,
				lag: c.lag,
				lagText: c.lagText,
				compared: pairText(c),
				basis: c.basis,
				unlike: c.unlike
			};
		});
}

/** The takeaway: the median and the longest gap, with what it compares. */
export function systemsTakeaway(rows: PairRow[]): string {
	const s = lagSummary(rows);
	const longest = rows.filter((r) => r.lag !== null).sort((a, b) => b.lag! - a.lag!)[0];
	const extra = longest
		? ` The longest gap is ${longest.label.toLowerCase()}: ${longest.compared}.`
		: '';
	return medianSentence(s) + extra;
}
