import {
	countryColour,
	countryStyle,
	DASH,
	EXTRA_SHAPES,
	type CountryStyle as Style
} from '../charts/theme';
import type { ExtraCountry } from './uploaded';

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
