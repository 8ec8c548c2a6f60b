import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data/problems';
import { readUpload } from '../../src/lib/upload/ingest/read';
import { readText, UploadSession } from '../../src/lib/upload/ingest/session';
import type { UploadResult } from '../../src/lib/upload/types';

const fixture = (name: string) => readFileSync(`tests/fixtures/upload/${name}`, 'utf8');
const messages = (r: UploadResult) => r.groups.flatMap((g) => g.examples.map(formatProblem));
const read = (text: string, name = 'up.csv') => readText(text, name);

describe('UN E-Government export', () => {
	const result = read(fixture('egov-2024.csv'), 'egov-2024.csv');

	it('is recognised and every row read, despite its quirks', () => {
		expect(result).toMatchObject({
			format: 'egov',
			formatLabel: 'UN E-Government Knowledgebase data-centre export',
			delimiter: 'comma',
			rowsRead: 8,
			rowsGood: 7,
			valueCount: 35,
			problemCount: 0,
			notes: ['1 repeated row (same country, year and values) read once.']
		});
	});

	it('trims trailing spaces, maps UN names with accents, reads 4.0 as rank 4', () => {
		const egdi = result.data.tables.indices!.filter((r) => r.index === 'EGDI');
		expect(egdi.map((r) => [r.country, r.edition, r.value, r.rank])).toEqual([
			['KOR', 2024, 0.96789, 4],
			['IND', 2024, 0.66776, 97],
			['EST', 2024, 0.9727, 2],
			['TUR', 2024, 0.9008, 27],
			['CIV', 2024, 0.5587, 128],
			['KOR', 2022, 0.9529, 3],
			['IND', 2022, 0.5883, 105]
		]);
	});

	it('writes each index as a dashboard indices row citing the upload', () => {
		expect(result.data.tables.indices!.filter((r) => r.country === 'EST')).toEqual(
			(
				[
					['EGDI', 0.9727, 2],
					['OSI', 0.9781, null],
					['HCI', 0.946, null],
					['TII', 0.9939, null],
					['EPI', 0.9178, null]
				] as const
			).map(([index, value, rank]) => ({
				country: 'EST',
				index,
				edition: 2024,
				value,
				rank,
				of: null,
				source_ids: ['upload-egov-2024-0'],
				notes: ''
			}))
		);
	});

	it('locates every problem, lists unmatched names, drops only the bad cells, imports the rest', () => {
		const bad = read(fixture('egov-bad.csv'), 'egov-bad.csv');
		expect(messages(bad)).toEqual([
			'egov-bad.csv:3:2 — country name "Atlantis" matches no country — expected a country name as the UN or the World Bank writes it, or an ISO 3166-1 alpha-3 code',
			'egov-bad.csv:6:2 — country name "<img src=x onerror=alert(1)>" matches no country — expected a country name as the UN or the World Bank writes it, or an ISO 3166-1 alpha-3 code',
			'egov-bad.csv:7:2 — country name "=HYPERLINK("http://example.invalid","x")" matches no country — expected a country name as the UN or the World Bank writes it, or an ISO 3166-1 alpha-3 code',
			'egov-bad.csv:4:3 — E-Government Rank "4.5" is not a rank; this value is left out, the row\'s other values are kept — expected a whole number from 1 (a decimal like 12.0 is read as 12)',
			'egov-bad.csv:5:4 — E-Government Index "0.97x" is not an index value; this value is left out, the row\'s other values are kept — expected a number between 0 and 1'
		]);
		expect(bad.groups.map((g) => [g.title, g.count])).toEqual([
			['country name … matches no country', 3],
			[
				"E-Government Rank … is not a rank; this value is left out, the row's other values are kept",
				1
			],
			[
				"E-Government Index … is not an index value; this value is left out, the row's other values are kept",
				1
			]
		]);
		// The source's own problems: reported, never a reason to hold the rest back.
		expect(bad.blocking).toBe(false);
		expect(bad.unmatched).toEqual([
			{ name: 'Atlantis', line: 3, rows: 1 },
			{ name: '<img src=x onerror=alert(1)>', line: 6, rows: 1 },
			{ name: '=HYPERLINK("http://example.invalid","x")', line: 7, rows: 1 }
		]);
		expect(bad.rowsGood).toBe(3);
		expect(bad.countries.map((c) => c.code)).toEqual(['EST', 'KEN', 'RWA']);
		const rows = bad.data.tables.indices!.map((r) => [r.country, r.index, r.value, r.rank]);
		// Rwanda keeps its scores without the bad rank; Kenya keeps every index but the bad EGDI.
		expect(rows.filter(([c]) => c === 'RWA').slice(0, 2)).toEqual([
			['RWA', 'EGDI', 0.5, null],
			['RWA', 'OSI', 0.5, null]
		]);
		expect(rows.filter(([c]) => c === 'KEN').map(([, i]) => i)).toEqual([
			'OSI',
			'HCI',
			'TII',
			'EPI'
		]);
	});

	it('reports a repeated country and year with other values', () => {
		const text = fixture('egov-2024.csv') + '2024,Estonia,3.0,0.9,0.9,0.9,0.9,0.9\n';
		expect(messages(read(text, 'e.csv'))).toEqual([
			'e.csv:10:2 — Estonia 2024 appears again with other values (first on line 4) — expected one row per country and survey year'
		]);
	});

	it('takes the year from EGOV_DATA_2022.csv when the export has no year column', () => {
		const text = 'Country Name,E-Government Rank,E-Government Index\nIndia,105.0,0.5883\n';
		const r = readText(text, 'EGOV_DATA_2022.csv');
		expect(r.data.tables.indices).toEqual([
			expect.objectContaining({ country: 'IND', index: 'EGDI', edition: 2022, rank: 105 })
		]);
	});

	it('reads a semicolon export with decimal commas', () => {
		const text = fixture('egov-2024.csv')
			.replace(/,/g, ';')
			.replace(/(\d)\.(\d)/g, '$1,$2');
		const r = read(text);
		expect(r.delimiter).toBe('semicolon');
		expect(r.problemCount).toBe(0);
		expect(r.data.tables.indices![0]).toMatchObject({ country: 'KOR', value: 0.96789, rank: 4 });
	});
});

