import { countryColour, countryStyle, DASH, type CountryStyle as Style } from '../charts/theme';
import type { ExtraCountry } from './uploaded';

/**
 * Shapes of uploaded countries, a second cue beside colour. Five shapes over four colours: two
 * uploaded countries that share a colour never share a shape. The paths are d3-shape's
 * triangle, diamond, star, wye and cross at MARK.symbolArea, written out so that the pages that
 * draw no uploaded country do not load d3-shape for them (tests/unit/rankings-uploaded.test.ts checks they match).
 */
export const EXTRA_SHAPES = [
	{ name: 'triangle', glyph: '▲', path: 'M0,-10.746L9.306,5.373L-9.306,5.373Z' },
	{ name: 'diamond', glyph: '◆', path: 'M0,-11.398L6.58,0L0,11.398L-6.58,0Z' },
	{
		name: 'star',
		glyph: '★',
		path: 'M0,-11.559L2.595,-3.572L10.994,-3.572L4.199,1.364L6.795,9.352L0,4.415L-6.795,9.352L-4.199,1.364L-10.994,-3.572L-2.595,-3.572Z'
	},
	{
		name: 'wye',
		glyph: 'Y',
		path: 'M3.305,1.908L3.305,8.518L-3.305,8.518L-3.305,1.908L-9.03,-1.397L-5.725,-7.121L0,-3.816L5.725,-7.121L9.03,-1.397Z'
	},
	{
		name: 'cross',
		glyph: '✚',
		path: 'M-8.216,-2.739L-2.739,-2.739L-2.739,-8.216L2.739,-8.216L2.739,-2.739L8.216,-2.739L8.216,2.739L2.739,2.739L2.739,8.216L-2.739,8.216L-2.739,2.739L-8.216,2.739Z'
	}
] as const;

/** How an uploaded country is drawn: the next extra colour and shape, a dotted line. */
export function uploadedStyle(code: string, index: number): Style {
	const shape = EXTRA_SHAPES[index % EXTRA_SHAPES.length]!;
	return {
		code,
		colour: countryColour(code, index),
		marker: shape.path,
		glyph: shape.glyph,
		dash: DASH.extra,
		linecap: 'round'
	};
}

/** An uploaded country's style with its name, for legends and pickers. */
export interface CountryStyle {
	name: string;
	colour: string;
	/** SVG path of the marker, centred on 0,0 (Korea is a circle and India a square: not these). */
	symbol: string;
	/** Glyph of the same shape, for text outside the SVG. */
	glyph: string;
}

export function extraStyle(c: ExtraCountry): CountryStyle {
	const style = uploadedStyle(c.code, c.colourIndex);
	return { name: c.name, colour: style.colour, symbol: style.marker, glyph: style.glyph };
}

export function extraStyles(list: readonly ExtraCountry[]): Record<string, CountryStyle> {
	return Object.fromEntries(list.map((c) => [c.code, extraStyle(c)]));
}

/**
 * How any country is drawn in a chart of the committed and uploaded data: Korea and India as
 * everywhere, an uploaded country with its own colour and shape from `extras`.
 */
export function drawStyle(code: string, extras: Record<string, CountryStyle>): Style {
	const extra = extras[code];
	if (!extra) return countryStyle(code);
	return {
		code,
		colour: extra.colour,
		marker: extra.symbol,
		glyph: extra.glyph,
		dash: DASH.extra,
		linecap: 'round'
	};
}
