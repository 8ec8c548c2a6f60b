import { groupIndian, groupWestern, plainDecimal } from '../budget/money';
import { budgetYearLabel } from '../data/format';
import type { SystemMetric } from '../data/schema';

/**
 * Usage figures written the way each country's own sources write them, from the value and unit
 * stored in data/system_metrics.csv, without rounding anything away or adding digits: India's in
 * lakh and crore with Indian digit grouping (6.68 crore returns, ₹14,90,860.44 crore), Korea's in
 * thousand/million with Western grouping (243,621 suppliers, 4.531 million users). Every change
 * of magnitude is a shift of the decimal point on the value's own digits, so it is exact.
 */
export type NumberStyle = 'indian' | 'western';

/** India's figures read in lakh and crore; everyone else's in thousand, million, billion. */
export const numberStyle = (country: string): NumberStyle =>
	country === 'IND' ? 'indian' : 'western';

/** Powers of ten of the magnitude words a unit may carry. */
const MAGNITUDE: Record<string, number> = {
	thousand: 3,
	lakh: 5,
	million: 6,
	crore: 7,
	billion: 9,
	trillion: 12
};

export interface Unit {
	/** A currency before the number: `₹`, `KRW`, `USD`; empty for counts. */
	currency: string;
	/** The unit's power of ten (`million returns`: 6). */
	exponent: number;
	/** What is counted, after the magnitude (`returns`); empty for money. */
	noun: string;
	percent: boolean;
}

/** `million returns`, `₹ crore`, `KRW trillion`, `suppliers`, `percent`. */
export function parseUnit(unit: string): Unit {
	if (unit === 'percent') return { currency: '', exponent: 0, noun: '', percent: true };
	const words = unit.split(/\s+/).filter(Boolean);
	const currency = words[0] === '₹' || /^[A-Z]{3}$/.test(words[0] ?? '') ? words.shift()! : '';
	const exponent = MAGNITUDE[words[0] ?? ''];
	if (exponent !== undefined) words.shift();
	return { currency, exponent: exponent ?? 0, noun: words.join(' '), percent: false };
}

/**
 * The decimal text of `value × 10^shift`, from the value's own digits: the shortest text that
 * reads back as the value (JavaScript's own), its point moved, so no float noise creeps in.
 */
export function shiftDecimal(value: number, shift: number): string {
	const [mantissa = '0', exp = '0'] = String(Math.abs(value)).split('e');
	const [int = '0', frac = ''] = mantissa.split('.');
	const digits = int + frac;
	const point = int.length + shift + Number(exp);
	const padded = point < 0 ? '0'.repeat(-point) + digits : digits.padEnd(point, '0');
	const at = Math.max(point, 0);
	const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
	const rest = padded.slice(at).replace(/0+$/, '');
	return (value < 0 ? '-' : '') + (rest ? `${whole}.${rest}` : whole);
}

const decimals = (text: string) => text.split('.')[1]?.length ?? 0;

/** Indian grouping of a decimal text, every digit kept: `1490860.44` → `14,90,860.44`. */
function groupIndianText(text: string): string {
	return groupIndian(Number(text), decimals(text));
}

function groupWesternText(text: string): string {
	return groupWestern(Number(text), decimals(text));
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

/**
 * One figure in its unit, as its country writes it: `46%`, `243,621 suppliers`, `KRW 36.742
 * trillion`, `6.68 crore returns`, `3.22 lakh returns`, `1,40,91,249 taxpayers`, `₹5,40,000 crore`.
 * An Indian count is given in crore or lakh where that takes at most two decimals (as Indian
 * sources write them), otherwise in full.
 */
export function formatFigure(value: number, unit: string, style: NumberStyle): string {
	const u = parseUnit(unit);
	if (u.percent) return `${shiftDecimal(value, 0)}%`;
	if (style === 'indian' && (u.noun || u.currency === '₹')) {
		if (u.currency) {
			const word = Object.keys(MAGNITUDE).find((w) => MAGNITUDE[w] === u.exponent) ?? '';
			return `${u.currency}${groupIndianText(shiftDecimal(value, 0))} ${word}`.trim();
		}
		for (const [word, exponent] of [
			['crore', 7],
			['lakh', 5]
		] as const) {
			const text = shiftDecimal(value, u.exponent - exponent);
			if (Number(text) >= 1 && decimals(text) <= 2)
				return join(groupIndianText(text), word, u.noun);
		}
		return join(groupIndianText(shiftDecimal(value, u.exponent)), u.noun);
	}
	const word = unit
		.split(/\s+/)
		.slice(u.currency ? 1 : 0)
		.join(' ');
	return join(u.currency, groupWesternText(shiftDecimal(value, 0)), word);
}

/** A figure's period as its source gives it: `2012`, `2018-19` (fiscal year), `AY 2023-24`. */
export function periodLabel(row: Pick<SystemMetric, 'year' | 'period'>): string {
	if (row.period === 'fiscal_year') return budgetYearLabel('IND', row.year);
	if (row.period === 'assessment_year') return `AY ${budgetYearLabel('IND', row.year)}`;
	return String(row.year);
}

export interface AxisUnit {
	/** The axis title: the unit its ticks are in (`crore returns`, `₹ crore`, `percent`). */
	title: string;
	/** Multiplies a stored value into the axis's unit. */
	factor: number;
	tick: (v: number) => string;
}

/**
 * The unit a y axis reads in, for figures stored in `unit` that reach `max`: Indian counts in
 * crore or lakh (whichever the largest figure reaches), everything else in its stored unit.
 */
export function axisUnit(unit: string, max: number, style: NumberStyle): AxisUnit {
	const u = parseUnit(unit);
	const western = (v: number) => groupWestern(v, 6);
	if (u.percent) return { title: 'percent', factor: 1, tick: (v) => plainDecimal(v, 6) };
	if (style === 'indian' && u.currency === '₹')
		return { title: unit, factor: 1, tick: (v) => groupIndian(v, 6) };
	if (style === 'indian' && !u.currency && u.noun) {
		const total = max * 10 ** u.exponent;
		const exponent = total >= 1e7 ? 7 : total >= 1e5 ? 5 : 0;
		const word = exponent === 7 ? 'crore' : exponent === 5 ? 'lakh' : '';
		return {
			title: join(word, u.noun),
			factor: 10 ** (u.exponent - exponent),
			tick: (v) => groupIndian(v, 6)
		};
	}
	return { title: unit, factor: 1, tick: western };
}

/**
 * How many of `to`'s units one of `from`'s is (`million users` → `users`: 1,000,000), or null
 * when the two do not measure in the same thing (another currency or noun, or a share).
 */
export function unitFactor(from: string, to: string): number | null {
	const a = parseUnit(from);
	const b = parseUnit(to);
	if (a.percent || b.percent) return a.percent && b.percent ? 1 : null;
	if (a.currency !== b.currency || a.noun !== b.noun) return null;
	return 10 ** (a.exponent - b.exponent);
}
