import { describe, expect, it } from 'vitest';
import type { ChartTable } from '../../src/lib/charts/table';
import type { Source } from '../../src/lib/data/schema';
import { citationBibtex, citationText } from '../../src/lib/export/citation';
import { BOM, escapeFormula, quoteCsv, tableToCsv } from '../../src/lib/export/csv';
import { fileStem, slug } from '../../src/lib/export/names';

const sources: Source[] = [
	{
		source_id: 'idx-un',
		title: 'UN E-Government Survey 2024',
		publisher: 'UN DESA',
		year: 2024,
		url: 'https://example.org/egov',
		accessed: '2026-11-26',
		kind: 'official',
		via: 'GitHub (someone/copy)',
		notes: ''
	},
	{
		source_id: 'kr-yna',
		title: 'Korea ranks 4th, "behind Denmark"',
		publisher: 'Yonhap',
		year: null,
		url: 'https://example.org/yna',
		accessed: '2026-11-26',
		kind: 'press',
		via: '',
		notes: ''
	}
];

describe('escapeFormula', () => {
	it.each([
		['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
		['+cmd', "'+cmd"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tindent', "'\tindent"],
		['\rcr', "'\rcr"],
		['-12.5', '-12.5'],
		['+7', '+7'],
		['-1e3', '-1e3'],
		['Korea', 'Korea'],
		['<script>alert(1)</script>', '<script>alert(1)</script>'],
		['', '']
	])('%j → %j', (input, expected) => {
		expect(escapeFormula(input)).toBe(expected);
	});
});

describe('quoteCsv', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"']
	])('%j → %j', (input, expected) => expect(quoteCsv(input)).toBe(expected));
});

describe('tableToCsv', () => {
	const table: ChartTable = {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'edition', label: 'Edition', numeric: true },
			{ key: 'rank', label: 'Rank', numeric: true },
			{ key: 'note', label: 'Note' }
		],
		rows: [
			{
				cells: { country: 'Korea', edition: 2024, rank: 4, note: '=1+1' },
				source_ids: ['idx-un', 'kr-yna']
			},
			{
				cells: { country: 'India', edition: 2024, rank: null, note: 'भारत, 한국' },
				source_ids: ['idx-un']
			}
		]
	};

	it('writes one fact per row with its evidence and source titles, kinds and URLs, BOM and CRLF, formulas escaped', () => {
		const copy = 'Copy of UN DESA (2024), retrieved from GitHub (someone/copy)';
		expect(tableToCsv(table, sources)).toBe(
			BOM +
				'Country,Edition,Rank,Note,Evidence,Source,Source kind,Source URL\r\n' +
				`Korea,2024,4,'=1+1,"${copy}","UN E-Government Survey 2024; Korea ranks 4th, ""behind Denmark""","official, retrieved from GitHub (someone/copy); press",https://example.org/egov https://example.org/yna\r\n` +
				`India,2024,,"भारत, 한국","${copy}",UN E-Government Survey 2024,"official, retrieved from GitHub (someone/copy)",https://example.org/egov\r\n`
		);
	});
});

describe('file names', () => {
	it.each([
		[['egdi-rank', [2003, 2024]], 'korea-india-egdi-rank-2003-2024'],
		[['egdi-rank', [2024, 2003, 2010]], 'korea-india-egdi-rank-2003-2024'],
		[['budget share', [2015, 2015]], 'korea-india-budget-share-2015'],
		[['phases', []], 'korea-india-phases'],
		[['Türkiye Côte d’Ivoire', [NaN]], 'korea-india-turkiye-cote-d-ivoire']
	] as const)('%j → %s', ([id, years], expected) => {
		expect(fileStem(id, [...years])).toBe(expected);
	});

	it('slugs to lowercase ASCII', () =>
		expect(slug('  EGDI: Rank / Score ')).toBe('egdi-rank-score'));
});

describe('citation', () => {
	const input = {
		title: 'UN E-Government Development Index: rank',
		url: 'https://dash.example/rankings/?mode=rank#chart-egdi-rank',
		sources,
		dataVersion: '2026-11-26 · abc1234',
		accessed: '2026-11-27'
	};

	it('plain text names the chart, dashboard, version, date, permalink and every source', () => {
		expect(citationText(input)).toBe(
			[
				'"UN E-Government Development Index: rank". Korea–India e-government comparison dashboard, data version 2026-11-26 · abc1234. Accessed 2026-11-27. https://dash.example/rankings/?mode=rank#chart-egdi-rank',
				'Underlying sources (2 documents: 1 official, 1 press):',
				'- UN DESA (2024). UN E-Government Survey 2024. Official; retrieved from GitHub (someone/copy), https://example.org/egov',
				'- Yonhap. Korea ranks 4th, "behind Denmark". Press; https://example.org/yna'
			].join('\n')
		);
	});

	it('BibTeX is a @misc entry with escaped specials', () => {
		expect(citationBibtex({ ...input, title: 'Share of 100% & more_x' }, 'egdi-rank')).toBe(
			[
				'@misc{koreaindia-egdi-rank-2026-11-27,',
				'  title        = {{Share of 100\\% \\& more\\_x}},',
				'  howpublished = {Korea–India e-government comparison dashboard},',
				'  note         = {Data version 2026-11-26 · abc1234. Accessed 2026-11-27. Sources: UN DESA, UN E-Government Survey 2024 (retrieved from GitHub (someone/copy)); Yonhap, Korea ranks 4th, "behind Denmark"},',
				'  url          = {https://dash.example/rankings/?mode=rank#chart-egdi-rank},',
				'  urldate      = {2026-11-27}',
				'}'
			].join('\n')
		);
	});
});
