import { describe, expect, it } from 'vitest';
import {
	parseNumber,
	readNumberCell,
	type NumberRules
} from '../../src/lib/upload/ingest/adapters/number';
import { readText } from '../../src/lib/upload/ingest/session';

const COMMA: NumberRules = { decimalComma: false };
const SEMICOLON: NumberRules = { decimalComma: true };
const WDI: NumberRules = { decimalComma: false, missing: ['..'] };
const RULES = { COMMA, SEMICOLON, WDI };

describe('readNumberCell: one reader for the number cells of every public format', () => {
	it.each([
		// Numbers: `.` decimal point, sign, exponent, spaces around.
		['0.9727', 'COMMA', 0.9727],
		['12.0', 'COMMA', 12],
		['-3', 'COMMA', -3],
		['1e3', 'COMMA', 1000],
		['2.5E-2', 'COMMA', 0.025],
		['.5', 'COMMA', 0.5],
		['5.', 'COMMA', 5],
		[' 43.4 ', 'COMMA', 43.4],
		['\t7\t', 'COMMA', 7],
		// A `;`-separated file takes a decimal comma, and still a decimal point.
		['0,9727', 'SEMICOLON', 0.9727],
		['-1,5', 'SEMICOLON', -1.5],
		['1.5', 'SEMICOLON', 1.5],
		['1,234', 'SEMICOLON', 1.234],
		// Missing: empty, and WDI's `..`.
		['', 'COMMA', null],
		['   ', 'COMMA', null],
		['', 'WDI', null],
		['..', 'WDI', null],
		[' .. ', 'WDI', null],
		// Anything else is not a number: reported, the cell left out.
		['..', 'COMMA', 'bad'],
		['..', 'SEMICOLON', 'bad'],
		['n/a', 'COMMA', 'bad'],
		['N/A', 'WDI', 'bad'],
		['NA', 'WDI', 'bad'],
		['-', 'WDI', 'bad'],
		['...', 'WDI', 'bad'],
		['NaN', 'COMMA', 'bad'],
		['Infinity', 'COMMA', 'bad'],
		['+5', 'COMMA', 'bad'],
		['0,9727', 'COMMA', 'bad'],
		['1,234', 'COMMA', 'bad'],
		['1,234.5', 'COMMA', 'bad'],
		['1,234.5', 'SEMICOLON', 'bad'],
		['1.234,5', 'SEMICOLON', 'bad'],
		['1,234,5', 'SEMICOLON', 'bad'],
		['1 234', 'COMMA', 'bad'],
		[',5', 'SEMICOLON', 'bad'],
		['5,', 'SEMICOLON', 'bad'],
		['1,2e3', 'SEMICOLON', 'bad'],
		['12%', 'COMMA', 'bad'],
		['$5', 'COMMA', 'bad'],
		['0x10', 'COMMA', 'bad'],
		['1_000', 'COMMA', 'bad'],
		['abc', 'WDI', 'bad']
	] as const)('%j (%s) → %j', (raw, rules, expected) => {
		expect(readNumberCell(raw, RULES[rules])).toBe(expected);
	});
});

describe('parseNumber', () => {
	it.each([
		['0.9727', false, 0.9727],
		['12.0', false, 12],
		['-3', false, -3],
		['1e3', false, 1000],
		['0,9727', true, 0.9727],
		['0,9727', false, null],
		['1,234,5', true, null],
		['abc', true, null],
		['', true, null],
		[' 5 ', false, 5]
	])('%j (decimal comma %s) → %s', (raw, comma, value) => {
		expect(parseNumber(raw, comma)).toBe(value);
	});
});

/** A header and a row without its value cell, in each public format. */
const FILES = {
	un: [
		['Survey Year', 'Country Name', 'E-Government Rank', 'E-Government Index'],
		['2024', 'Estonia', '2']
	],
	wdi: [
		['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', '2020'],
		['Estonia', 'EST', 'Internet users', 'IT.NET.USER.ZS']
	],
	owid: [
		['Entity', 'Code', 'Year', 'Internet users'],
		['Estonia', 'EST', '2020']
	]
};

/** One value cell read by a format's adapter: the value kept, or why none was. */
function cellIn(format: keyof typeof FILES, cell: string, d: string): number | string {
	const [header, row] = FILES[format];
	const r = readText(`${header!.join(d)}\n${[...row!, cell].join(d)}\n`, `${format}.csv`);
	const value = r.data.tables.indices?.[0]?.value ?? r.data.series[0]?.points[0]?.[1];
	if (value !== undefined) return value;
	return r.problemCount > 0 ? 'problem' : 'missing';
}

describe('every adapter reads its value cells through readNumberCell', () => {
	it.each([
		['0.5', ',', 0.5, 0.5, 0.5],
		[' 0.5 ', ',', 0.5, 0.5, 0.5],
		['5e-1', ',', 0.5, 0.5, 0.5],
		['', ',', 'missing', 'missing', 'missing'],
		['..', ',', 'problem', 'missing', 'problem'],
		['n/a', ',', 'problem', 'problem', 'problem'],
		['"0,5"', ',', 'problem', 'problem', 'problem'],
		['0,5', ';', 0.5, 0.5, 0.5],
		['0.5', ';', 0.5, 0.5, 0.5]
	])('%j in a %j-separated file: UN %j, WDI %j, OWID %j', (cell, d, un, wdi, owid) => {
		expect([cellIn('un', cell, d), cellIn('wdi', cell, d), cellIn('owid', cell, d)]).toEqual([
			un,
			wdi,
			owid
		]);
	});
});
