import { describe, expect, it } from 'vitest';
import { registerCountryNames } from '../../src/lib/data/countries';
import type { IndexRow } from '../../src/lib/data/schema';
import { spreadLabels } from '../../src/lib/charts/text';
import { egdiPanels } from '../../src/lib/rankings/panels';
import { legendLayout, pickableCountries, pickedRows } from '../../src/lib/rankings/uploaded';
import { extraStyle } from '../../src/lib/rankings/extra-style';

const row = (country: string, edition: number, rank: number, value: number): IndexRow => ({
	country,
	index: 'EGDI',
	edition,
	rank,
	of: null,
	value,
	source_ids: ['upload-1'],
	notes: ''
});
const BY_COUNTRY = new Map<string, IndexRow[]>([
	['EST', [row('EST', 2022, 8, 0.9393), row('EST', 2024, 2, 0.9727)]],
	['TUR', [row('TUR', 2024, 27, 0.9008)]],
	['KOR', [row('KOR', 2024, 4, 0.96789)]]
]);
const COUNTRIES = [
	{ code: 'CIV', name: "Côte d'Ivoire", colourIndex: 0 },
	{ code: 'EST', name: 'Estonia', colourIndex: 1 },
	{ code: 'TUR', name: 'Türkiye', colourIndex: 2 }
];

describe('uploaded countries on /rankings', () => {
	it('offers only countries with rows of the index, never Korea or India', () => {
		expect(pickableCountries(COUNTRIES, BY_COUNTRY).map((c) => c.code)).toEqual(['EST', 'TUR']);
		expect(
			pickableCountries([...COUNTRIES, { code: 'KOR', name: 'Korea', colourIndex: 3 }], BY_COUNTRY)
				.length
		).toBe(2);
	});

	it('lists them by name, not by ISO code (United Kingdom after Hungary though GBR < HUN)', () => {
		const list = [
			{ code: 'HUN', name: 'Hungary', colourIndex: 0 },
			{ code: 'GBR', name: 'United Kingdom', colourIndex: 1 },
			{ code: 'DEU', name: 'Germany', colourIndex: 2 }
		];
		const rows = new Map(list.map((c) => [c.code, [row(c.code, 2024, 10, 0.9)]]));
		expect(pickableCountries(list, rows).map((c) => c.name)).toEqual([
			'Germany',
			'Hungary',
			'United Kingdom'
		]);
	});

	it('merges the picked countries rows, in the picker order, and ignores unknown picks', () => {
		const pickable = pickableCountries(COUNTRIES, BY_COUNTRY);
		expect(
			pickedRows(pickable, ['TUR', 'XXX', 'EST'], BY_COUNTRY).map((r) => [r.country, r.edition])
		).toEqual([
			['EST', 2022],
			['EST', 2024],
			['TUR', 2024]
		]);
		expect(pickedRows(pickable, [], BY_COUNTRY)).toEqual([]);
	});

	it('gives each its palette colour and a shape that is neither a circle nor a square', () => {
		expect(extraStyle(COUNTRIES[0]!)).toMatchObject({ colour: '#007A5E', glyph: '▲' });
		expect(extraStyle(COUNTRIES[1]!)).toMatchObject({ colour: '#8E4F8C', glyph: '◆' });
		// Colour 4 repeats colour 0; its shape does not.
		expect(extraStyle({ code: 'RWA', name: 'Rwanda', colourIndex: 4 })).toMatchObject({
			colour: '#007A5E',
			glyph: '✚'
		});
		expect(extraStyle(COUNTRIES[0]!).symbol).toMatch(/^M/);
	});

	it('draws uploaded rows as one more series with end labels that do not overlap', () => {
		const kor = [row('KOR', 2022, 3, 0.9529), row('KOR', 2024, 4, 0.96789)];
		const { panels } = egdiPanels([...kor, ...BY_COUNTRY.get('EST')!], 'rank');
		const p = panels[0]!;
		expect(p.lines.map((l) => l.country)).toEqual(['KOR', 'EST']);
		expect(p.points.filter((pt) => pt.country === 'EST').map((pt) => pt.name)).toEqual([
			'EST, EGDI 2022: 8th, score 0.9393',
			'EST, EGDI 2024: 2nd, score 0.9727'
		]);
		const [a, b] = p.endLabels.map((e) => e.y).sort((x, y) => x - y);
		expect(b! - a!).toBeGreaterThanOrEqual(20);
	});

	it('leaves room at the right for the longest end label, and the usual room without uploads', () => {
		const kor = [row('KOR', 2022, 3, 0.9529), row('KOR', 2024, 4, 0.96789)];
		const lastX = (rows: IndexRow[]) => egdiPanels(rows, 'rank').panels[0]!.xTicks.at(-1)!.x;
		expect(lastX(kor)).toBe(930);
		registerCountryNames([{ code: 'CIV', name: "Côte d'Ivoire" }]);
		expect(lastX([...kor, row('CIV', 2024, 128, 0.5587)])).toBe(850);
	});

	it('spreads labels closer than the gap and leaves apart ones where they are', () => {
		const labels = [{ y: 100 }, { y: 50 }, { y: 108 }, { y: 300 }];
		spreadLabels(labels, 20);
		expect(labels.map((l) => l.y)).toEqual([100, 50, 120, 300]);
	});

	it('wraps the legend onto a new row when a name would pass the width', () => {
		expect(
			legendLayout(
				[
					{ code: 'EST', name: 'Estonia' },
					{ code: 'TUR', name: 'Türkiye' }
				],
				330,
				1000
			)
		).toEqual({
			items: [
				{ code: 'EST', x: 330, y: 16 },
				{ code: 'TUR', x: 437, y: 16 }
			],
			rows: 1
		});
		expect(legendLayout([{ code: 'X', name: 'x'.repeat(80) }], 330, 1000)).toEqual({
			items: [{ code: 'X', x: 0, y: 42 }],
			rows: 2
		});
	});
});
