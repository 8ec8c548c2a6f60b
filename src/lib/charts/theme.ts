/**
 * The look of every chart, defined once. SVG charts read it as CSS custom properties (`themeVars`
 * on the chart root, used by the rules in ChartSvg.svelte); canvases read the same object, so the
 * two renderers cannot drift. Change a colour or a size here and every chart follows.
 */
export const COLOUR = {
	/** Text, zero lines, reference lines, rings of actual figures. */
	ink: '#1b1f27',
	/** Tick labels, legends, neutral marks (a gap between the countries). */
	inkSoft: '#3d4451',
	/** Secondary text: notes, hints, phase keys. */
	muted: '#4a5261',
	grid: '#e3e6eb',
	/** A decade's grid line on the timeline. */
	gridMajor: '#c4cad3',
	/** Leaders from a label to its mark. */
	leader: '#9aa1ad',
	/** Fill of hollow marks, halos under labels. */
	paper: '#ffffff',
	/** Background of the timeline's overview strip. */
	panel: '#f1f3f6',
	/** Keyboard focus and the timeline's selection window. */
	focus: '#1a5fb4',
	/** A chart row under the pointer, and the row that is open. */
	rowHover: '#f1f4f8',
	rowSelected: '#e6eef8'
} as const;

/** Font sizes in px (layout units: a chart scaled to its box keeps these proportions). */
export const FONT = {
	tick: 16,
	label: 15,
	title: 18,
	small: 14
} as const;

export const STROKE = {
	grid: 1,
	zero: 1.5,
	/** A country's series line. */
	line: 3,
	/** Outline of a mark. */
	mark: 2.5,
	/** A label's white halo (painted under its fill). */
	halo: 4,
	focus: 3
} as const;

export const DASH = {
	/** India's lines. */
	india: '8 5',
	/** Lines of countries from the user's own data. */
	extra: '2 5',
	crosshair: '4 3',
	/** The timeline's year 0 in aligned mode. */
	zero: '4 3',
	/** The 1% claim. */
	reference: '8 4 2 4',
	/** A break between two definitions of a series. */
	seriesBreak: '3 3'
} as const;

export const MARK = {
	/** Korea's circle. */
	radius: 6.5,
	/** Half the side of India's square. */
	half: 6,
	/** Area (px²) of an uploaded country's d3 symbol, about a circle's. */
	symbolArea: 150,
	/** Invisible ring that takes the pointer and shows keyboard focus. */
	hit: 13,
	/** Ring around an actual (not budgeted) figure. */
	ring: 11,
	/** The dashed ring of a figure with no official or research source, just outside the mark. */
	weak: 10.5
} as const;

/** The dashed ring around a figure with no official or research source, in every chart. */
export const WEAK_CUE = {
	strokeDasharray: '3 2.5',
	strokeWidth: 1.75,
	stroke: COLOUR.inkSoft
} as const;

/** `{ fooBar: 1 }` as `--prefix-foo-bar:1<unit>` declarations, for a chart root's `style`. */
export function cssVars(
	prefix: string,
	values: Record<string, string | number>,
	unit = ''
): string[] {
	return Object.entries(values).map(
		([k, v]) =>
			`--${prefix}-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${v}${typeof v === 'number' ? unit : ''}`
	);
}

/** The theme as CSS custom properties, for a chart root's `style`. */
export const themeVars = [
	...cssVars('chart', COLOUR),
	...cssVars('chart-font', FONT, 'px'),
	...cssVars('chart-stroke', STROKE),
	...cssVars('chart-dash', DASH)
].join(';');

/**
 * One colour per country everywhere (Okabe–Ito based, colour-blind safe; each ≥ 4.5:1 on white so
 * it also works for text). Uploaded countries take the next colours in order.
 */
export const COUNTRY_COLOURS: Record<string, string> = {
	KOR: '#0072B2',
	IND: '#C04F00'
};

export const EXTRA_COLOURS = ['#007A5E', '#8E4F8C', '#6B6B00', '#2F4B7C'] as const;

export function countryColour(code: string, index = 0): string {
	return COUNTRY_COLOURS[code] ?? EXTRA_COLOURS[index % EXTRA_COLOURS.length]!;
}

/**
 * Shapes beyond Korea's circle and India's square, a second cue beside colour: uploaded
 * countries' marks, and a country's second and later budget series. Five shapes over four colours: two
 * uploaded countries that share a colour never share a shape. The paths are d3-shape's
 * triangle, diamond, star, wye and cross at MARK.symbolArea, written out so that the pages that
 * draw no uploaded country do not load d3-shape for them (tests/unit/chart-theme.test.ts checks they match).
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

/** How a country is drawn: colour, marker shape and line dash, the same in every chart. */
export interface CountryStyle {
	code: string;
	colour: string;
	/** SVG path of the marker, centred on 0,0. */
	marker: string;
	/** Glyph of the same shape, for text outside the SVG. */
	glyph: string;
	/** `stroke-dasharray` of its lines (undefined: solid). */
	dash: string | undefined;
	/** Uploaded countries' dotted lines need round caps to show their dots. */
	linecap: 'round' | undefined;
}

const r = MARK.radius;
const h = MARK.half;
const CIRCLE = `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
const SQUARE = `M${-h},${-h}h${2 * h}v${2 * h}h${-2 * h}Z`;

const KOREA: CountryStyle = {
	code: 'KOR',
	colour: COUNTRY_COLOURS.KOR!,
	marker: CIRCLE,
	glyph: '●',
	dash: undefined,
	linecap: undefined
};
const INDIA: CountryStyle = {
	code: 'IND',
	colour: COUNTRY_COLOURS.IND!,
	marker: SQUARE,
	glyph: '■',
	dash: DASH.india,
	linecap: undefined
};

/**
 * Korea a solid line and circles, India a dashed line and squares. Any other country (from the
 * user's own data) is drawn with `uploadedStyle` (rankings/uploaded.ts), which gives it a shape.
 */
export function countryStyle(code: string): CountryStyle {
	return code === 'IND'
		? INDIA
		: code === 'KOR'
			? KOREA
			: { ...KOREA, code, colour: countryColour(code), dash: DASH.extra, linecap: 'round' };
}
