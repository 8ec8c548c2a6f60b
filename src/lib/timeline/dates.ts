import type { PartialDate } from '../data/schema';

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
export const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number) => (isLeap(y) ? 366 : 365);

function parts(date: PartialDate): [number, number | null, number | null] {
	const [y, m, d] = date.split('-').map(Number);
	return [y!, m ?? null, d ?? null];
}

/**
 * The span of time a partial date stands for, as fractional years: `2002` is [2002, 2003),
 * `2002-04` is April, `2002-04-01` that day. Marks sit at the middle of it, so a year-only date
 * is not drawn as if it happened on 1 January.
 */
export function dateSpan(date: PartialDate): [number, number] {
	const [y, m, d] = parts(date);
	if (m === null) return [y, y + 1];
	if (d === null) return [y + (m - 1) / 12, y + m / 12];
	const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
	return [y + dayOfYear / daysIn(y), y + (dayOfYear + 1) / daysIn(y)];
}

/** Where a mark sits on a year axis: the middle of its date's span. */
export function dateToYear(date: PartialDate): number {
	const [a, b] = dateSpan(date);
	return (a + b) / 2;
}

/** The calendar year of a partial date. */
export function yearOf(date: PartialDate): number {
	return parts(date)[0];
}

/** `2002`, `April 2002`, `28 March 2001`: the date at the precision the source gives. */
export function formatDate(date: PartialDate): string {
	const [y, m, d] = parts(date);
	if (m === null) return String(y);
	if (d === null) return `${MONTHS[m - 1]} ${y}`;
	return `${d} ${MONTHS[m - 1]} ${y}`;
}