describe('World Bank WDI', () => {
	const result = read(fixture('wdi-internet.csv'), 'wdi-internet.csv');

	it('skips the BOM and preamble, leaves aggregates out with a note, reads the series', () => {
		expect(result).toMatchObject({
			format: 'wdi',
			rowsRead: 7,
			rowsGood: 4,
			valueCount: 14,
			problemCount: 0,
			aggregates: ['World', 'East Asia & Pacific', 'High income'],
			notes: ['3 aggregates (World, regions, income groups) recognised and left out.']
		});
		expect(result.data.series.map((s) => [s.country, s.points])).toEqual([
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
			],
			[
				'EST',
				[
					[2019, 90.2],
					[2020, 89.1],
					[2021, 91],
					[2022, 91.6]
				]
			],
			[
				'TUR',
				[
					[2019, 73.9],
					[2020, 77.7],
					[2021, 81.4],
					[2022, 83.4]
				]
			]
		]);
		expect(result.data.series[0]).toMatchObject({
			code: 'IT.NET.USER.ZS',
			name: 'Individuals using the Internet (% of population)'
		});
	});

	it('reads a DataBank export: `..` for missing, `[YR2020]` columns, footer lines', () => {
		const text = [
			'Country Name,Country Code,Series Name,Series Code,2020 [YR2020],2021 [YR2021]',
			'"Korea, Rep.",KOR,Internet users,IT.NET.USER.ZS,96.5,..',
			'India,IND,Internet users,IT.NET.USER.ZS,x,46.3',
			'',
			'Data from database: World Development Indicators',
			'Last Updated: 06/28/2024'
		].join('\n');
		const r = read(text, 'db.csv');
		expect(r.data.series.map((s) => [s.country, s.points])).toEqual([
			['KOR', [[2020, 96.5]]],
			['IND', [[2021, 46.3]]]
		]);
		expect(messages(r)).toEqual([
			'db.csv:3:5 — 2020 value "x" is not a number; this value is left out, the row\'s other values are kept — expected a number with `.` as decimal point (or `,` in a `;`-separated file), or empty or `..` when missing'
		]);
	});
});

describe('Our World in Data', () => {
	it('reads Entity, Code, Year and values; regions and OWID_ aggregates are left out', () => {
		const r = read(fixture('owid-internet.csv'));
		expect(r).toMatchObject({
			format: 'owid',
			rowsGood: 5,
			aggregates: ['Africa', 'High-income countries', 'World'],
			countries: [
				{ code: 'IND', name: 'India' },
				{ code: 'KOR', name: 'Korea' },
				{ code: 'XKX', name: 'Kosovo' }
			]
		});
		expect(r.data.series.find((s) => s.country === 'KOR')?.points).toEqual([
			[2020, 96.5],
			[2021, 97.6]
		]);
	});

	it('reports a bad year and a bad value with line and column', () => {
		const r = read('Entity,Code,Year,Value\nIndia,IND,20x1,5\nIndia,IND,2021,five\n', 'o.csv');
		expect(messages(r)).toEqual([
			'o.csv:2:3 — Year "20x1" is not a year; the row is left out — expected a whole year such as 2022',
			'o.csv:3:4 — Value "five" is not a number; this value is left out, the row\'s other values are kept — expected a number with `.` as decimal point (or `,` in a `;`-separated file), or empty when missing'
		]);
	});
});

