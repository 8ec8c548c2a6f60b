import type { ChartTable } from '../charts/table';
import type { EvidencePart } from '../data/evidence';
import { countryName } from '../data/countries';
import type { PhaseBar } from '../timeline/phase-layout';
import type { PairRow } from '../systems/lag';

/** The first phase named as e-government (`E-Government Act`, `National e-Governance Plan`) per country. */
export function egovStart(phases: PhaseBar[], country: string): PhaseBar | null {
	return (
		phases
			.filter((p) => p.country === country && /e-gov/i.test(p.name))
			.sort((a, b) => a.start_year - b.start_year)[0] ?? null
	);
}

/** `National e-government began in Korea in 2001 (…) and in India in 2006 (…): 5 years later.` */
export function startTakeaway(phases: PhaseBar[]): string {
	const kor = egovStart(phases, 'KOR');
	const ind = egovStart(phases, 'IND');
	if (!kor || !ind) return 'The data do not name a national e-government phase for both countries.';
	const gap = ind.start_year - kor.start_year;
	const rel =
		gap === 0
			? 'the same year'
			: `${Math.abs(gap)} year${Math.abs(gap) === 1 ? '' : 's'} ${gap > 0 ? 'later' : 'earlier'}`;
	const first = (c: string) =>
		Math.min(...phases.filter((p) => p.country === c).map((p) => p.start_year));
	return (
		`National e-government began in Korea in ${kor.start_year} (${kor.name}) and in India in ${ind.start_year} (${ind.name}), ${rel}; ` +
		`computerisation of government started in Korea in ${first('KOR')} and in India in ${first('IND')}.`
	);
}

export interface Bar {
	key: string;
	country: string;
	label: string;
	value: number;
	valueText: string;
	source_ids: string[];
	/** A share's amount and total, each with its sources (see TableRow.evidence). */
	evidence?: EvidencePart[];
}

export function sharesTakeaway(bars: Bar[]): string {
	return `Latest shares of the national budget: ${bars.map((b) => `${b.label.replace(/ \(.*?\)(?=,)/, '')} ${b.valueText}`).join('; ')}.`;
}

/**
 * One bar per function with both launches dated: India's lag behind Korea in years, named by what
 * it compares ("E-procurement: KONEPS 2002 → CPPP 2012 (GeM 2016)") in the chart and its table.
 */
export function lagBars(rows: PairRow[]): Bar[] {
	return rows
		.filter((r) => r.lag !== null)
		.sort((a, b) => b.lag! - a.lag! || a.label.localeCompare(b.label))
		.map((r) => ({
			key: r.function,
			country: 'IND',
			label: `${r.label}: ${r.compared}`,
			value: r.lag!,
			valueText: r.lagText.replace(/^India /, ''),
			source_ids: [...r.kor, ...r.ind].flatMap((s) => s.source_ids)
		}));
}

export function barsTable(bars: Bar[], valueLabel: string): ChartTable {
	return {
		columns: [
			{ key: 'label', label: 'What' },
			{ key: 'country', label: 'Country' },
			{ key: 'value', label: valueLabel, numeric: true }
		],
		rows: bars.map((b) => ({
			cells: { label: b.label, country: countryName(b.country), value: Number(b.value.toFixed(4)) },
			source_ids: b.source_ids,
			...(b.evidence ? { evidence: b.evidence } : {})
		}))
	};
}
