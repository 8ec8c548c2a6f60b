import { describe, expect, it } from 'vitest';
import { seriesShapes, shapeGlyph } from '../../src/lib/budget/layout';
import type { BudgetRow } from '../../src/lib/data/schema';

const row = (country: string, series: string, year: number) =>
	({ country, series, year }) as unknown as BudgetRow;

describe('budget series markers', () => {
	it('give each series family of a country its own shape, the earliest its country’s', () => {
		const shapes = seriesShapes([
			row('IND', 'ind-it-ministry-total', 2015),
			row('IND', 'ind-dit-egov', 2006),
			row('IND', 'ind-digital-india', 2016),
			row('KOR', 'kor-central-2004', 2004)
		]);
		// A catalogued id goes by its family (the IT ministry total is 'ind-ministry'), others are their
		// own; India's earliest (2006) keeps the square.
		expect(Object.fromEntries(shapes)).toEqual({
			'IND|ind-dit-egov': 0,
			'IND|ind-ministry': 1,
			'IND|ind-digital-india': 2,
			'KOR|kor-central-2004': 0
		});
		expect([0, 1, 2].map((s) => shapeGlyph('IND', s))).toEqual(['■', '▲', '◆']);
		expect(shapeGlyph('KOR', 0)).toBe('●');
	});
});
