import type { ChartTable } from '../charts/table';
import { compareCountries, countryName } from '../data/countries';
import { budgetYearLabel } from '../data/format';
import type { BudgetRow, BudgetStatus } from '../data/schema';
import { FAMILY_LABEL, seriesInfo } from './catalogue';
import {
	convertedMillions,
	CURRENCY_TEXT,
	factorFor,
	factorText,
	formatConverted,
	type FactorIndex
} from './convert';
import { groupIndian, formatAmount, inrCrore, krwTrillion, plainDecimal } from './money';
import { budgetShare } from './share';

import type { BudgetMode, Currency } from '../url/budget';
import { budgetEvidenceParts, budgetSourceIds } from './evidence';
export type { BudgetMode, Currency };

/** What the amount view counts in, and the factors that convert into it (none for local currency). */
export interface Money {
	currency: Currency;
	factors: FactorIndex;
}
export const LOCAL: Money = { currency: 'local', factors: new Map() };

/** How each status looks, so plans, budgets, revisions and actuals never look alike. */
export const STATUS_STYLE: Record<
	BudgetStatus,
	{ dash: string | undefined; width: number; hollow: boolean; legend: string }
> = {
	actual: { dash: undefined, width: 4.5, hollow: false, legend: 'thick solid line, filled mark' },
	budgeted: { dash: undefined, width: 2.5, hollow: false, legend: 'thin solid line, filled mark' },
	revised: { dash: '10 5', width: 2.5, hollow: false, legend: 'dashed line, filled mark' },
	planned: { dash: '2 5', width: 2.5, hollow: true, legend: 'dotted line, hollow mark' }
};
export const STATUS_ORDER: BudgetStatus[] = ['actual', 'revised', 'budgeted', 'planned'];

/**
 * Series ids (`kor-egov-nextgen-2008`, checked at build) in code-point order: a stable tie-break
 * that, unlike localeCompare, does not load the collation tables while the page hydrates.
 */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The series ids in the data, Korea first, each country's in order of first year. */
export function seriesIds(rows: BudgetRow[]): string[] {
	const first = new Map<string, BudgetRow>();
	for (const r of rows) {
		const seen = first.get(r.series);
		if (!seen || r.year < seen.year) first.set(r.series, r);
	}
	return [...first.values()]
		.sort(
			(a, b) =>
				compareCountries(a.country, b.country) || a.year - b.year || compareIds(a.series, b.series)
		)
		.map((r) => r.series);
}

export const defaultSeries = (rows: BudgetRow[]) =>
	seriesIds(rows).filter((id) => seriesInfo(id).defaultOn);

/**
 * The value a row is drawn at: share in percent, or the amount in millions of local currency or,
 * converted, of US (international) dollars; null where the year has no conversion factor.
 */
export function rowValue(row: BudgetRow, mode: BudgetMode, money: Money = LOCAL): number | null {
	if (mode === 'share') return budgetShare(row);
	if (money.currency === 'local') return row.amount_lcu_m;
	return convertedMillions(row, money.currency, money.factors);
}

/**
 * One line per series and status, cut into segments of consecutive years with a value: no segment
 * crosses a missing year, and a series change (a definition break) is always a new line.
 */
export interface BudgetLine {
	country: string;
	series: string;
	status: BudgetStatus;
	segments: BudgetRow[][];
}