describe("the dashboard's own formats go through parseCsv", () => {
	it('reads milestones of another country', () => {
		const r = read(fixture('milestones-estonia.csv'));
		expect(r.formatLabel).toBe("The dashboard's own milestones.csv format (Milestones)");
		expect(r.data.tables.milestones).toEqual([
			{
				country: 'EST',
				date: '2001-12',
				title: 'X-Road data exchange layer launched',
				category: 'infrastructure',
				description: 'Secure data exchange between state registers',
				system_id: '',
				source_ids: ['est-xroad']
			},
			{
				country: 'EST',
				date: '2002-01',
				title: 'National ID card issued',
				category: 'system',
				description: 'Chip ID card with digital signature',
				system_id: '',
				source_ids: ['est-id']
			}
		]);
	});

	it('reads an indices file with semicolons and decimal commas', () => {
		const r = read(fixture('indices-semicolon.csv'));
		expect(r.data.tables.indices?.map((i) => [i.country, i.value, i.rank])).toEqual([
			['EST', 0.9727, 2],
			['RWA', 0.5, null]
		]);
	});

	it('reports problems with the parser’s own messages', () => {
		const text =
			'country,date,title,category,description,system_id,source_ids\nEST,2002-13,X,law,,,s\n';
		expect(messages(read(text, 'm.csv'))).toEqual([
			'm.csv:2:2 — date "2002-13" is not a valid date — expected a date: YYYY, YYYY-MM or YYYY-MM-DD'
		]);
	});
});

describe('whole-file problems', () => {
	it.each([
		['', 'up.csv:1:1 — the file is empty — expected a header row and data rows'],
		['\n\n', 'up.csv:1:1 — the file is empty — expected a header row and data rows'],
		[
			'a,b,c\n1,2,3\n',
			'up.csv:1:1 — the header "a,b,c" is not one of the formats the dashboard reads'
		],
		[
			'Entity,Code,Year,Value\nIndia,IND,2020,1\nIndia,IND\n',
			'up.csv:3:3 — the row has 2 fields — expected 4 fields, as in the header'
		],
		[
			'Entity,Code,Year,Value\nIndia,IND,2020,"1\n',
			'up.csv:2:1 — a quoted field is never closed — expected a double quote closing every quoted field'
		]
	])('%j', (text, message) => {
		expect(messages(read(text))[0]?.startsWith(message)).toBe(true);
	});

	it('refuses a file above the limit, naming the limit', async () => {
		const big = { size: 151 * 1024 * 1024 } as Blob;
		const r = await readUpload(big, 'huge.csv');
		expect(r.fatal).toBe(true);
		expect(messages(r)).toEqual([
			'huge.csv:1:1 — The file is 151.0 MB; files up to 150.0 MB can be read. Split it or keep only the rows you need. — expected a file of at most 150.0 MB'
		]);
	});
});

describe('streaming', () => {
	const texts = ['egov-2024.csv', 'wdi-internet.csv', 'owid-internet.csv', 'egov-bad.csv'].map(
		fixture
	);
	const inChunks = (text: string, cuts: number[]) => {
		const s = new UploadSession('up.csv', text.length, 'utf-8', 0);
		let at = 0;
		for (const cut of [...cuts].sort((a, b) => a - b)) {
			s.push(text.slice(at, cut));
			at = cut;
		}
		s.push(text.slice(at));
		return s.finish();
	};

	it('gives the same result however the text is cut into chunks', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...texts),
				fc.array(fc.nat(1000), { maxLength: 12 }),
				(text, cuts) => {
					expect(
						inChunks(
							text,
							cuts.map((c) => c % (text.length + 1))
						)
					).toEqual(read(text));
				}
			)
		);
	});

	it('keeps a quoted newline inside its cell across chunks and counts lines after it', () => {
		const text = 'Entity,Code,Year,Value\n"North\nland",NNN,2020,1\nIndia,IND,20x0,1\n';
		const r = inChunks(text, [25, 30]);
		expect(messages(r)).toEqual([
			'up.csv:2:1 — country name "North↵land" matches no country — expected a country name as the UN or the World Bank writes it, or an ISO 3166-1 alpha-3 code',
			'up.csv:4:3 — Year "20x0" is not a year; the row is left out — expected a whole year such as 2022'
		]);
	});
});

describe('never throws on any text', () => {
	const header = fc.constantFrom(
		'Entity,Code,Year,Value\n',
		'Survey Year,Country Name,E-Government Rank,E-Government Index\n',
		'Country Name,Country Code,Indicator Name,Indicator Code,2020,2021\n',
		'country,date,title,category,description,system_id,source_ids\n',
		''
	);
	const cell = fc.oneof(
		fc.string(),
		fc.constantFrom('India', 'IND', '2020', '0.5', '"', '""', ';', '\t', '\r\n', '..', '=1+1')
	);
	const row = fc.array(cell, { maxLength: 8 }).map((cells) => cells.join(',') + '\n');

	it('yields rows or located problems for random and mutated CSV', () => {
		fc.assert(
			fc.property(header, fc.array(row, { maxLength: 10 }), (h, rows) => {
				const r = read(h + rows.join(''));
				expect(r.rowsGood > 0 || r.problemCount > 0 || r.rowsRead === 0 || r.notes.length > 0).toBe(
					true
				);
				for (const p of r.groups.flatMap((g) => g.examples)) {
					expect(p.line).toBeGreaterThanOrEqual(1);
					expect(p.column).toBeGreaterThanOrEqual(1);
					expect(p.expected).not.toBe('');
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('survives arbitrary unicode', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				expect(() => read(text)).not.toThrow();
			}),
			{ numRuns: 300 }
		);
	});
});
