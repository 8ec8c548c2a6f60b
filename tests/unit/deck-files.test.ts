import { describe, expect, it } from 'vitest';
import { nativeCharts } from '../../src/lib/export/native-chart';
import { buildPdf, pdfString } from '../../src/lib/export/pdf';
import type { ChartTable } from '../../src/lib/charts/table';

const row = (cells: Record<string, string | number | null>) => ({ cells, source_ids: [] });

describe('native PowerPoint charts from a chart table', () => {
	const egdi: ChartTable = {
		columns: [],
		rows: [
			row({ country: 'Korea', edition: 2005, rank: 5 }),
			row({ country: 'Korea', edition: 2003, rank: 13 }),
			row({ country: 'India', edition: 2003, rank: 87 }),
			row({ country: 'India', edition: 2005, rank: null })
		]
	};

	it('pivots rows into one series a country, categories in order, a missing figure a gap', () => {
		const [chart] = nativeCharts(
			egdi,
			{
				type: 'line',
				category: 'edition',
				series: ['country'],
				value: 'rank',
				valueTitle: 'Rank',
				reverse: true
			},
			'EGDI rank'
		);
		expect(chart).toEqual({
			type: 'line',
			title: 'EGDI rank',
			categories: ['2003', '2005'],
			series: [
				{ name: 'Korea', colour: '#0072B2', values: [13, 5] },
				{ name: 'India', colour: '#C04F00', values: [87, null] }
			],
			valueTitle: 'Rank',
			reverse: true
		});
	});

	it("gives a country's second series a lighter shade, and one chart a panel", () => {
		const table: ChartTable = {
			columns: [],
			rows: [
				row({ country: 'India', series: 'A', year: '2015-16', share: 0.1, index: 'OSI' }),
				row({ country: 'India', series: 'B', year: '2016-17', share: 0.2, index: 'TII' })
			]
		};
		const charts = nativeCharts(
			table,
			{
				type: 'line',
				category: 'year',
				categoryOf: (c) => String(c.year).slice(0, 4),
				series: ['country', 'series'],
				value: 'share',
				valueTitle: '%',
				panel: 'index'
			},
			'x'
		);
		expect(charts.map((c) => [c.title, c.categories, c.series.map((s) => s.name)])).toEqual([
			['OSI', ['2015'], ['India · A']],
			['TII', ['2016'], ['India · B']]
		]);
		const [both] = nativeCharts(
			table,
			{
				type: 'line',
				category: 'year',
				series: ['country', 'series'],
				value: 'share',
				valueTitle: '%'
			},
			'x'
		);
		expect(both!.series.map((s) => s.colour)).toEqual(['#C04F00', '#d07b40']);
	});
});

describe('the PDF deck writer', () => {
	it('writes text in WinAnsi, escaping brackets and backslashes', () => {
		expect(String.fromCharCode(...pdfString('Rank (1–5) \\ ₹'))).toBe('(Rank \\(1\x965\\) \\\\ ?)');
	});

	it('writes one page a picture, 960 × 540 points for 16:9, with a cross-reference table', () => {
		const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
		const pdf = new TextDecoder('latin1').decode(
			buildPdf(
				[
					{ jpeg, width: 1920, height: 1080, text: ['Slide one'] },
					{ jpeg, width: 1920, height: 1080, text: ['Slide two'] }
				],
				'Deck'
			)
		);
		expect(pdf.startsWith('%PDF-1.4')).toBe(true);
		expect(pdf).toContain('/Count 2');
		expect(pdf.match(/\/MediaBox \[0 0 960 540\]/g)).toHaveLength(2);
		expect(pdf).toContain('(Slide two) Tj');
		// Every object's offset in the xref table points at that object.
		const at = pdf.indexOf('\nxref\n') + 1;
		const xref = pdf.slice(at);
		const offsets = [...xref.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
		expect(offsets).toHaveLength(10);
		offsets.forEach((o, i) =>
			expect(pdf.slice(o, o + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`)
		);
		expect(Number(/startxref\n(\d+)/.exec(pdf)![1])).toBe(at);
	});
});
