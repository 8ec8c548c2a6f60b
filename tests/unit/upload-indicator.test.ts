import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registerCountryNames } from '../../src/lib/data/countries';
import {
	chosenSeries,
	indicatorLayout,
	indicatorOptions,
	indicatorTable,
	indicatorTakeaway
} from '../../src/lib/upload/indicator';
import { readText } from '../../src/lib/upload/session';

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
				countries: ['KOR', 'IND', 'EST', 'TUR']
			}
		]);
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
