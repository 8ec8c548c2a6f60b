import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryCode, isAggregateName } from '../../src/lib/data/country-codes';
import { readText } from '../../src/lib/upload/ingest/session';
import type { UploadResult } from '../../src/lib/upload/types';

// Issue 21: public downloads as they come, one fixture per cause. Each must import in one step.
const fixture = (name: string) => readFileSync(`tests/fixtures/upload/${name}`, 'utf8');
const read = (name: string) => readText(fixture(name), name);
const messages = (r: UploadResult) =>
	r.groups.flatMap((g) => g.examples.map((p) => `${p.line}:${p.column} ${p.problem}`));

describe('a UN export of 2003', () => {
	const r = read('egov-2003.csv');

	it('imports in one step: its problems are the source’s, reported with line and column', () => {
		expect(r.fatal).toBe(false);
		expect(r.blocking).toBe(false);
		expect(messages(r)).toEqual([
			'5:7 Human Capital Index "1.422" is not an index value; this value is left out, the row\'s other values are kept',
			'6:7 Human Capital Index "1.03" is not an index value; this value is left out, the row\'s other values are kept'
		]);
	});

	it('reads "Georgia (Country)" and keeps Micronesia’s and Tuvalu’s rank and score', () => {
		expect(r.countries.map((c) => c.code)).toEqual(['CIV', 'FSM', 'GEO', 'IND', 'KOR', 'TUV']);
		const egdi = r.data.tables.indices!.filter((x) => x.index === 'EGDI');
		expect(egdi.map((x) => [x.country, x.rank, x.value])).toEqual([
			['KOR', 13, 0.7441],
			['IND', 56, 0.3711],
			['GEO', 94, 0.3146],
			['FSM', 68, 0.2996],
			['TUV', 151, 0.1667],
			['CIV', 150, 0.1712]
		]);
		const fsm = r.data.tables.indices!.filter((x) => x.country === 'FSM').map((x) => x.index);
		expect(fsm).toEqual(['EGDI', 'OSI', 'TII', 'EPI']);
	});

	it('leaves rows with no rank and every index 0 out as not surveyed, never as a score of 0', () => {
		expect(r.data.tables.indices!.some((x) => ['MNE', 'SSD', 'PRK'].includes(x.country))).toBe(
			false
		);
		expect(r.notes).toEqual([
			"Not surveyed in 2003 (no rank and every index 0), left out and never drawn as 0: Montenegro, South Sudan, Korea (Democratic People's Republic of)."
		]);
	});
});

describe('a World Bank API download of 2015', () => {
	const r = read('wdi-2015.csv');

	it('keeps Channel Islands (CHI) and Faeroe Islands as economies, old groups as aggregates', () => {
		expect(r.blocking).toBe(false);
		expect(r.problemCount).toBe(0);
		expect(r.countries).toEqual([
			{ code: 'CHI', name: 'Channel Islands' },
			{ code: 'FRO', name: 'Faroe Islands' },
			{ code: 'IND', name: 'India' },
			{ code: 'KOR', name: 'Korea' },
			{ code: 'XKX', name: 'Kosovo' }
		]);
		expect(r.aggregates).toEqual([
			'High income: OECD',
			'High income: nonOECD',
			'Middle East & North Africa (all income levels)',
			'Euro area'
		]);
		expect(r.data.series.filter((s) => s.country === 'CHI').map((s) => [s.code, s.points])).toEqual(
			[
				[
					'SP.POP.TOTL',
					[
						[2012, 162100],
						[2013, 163200],
						[2014, 164000]
					]
				]
			]
		);
	});
});

describe('a DataBank export with the series columns first', () => {
	const r = read('databank-series-first.csv');

	it('is recognised by its column names, and its blank footer rows are not a country', () => {
		expect(r.formatLabel).toBe('World Bank DataBank export (World Development Indicators)');
		expect(r.problemCount).toBe(0);
		expect(r.unmatched).toEqual([]);
		expect(r.aggregates).toEqual(['World']);
		expect(r.data.series.map((s) => [s.country, s.code, s.points])).toEqual([
			[
				'KOR',
				'IT.NET.USER.ZS',
				[
					[2021, 97.6],
					[2022, 97.2]
				]
			],
			['IND', 'IT.NET.USER.ZS', [[2021, 46.3]]],
			['FRO', 'IT.NET.USER.ZS', [[2021, 97.6]]]
		]);
	});
});

describe('an Our World in Data daily file', () => {
	const r = read('owid-daily.csv');

	it('reads the Day column as dates, "Micronesia (country)" as a country', () => {
		expect(r.formatLabel).toBe('Our World in Data grapher CSV (daily)');
		expect(r.problemCount).toBe(0);
		expect(r.aggregates).toEqual(['World', 'Asia']);
		const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
		expect(r.data.series.map((s) => [s.country, s.period, s.points])).toEqual([
			[
				'IND',
				'day',
				[
					[day('2021-05-06'), 299.5],
					[day('2021-05-07'), 296.8]
				]
			],
			[
				'KOR',
				'day',
				[
					[day('2021-05-06'), 11.9],
					[day('2021-05-07'), 10.4]
				]
			],
			['FSM', 'day', [[day('2021-05-06'), 0]]]
		]);
	});

	it('reports an impossible date with line and column, and keeps the other rows', () => {
		const bad = readText(
			'Entity,Code,Day,Cases\nIndia,IND,2021-02-30,1\nIndia,IND,2021-03-01,2\n',
			'd.csv'
		);
		expect(messages(bad)).toEqual(['2:3 Day "2021-02-30" is not a date; the row is left out']);
		expect(bad.blocking).toBe(false);
		expect(bad.valueCount).toBe(1);
	});
});

describe('country names as the sources write them', () => {
	it.each([
		['Georgia (Country)', 'GEO'],
		["Korea (Democratic People's Republic of)", 'PRK'],
		['Korea (Republic of)', 'KOR'],
		['Congo (Democratic Republic of the)', 'COD'],
		['Tanzania (United Republic of)', 'TZA'],
		['Micronesia (country)', 'FSM'],
		['Faeroe Islands', 'FRO'],
		['Channel Islands', 'CHI'],
		['Atlantis (Country)', null]
	])('%s → %s', (name, code) => {
		expect(countryCode(name)).toBe(code);
	});

	it.each([
		['High income: OECD', true],
		['High income: nonOECD', true],
		['Sub-Saharan Africa (developing only)', true],
		['Africa (WB)', true],
		['Faeroe Islands', false],
		['South Africa', false],
		['Central African Republic', false]
	])('%s is an aggregate: %s', (name, aggregate) => {
		expect(isAggregateName(name)).toBe(aggregate);
	});
});

describe('the user’s own file', () => {
	it('still asks before importing the good rows (its problems are the user’s to decide)', () => {
		const r = readText(fixture('milestones-estonia.csv').replace('2001-12', '20x1-12'), 'm.csv');
		expect(r.problemCount).toBeGreaterThan(0);
		expect(r.blocking).toBe(true);
	});
});
