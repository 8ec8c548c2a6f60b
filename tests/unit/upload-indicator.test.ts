import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registerCountryNames } from '../../src/lib/data/countries';
import {
	chosenSeries,
	defaultCountries,
	formatTime,
	formatValue,
	indicatorLayout,
	indicatorTable,
	indicatorTakeaway
} from '../../src/lib/upload/ui/indicator';
import { indicatorOptions } from '../../src/lib/upload/store/indicators';
import { readText } from '../../src/lib/upload/ingest/session';

const wdi = readText(
	readFileSync('tests/fixtures/upload/wdi-internet.csv', 'utf8'),
	'wdi-internet.csv',
	'utf-8',
	1
);
const series = wdi.data.series;
registerCountryNames(wdi.countries);
const CODE = 'IT.NET.USER.ZS';

describe('indicator chart of uploaded series', () => {
	it('lists the indicators with their countries, Korea and India first, no aggregates', () => {
		expect(indicatorOptions(series)).toEqual([
			{
				code: CODE,
				name: 'Individuals using the Internet (% of population)',
				label: 'Individuals using the Internet (% of population)',
				countries: ['KOR', 'IND', 'EST', 'TUR']
			}
		]);
	});

	it('sorts indicators by name and tells two of the same name apart by their code', () => {
		const s = (code: string, name: string) => ({
			code,
			name,
			country: 'KOR',
			points: [[2020, 1]] as [number, number][],
			source_id: 'x'
		});
		const options = indicatorOptions([
			s('SP.POP.TOTL', 'Population, total'),
			s('IT.NET.USER.ZS', 'Internet users'),
			s('IT.NET.USER.P2', 'Internet users')
		]);
		expect(options.map((o) => o.label)).toEqual([
			'Internet users (IT.NET.USER.P2)',
			'Internet users (IT.NET.USER.ZS)',
			'Population, total'
		]);
	});

	it('starts with Korea, India and at most three more countries', () => {
		expect(
			defaultCountries({
				code: 'x',
				name: 'x',
				label: 'x',
				countries: ['KOR', 'IND', 'ARG', 'BRA', 'CHL', 'DEU', 'EST']
			})
		).toEqual(['KOR', 'IND', 'ARG', 'BRA', 'CHL']);
	});

	it.each([
		[43.4000015258789, '43.4'],
		[96.19999694824219, '96.2'],
		[0.123456, '0.1235'],
		[51_606_633, '51,606,633'],
		[1234.56, '1,235'],
		[0, '0'],
		[-2.5, '-2.5']
	])('writes %d as the source gives it: %s', (v, text) => {
		expect(formatValue(v)).toBe(text);
	});

	it('keeps one mark per series when a daily file would draw thousands', () => {
		const day = (n: number) => ({
			code: 'c',
			name: 'Cases',
			country: n === 0 ? 'KOR' : 'IND',
			period: 'day' as const,
			points: Array.from({ length: 300 }, (_, i) => [18_000 + i, i] as [number, number]),
			source_id: 's'
		});
		const layout = indicatorLayout([day(0), day(1)]);
		expect(layout.points.map((p) => p.name)).toEqual([
			'Korea, 2020-02-07: 299',
			'India, 2020-02-07: 299'
		]);
		expect(layout.lines).toHaveLength(2);
	});

	it('writes a daily series’ time as a date', () => {
		expect(formatTime(18_753, 'day')).toBe('2021-05-06');
		expect(formatTime(2021, undefined)).toBe('2021');
	});

	it('keeps a missing year as a gap: India has no 2019 and no 2022', () => {
		const list = chosenSeries(series, CODE, ['IND', 'KOR']);
		expect(list.map((s) => [s.country, s.points])).toEqual([
			[
				'KOR',
				[
					[2019, 96.2],
					[2020, 96.5],
					[2021, 97.6],
					[2022, 97.2]
				]
			],
			[
				'IND',
				[
					[2020, 43.4],
					[2021, 46.3]
				]
			]
		]);
		const layout = indicatorLayout(list);
		expect(layout.points.map((p) => p.name)).toEqual([
			'Korea, 2019: 96.2',
			'Korea, 2020: 96.5',
			'Korea, 2021: 97.6',
			'Korea, 2022: 97.2',
			'India, 2020: 43.4',
			'India, 2021: 46.3'
		]);
		// One segment each: M … L … (no second M).
		expect(layout.lines.map((l) => (l.d.match(/M/g) ?? []).length)).toEqual([1, 1]);
		expect(layout.xTicks.map((t) => t.text)).toEqual(['2019', '2020', '2021', '2022']);
	});

	it('breaks the line where a year inside the span is missing', () => {
		const gap = [
			{
				...series[0]!,
				points: [
					[2019, 1],
					[2020, 2],
					[2022, 4]
				] as [number, number][]
			}
		];
		expect((indicatorLayout(gap).lines[0]!.d.match(/M/g) ?? []).length).toBe(2);
	});

	it('writes the takeaway and the table from the data', () => {
		const list = chosenSeries(series, CODE, ['KOR', 'IND', 'EST']);
		expect(indicatorTakeaway('Internet users (%)', list)).toBe(
			'Internet users (%), latest year of each country: Korea 97.2 (2022); India 46.3 (2021); Estonia 91.6 (2022). Highest: Korea.'
		);
		const table = indicatorTable(list);
		expect(table.rows).toHaveLength(10);
		expect(table.rows.at(-1)).toEqual({
			cells: {
				country: 'Estonia',
				indicator: 'Individuals using the Internet (% of population)',
				year: 2022,
				value: 91.6
			},
			source_ids: [wdi.id]
		});
	});
});
