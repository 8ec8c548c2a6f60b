import { quote } from './problems.ts';
import { type Column } from './schema.ts';
import { TYPE_DESCRIPTIONS } from './columns.ts';

/** Either the typed value of a cell, or why it is not one. */
export type CellResult =
	{ ok: true; value: unknown } | { ok: false; problem: string; expected: string };

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const YEAR = /^\d{4}$/;
const ID = /^[a-z0-9][a-z0-9_-]*$/;
const COUNTRY = /^[A-Z]{3}$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar day or month. */
export function isPartialDate(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const [, y, mo, d] = m;
	if (mo === undefined) return true;
	const month = Number(mo);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth;
}

function expectedFor(column: Column): string {
	if (column.type === 'enum' && column.allowed) return `one of ${column.allowed.join(', ')}`;
	return TYPE_DESCRIPTIONS[column.type];
}

/** Converts one (already trimmed) cell to its typed value, or says why it cannot. */
export function convertCell(column: Column, raw: string): CellResult {
	const expected = expectedFor(column);
	if (raw === '') {
		if (column.required) return { ok: false, problem: `${column.name} is empty`, expected };
		const empty =
			column.type === 'list' || column.type === 'ids' ? [] : isNumeric(column) ? null : '';
		return { ok: true, value: empty };
	}
	const bad = (what: string): CellResult => ({
		ok: false,
		problem: `${column.name} ${quote(raw)} is not ${what}`,
		expected
	});
	switch (column.type) {
		case 'text':
			return { ok: true, value: raw };
		case 'id':
			return ID.test(raw) ? { ok: true, value: raw } : bad('a valid id');
		case 'integer':
			return INTEGER.test(raw) ? { ok: true, value: Number(raw) } : bad('a whole number');
		case 'number':
			return NUMBER.test(raw) ? { ok: true, value: Number(raw) } : bad('a number');
		case 'year':
			return YEAR.test(raw) ? { ok: true, value: Number(raw) } : bad('a year');
		case 'date':
			return isPartialDate(raw) ? { ok: true, value: raw } : bad('a valid date');
		case 'country':
			return COUNTRY.test(raw) ? { ok: true, value: raw } : bad('a country code');
		case 'url':
			return isHttpUrl(raw) ? { ok: true, value: raw } : bad('an http(s) URL');
		case 'enum':
			return column.allowed?.includes(raw) ? { ok: true, value: raw } : bad('an allowed value');
		case 'list':
			return {
				ok: true,
				value: raw
					.split(';')
					.map((s) => s.trim())
					.filter((s) => s !== '')
			};
		case 'ids': {
			const items = raw.split(';').map((s) => s.trim());
			const wrong = items.find((s) => !ID.test(s));
			if (wrong !== undefined) {
				return {
					ok: false,
					problem: `${column.name} has an invalid entry ${quote(wrong)}`,
					expected
				};
			}
			return { ok: true, value: items };
		}
	}
}

function isNumeric(column: Column): boolean {
	return column.type === 'integer' || column.type === 'number' || column.type === 'year';
}

function isHttpUrl(raw: string): boolean {
	try {
		const url = new URL(raw);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}
