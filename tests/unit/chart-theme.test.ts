import {
	symbol,
	symbolCross,
	symbolDiamond,
	symbolStar,
	symbolTriangle,
	symbolWye
} from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { MARK, countryStyle, themeVars } from '../../src/lib/charts/theme';
import { EXTRA_SHAPES } from '../../src/lib/charts/theme';
import { uploadedStyle } from '../../src/lib/rankings/extra-style';

describe('chart theme', () => {
	it("writes out d3-shape's symbols exactly", () => {
		const d3 = [symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross];
		expect(EXTRA_SHAPES.map((s) => s.path)).toEqual(d3.map((t) => symbol(t, MARK.symbolArea)()));
	});

	it.each([
		['KOR', 0, '#0072B2', '●', undefined],
		['IND', 0, '#C04F00', '■', '8 5'],
		['EST', 0, '#007A5E', '▲', '2 5'],
		['FIN', 1, '#8E4F8C', '◆', '2 5'],
		// Five shapes over four colours: the fifth country shares the first colour, not its shape.
		['SGP', 4, '#007A5E', '✚', '2 5']
	])('draws %s (extra %i) in %s with %s and dash %s', (code, i, colour, glyph, dash) => {
		const s = code === 'KOR' || code === 'IND' ? countryStyle(code) : uploadedStyle(code, i);
		expect([s.colour, s.glyph, s.dash]).toEqual([colour, glyph, dash]);
	});

	it('gives every token to CSS as a custom property', () => {
		expect(themeVars).toContain('--chart-grid:#e3e6eb');
		expect(themeVars).toContain('--chart-font-tick:16px');
		expect(themeVars).toContain('--chart-dash-reference:8 4 2 4');
		expect(themeVars).not.toMatch(/undefined|NaN/);
	});
});