export function budgetLines(
	rows: BudgetRow[],
	mode: BudgetMode,
	money: Money = LOCAL
): BudgetLine[] {
	const groups = new Map<string, BudgetRow[]>();
	for (const r of rows) {
		const key = `${r.series}|${r.status}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	const lines: BudgetLine[] = [];
	for (const list of groups.values()) {
		const sorted = [...list].sort((a, b) => a.year - b.year);
		const segments: BudgetRow[][] = [];
		let current: BudgetRow[] = [];
		for (const r of sorted) {
			if (rowValue(r, mode, money) === null) {
				if (current.length) segments.push(current);
				current = [];
				continue;
			}
			const prev = current.at(-1);
			if (prev && r.year !== prev.year + 1) {
				segments.push(current);
				current = [];
			}
			current.push(r);
		}
		if (current.length) segments.push(current);
		const { country, series, status } = sorted[0]!;
		lines.push({ country, series, status, segments });
	}
	return lines.sort(
		(a, b) =>
			compareCountries(a.country, b.country) ||
			compareIds(a.series, b.series) ||
			STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
	);
}

/** Where one series of a family takes over from another: a definition break, labelled on the chart. */
export interface SeriesBreak {
	country: string;
	family: string;
	year: number;
	from: string;
	to: string;
	text: string;
}

export function seriesBreaks(rows: BudgetRow[]): SeriesBreak[] {
	const families = new Map<string, string[]>();
	for (const id of seriesIds(rows)) {
		const fam = seriesInfo(id).family;
		families.set(fam, [...(families.get(fam) ?? []), id]);
	}
	const firstYear = (id: string) =>
		Math.min(...rows.filter((r) => r.series === id).map((r) => r.year));
	const breaks: SeriesBreak[] = [];
	for (const [family, ids] of families) {
		for (let i = 1; i < ids.length; i++) {
			const to = ids[i]!;
			const year = firstYear(to);
			const country = rows.find((r) => r.series === to)!.country;
			breaks.push({
				country,
				family,
				year,
				from: ids[i - 1]!,
				to,
				text: `Break ${budgetYearLabel(country, year)}: ${seriesInfo(to).short}`
			});
		}
	}
	return breaks.sort((a, b) => a.year - b.year || compareCountries(a.country, b.country));
}

export interface YearShare {
	year: number;
	share: number;
	row: BudgetRow;
}

export interface YearValue {
	year: number;
	value: number;
	row: BudgetRow;
}

/**
 * One value per year for a family of series: the later definition wins where two overlap (it is
 * the restated one), then the most final stage: actual, revised, budgeted, planned.
 */
export function familyValues(
	rows: BudgetRow[],
	family: string,
	value: (r: BudgetRow) => number | null
): YearValue[] {
	const order = seriesIds(rows);
	const best = new Map<number, YearValue>();
	const rank = (r: BudgetRow) =>
		[-order.indexOf(r.series), STATUS_ORDER.indexOf(r.status)] as const;
	for (const r of rows) {
		if (seriesInfo(r.series).family !== family) continue;
		const v = value(r);
		if (v === null) continue;
		const seen = best.get(r.year);
		if (seen) {
			const [a0, a1] = rank(r);
			const [b0, b1] = rank(seen.row);
			if (a0 > b0 || (a0 === b0 && a1 >= b1)) continue;
		}
		best.set(r.year, { year: r.year, value: v, row: r });
	}
	return [...best.values()].sort((a, b) => a.year - b.year);
}

/** One share per year for a family of series (familyValues of the share). */
export function familyShares(rows: BudgetRow[], family: string): YearShare[] {
	return familyValues(rows, family, budgetShare).map(({ year, value, row }) => ({
		year,
		share: value,
		row
	}));
}

export interface SharePeriod {
	from: number;
	to: number;
	min: number;
	max: number;
	missing: number[];
}

/**
 * Splits yearly shares into periods: first where `maxGap` or more years in a row have no figure,
 * then each stretch at its largest step between neighbouring figures, when that step is at least
 * `minStep` percentage points.
 */
export function sharePeriods(shares: YearShare[], minStep = 0.15, maxGap = 3): SharePeriod[] {
	const stretches: YearShare[][] = [];
	for (const s of shares) {
		const last = stretches.at(-1);
		if (last && s.year - last.at(-1)!.year <= maxGap) last.push(s);
		else stretches.push([s]);
	}
	return stretches.flatMap((stretch) => {
		let cut = -1;
		let biggest = minStep;
		for (let i = 1; i < stretch.length; i++) {
			const step = Math.abs(stretch[i]!.share - stretch[i - 1]!.share);
			if (step >= biggest) {
				biggest = step;
				cut = i;
			}
		}
		const parts = cut > 0 ? [stretch.slice(0, cut), stretch.slice(cut)] : [stretch];
		return parts.map((part) => {
			const from = part[0]!.year;
			const to = part.at(-1)!.year;
			const have = new Set(part.map((p) => p.year));
			const missing: number[] = [];
			for (let y = from; y <= to; y++) if (!have.has(y)) missing.push(y);
			const values = part.map((p) => p.share);
			return { from, to, min: Math.min(...values), max: Math.max(...values), missing };
		});
	});
}

/** `2004–08`, `2009–20`, `1999–2003`, `2012`; Indian fiscal years as `2015-16 to 2019-20`. */
export function periodYears(country: string, from: number, to: number): string {
	if (from === to) return budgetYearLabel(country, from);
	if (country === 'IND')
		return `${budgetYearLabel(country, from)} to ${budgetYearLabel(country, to)}`;
	const sameCentury = Math.floor(from / 100) === Math.floor(to / 100);
	return `${from}–${sameCentury ? String(to).slice(2) : to}`;
}

const pct = (v: number) => v.toFixed(2);

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(parts: string[]): string {
	return parts.length <= 1
		? (parts[0] ?? '')
		: `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * `1.33–1.52% in 2004–08 and 0.98–1.12% in 2009–20 (no figure for 2013, 2016)`; `after` goes
 * after the first range (`of total expenditure`).
 */
export function describePeriods(country: string, periods: SharePeriod[], after = ''): string {
	const parts = periods.map((p, i) => {
		const range = pct(p.min) === pct(p.max) ? `${pct(p.min)}%` : `${pct(p.min)}–${pct(p.max)}%`;
		return `${range}${i === 0 && after ? ` ${after}` : ''} in ${periodYears(country, p.from, p.to)}`;
	});
	const missing = periods.flatMap((p) => p.missing);
	const gap = missing.length
		? ` (no figure for ${missing.map((y) => budgetYearLabel(country, y)).join(', ')})`
		: '';
	return joinAnd(parts) + gap;
}

/** What the data show for each family of series that is drawn: the evidence beside the claim. */
export interface FamilyEvidence {
	country: string;
	family: string;
	label: string;
	summary: string;
	periods: SharePeriod[];
	source_ids: string[];
}

/** The families of the visible series, in the data's order (Korea first, by first year). */
function visibleFamilies(rows: BudgetRow[], visible: string[]): string[] {
	const families: string[] = [];
	for (const id of seriesIds(rows))
		if (visible.includes(id) && !families.includes(seriesInfo(id).family))
			families.push(seriesInfo(id).family);
	return families;
}

const familyLabel = (family: string, country: string, rows: BudgetRow[]) =>
	FAMILY_LABEL[family] ??
	`${countryName(country)}: ${[...new Set(rows.map((r) => r.series))].map((id) => seriesInfo(id).short).join(' → ')}`;

export function familyEvidence(rows: BudgetRow[], visible: string[]): FamilyEvidence[] {
	const families = visibleFamilies(rows, visible);
	return families.flatMap((family) => {
		const shares = familyShares(
			rows.filter((r) => visible.includes(r.series)),
			family
		);
		if (!shares.length) return [];
		const country = shares[0]!.row.country;
		const periods = sharePeriods(shares);
		return [
			{
				country,
				family,
				label: familyLabel(
					family,
					country,
					shares.map((s) => s.row)
				),
				summary: describePeriods(country, periods),
				periods,
				source_ids: [...new Set(shares.flatMap((s) => budgetSourceIds(s.row)))]
			}
		];
	});
}

/** The share takeaway: Korea's like-for-like share against the 1% claim, from the data. */
export function budgetTakeaway(evidence: FamilyEvidence[]): string {
	if (!evidence.length) return 'No budget series is selected.';
	const firstPerCountry = evidence.filter(
		(e, i) => evidence.findIndex((o) => o.country === e.country) === i
	);
	const parts = firstPerCountry.map(
		(e) => `${e.label} was ${describePeriods(e.country, e.periods, 'of total expenditure')}`
	);
	return `${parts.join('; ')}.`;
}

/** `KRW 2.8445–3.5826 trillion`, `₹440–10,676.18 crore`, `US$2.48–3.09 billion`: a range of amounts in millions. */
export function amountRange(min: number, max: number, currency: string, money: Currency): string {
	const span = (a: string, b: string) => (a === b ? a : `${a}–${b}`);
	if (money !== 'local') {
		const unit = CURRENCY_TEXT[money].unit;
		return max >= 1000
			? `${unit}${span((min / 1000).toFixed(2), (max / 1000).toFixed(2))} billion`
			: `${unit}${span(min.toFixed(1), max.toFixed(1))} million`;
	}
	if (currency === 'KRW')
		return `KRW ${span(plainDecimal(krwTrillion(min), 4), plainDecimal(krwTrillion(max), 4))} trillion`;
	if (currency === 'INR')
		return `₹${span(groupIndian(inrCrore(min)), groupIndian(inrCrore(max)))} crore`;
	return `${currency} ${span(plainDecimal(min), plainDecimal(max))} million`;
}

/**
 * The amount view's takeaway: each country's first family drawn, as the range of its yearly
 * amounts (in local currency, or converted), with the years it has no figure for, and in dollars
 * the years that have no conversion factor (they are not drawn).
 */
export function amountTakeaway(rows: BudgetRow[], visible: string[], money: Money): string {
	const shown = rows.filter((r) => visible.includes(r.series));
	const value = (r: BudgetRow) => rowValue(r, 'amount', money);
	const seen = new Set<string>();
	const parts = visibleFamilies(rows, visible).flatMap((family) => {
		const years = familyValues(shown, family, value);
		if (!years.length) return [];
		const country = years[0]!.row.country;
		if (seen.has(country)) return [];
		seen.add(country);
		// Stretches apart by 3 years or more are said apart, as the share takeaway does.
		const periods = sharePeriods(
			years.map((y) => ({ year: y.year, share: y.value, row: y.row })),
			Infinity
		);
		const label = familyLabel(
			family,
			country,
			years.map((y) => y.row)
		);
		const currency = years[0]!.row.currency;
		// "a year" once, with the first stretch of more than one year.
		const perYear = periods.findIndex((p) => p.from !== p.to);
		const ranges = periods.map(
			(p, i) =>
				`${amountRange(p.min, p.max, currency, money.currency)}${i === perYear ? ' a year' : ''} in ${periodYears(country, p.from, p.to)}`
		);
		const missing = periods.flatMap((p) => p.missing);
		const gap = missing.length
			? ` (no figure for ${missing.map((y) => budgetYearLabel(country, y)).join(', ')})`
			: '';
		return [`${label} was ${joinAnd(ranges)}${gap}`];
	});
	if (!parts.length) return 'No budget series is selected.';
	if (money.currency === 'local')
		return `${parts.join('; ')}. Each in its own currency; ${CURRENCY_TEXT.usd.button} or ${CURRENCY_TEXT.ppp.button} puts both on one scale.`;
	const rate = CURRENCY_TEXT[money.currency].rate;
	const noFactor = new Map<string, Set<number>>();
	for (const r of shown)
		if (r.amount_lcu_m !== null && !factorFor(r, money.currency, money.factors))
			noFactor.set(r.country, (noFactor.get(r.country) ?? new Set()).add(r.year));
	const gaps = [...noFactor]
		.sort(([a], [b]) => compareCountries(a, b))
		.map(
			([c, ys]) =>
				`${[...ys]
					.sort((a, b) => a - b)
					.map((y) => budgetYearLabel(c, y))
					.join(', ')} (${countryName(c)})`
		);
	const tail = gaps.length
		? ` No ${money.currency === 'usd' ? 'exchange rate' : 'PPP factor'} for ${joinAnd(gaps)}: those years are not drawn.`
		: '';
	return `${rate[0]!.toUpperCase()}${rate.slice(1)}, ${parts.join('; ')}.${tail}`;
}

/** The rows the chart shows now, one fact per row; converted, with the factor and its source. */
export function budgetTable(rows: BudgetRow[], money: Money = LOCAL): ChartTable {
	const conv = money.currency === 'local' ? null : money.currency;
	const convColumns = conv
		? [
				{
					key: 'converted_m',
					label: `Amount (${CURRENCY_TEXT[conv].unit} million, ${CURRENCY_TEXT[conv].rate})`,
					numeric: true
				},
				{
					key: 'factor',
					label: `Factor (local currency per ${conv === 'usd' ? 'US$' : 'international $'})`,
					numeric: true
				},
				{ key: 'factor_year', label: 'Factor year' },
				{ key: 'factor_source', label: 'Factor source' }
			]
		: [];
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'year', label: 'Year' },
			{ key: 'series', label: 'Series' },
			{ key: 'status', label: 'Status' },
			{ key: 'amount', label: 'Amount', numeric: true },
			{ key: 'national', label: 'National total', numeric: true },
			{ key: 'share', label: 'Share (%)', numeric: true },
			{ key: 'amount_lcu_m', label: 'Amount (million)', numeric: true },
			{ key: 'national_lcu_m', label: 'National total (million)', numeric: true },
			{ key: 'currency', label: 'Currency' },
			...convColumns
		],
		rows: sortRows(rows).map((r) => {
			const share = budgetShare(r);
			const f = conv ? factorFor(r, conv, money.factors) : null;
			const converted = conv ? convertedMillions(r, conv, money.factors) : null;
			return {
				cells: {
					country: countryName(r.country),
					year: budgetYearLabel(r.country, r.year),
					series: seriesInfo(r.series).label,
					status: r.status,
					amount: r.amount_lcu_m === null ? null : formatAmount(r.amount_lcu_m, r.currency),
					national: r.national_lcu_m === null ? null : formatAmount(r.national_lcu_m, r.currency),
					share: share === null ? null : Number(share.toFixed(4)),
					amount_lcu_m: r.amount_lcu_m,
					national_lcu_m: r.national_lcu_m,
					currency: r.currency,
					...(conv
						? {
								converted_m: converted === null ? null : Number(converted.toFixed(4)),
								factor: f?.value ?? null,
								factor_year: f ? String(f.year) : null,
								factor_source: f ? f.source_ids.join(';') : null
							}
						: {})
				},
				source_ids: budgetSourceIds(r, f?.source_ids),
				evidence: budgetEvidenceParts(r, f?.source_ids)
			};
		})
	};
}

export function sortRows(rows: BudgetRow[]): BudgetRow[] {
	const order = seriesIds(rows);
	return [...rows].sort(
		(a, b) =>
			compareCountries(a.country, b.country) ||
			order.indexOf(a.series) - order.indexOf(b.series) ||
			a.year - b.year ||
			STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
	);
}

/** What a mark says on hover, focus and to a screen reader; converted, with the factor. */
export function pointName(r: BudgetRow, money: Money = LOCAL): string {
	const share = budgetShare(r);
	const conv = money.currency === 'local' ? null : money.currency;
	const f = conv ? factorFor(r, conv, money.factors) : null;
	const converted = conv ? convertedMillions(r, conv, money.factors) : null;
	return (
		`${countryName(r.country)} ${budgetYearLabel(r.country, r.year)}, ${seriesInfo(r.series).short}, ${r.status}: ` +
		`${share === null ? 'share unknown' : `${share.toFixed(2)}% of the national budget`}, ` +
		`${formatAmount(r.amount_lcu_m, r.currency)}` +
		(conv && f && converted !== null
			? `, ${formatConverted(converted, conv)} ${CURRENCY_TEXT[conv].rate} (${factorText(f)})`
			: '')
	);
}
