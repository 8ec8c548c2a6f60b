import { COLOUR, countryColour } from '$lib/charts/theme';
import type { ChartTable } from '$lib/charts/table';

/**
 * How a chart's table becomes a native, editable PowerPoint chart: which column gives the
 * categories (x), which the series and which the values. The chart is built from the rows
 * "Download CSV" writes, so the slide and the file never disagree.
 */
export interface NativeRecipe {
	/** `list`: no chart but each series' rows as lines of text, side by side (dated milestones). */
	type: 'line' | 'bar' | 'list';
	/** Column of the x categories (an edition, a year, a function). */
	category: string;
	/** The category of a row when the column's text is not it (India's "2015-16" is 2015). */
	categoryOf?: (cells: Record<string, string | number | null>) => string | null;
	/** Columns whose values together name a series ("Korea", "India · DIT allocation"). */
	series: string[];
	/** Column of the plotted number. */
	value: string;
	/** Axis title for the values. */
	valueTitle: string;
	/** One small chart per value of this column (the sub-indices). */
	panel?: string;
	/** Ranks: 1st at the top. */
	reverse?: boolean;
}

export interface NativeSeries {
	name: string;
	/** `#rrggbb`, from the country it belongs to. */
	colour: string;
	/** One per category; null where the table has no figure (a gap, never 0). */
	values: (number | null)[];
	/** A `list`: the series' rows as text, `<category> <value>` each, in the table's order. */
	items?: string[];
}

export interface NativeChart {
	type: 'line' | 'bar' | 'list';
	title: string;
	categories: string[];
	series: NativeSeries[];
	valueTitle: string;
	reverse: boolean;
}

const COUNTRY_CODES: Record<string, 'KOR' | 'IND'> = { Korea: 'KOR', India: 'IND' };

/** A country's later series get lighter shades of its colour, so lines stay told apart. */
function shade(hex: string, step: number): string {
	if (step === 0) return hex;
	const mix = Math.min(0.6, 0.25 * step);
	const n = parseInt(hex.slice(1), 16);
	const ch = [16, 8, 0].map((s) => Math.round(((n >> s) & 255) * (1 - mix) + 255 * mix));
	return `#${ch.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function colourFor(name: string, seen: Map<string, number>): string {
	const country = COUNTRY_CODES[name.split(' · ')[0]!];
	const base = country ? countryColour(country) : COLOUR.muted;
	const key = country ?? 'other';
	const step = seen.get(key) ?? 0;
	seen.set(key, step + 1);
	return shade(base, step);
}

function sortCategories(values: string[]): string[] {
	const numeric = values.every((v) => /^-?\d+(\.\d+)?$/.test(v));
	return numeric ? [...values].sort((a, b) => Number(a) - Number(b)) : values;
}

function pivot(table: ChartTable, recipe: NativeRecipe, title: string): NativeChart {
	const categories: string[] = [];
	const byName = new Map<string, Map<string, number>>();
	for (const { cells } of table.rows) {
		const cat = recipe.categoryOf ? recipe.categoryOf(cells) : cells[recipe.category];
		if (cat === null || cat === undefined) continue;
		const c = String(cat);
		if (!categories.includes(c)) categories.push(c);
		const name = recipe.series.map((k) => cells[k] ?? '').join(' · ') || recipe.valueTitle;
		const values = byName.get(name) ?? new Map<string, number>();
		byName.set(name, values);
		const v = cells[recipe.value];
		if (typeof v === 'number' && Number.isFinite(v) && !values.has(c)) values.set(c, v);
	}
	const ordered = sortCategories(categories);
	const seen = new Map<string, number>();
	return {
		type: recipe.type,
		title,
		categories: ordered,
		series: [...byName].map(([name, values]) => ({
			name,
			colour: colourFor(name, seen),
			values: ordered.map((c) => values.get(c) ?? null)
		})),
		valueTitle: recipe.valueTitle,
		reverse: recipe.reverse ?? false
	};
}

/** Each series' rows as lines of text (`1996 Information Disclosure Act promulgated`). */
function list(table: ChartTable, recipe: NativeRecipe, title: string): NativeChart {
	const byName = new Map<string, string[]>();
	for (const { cells } of table.rows) {
		const name = recipe.series.map((k) => cells[k] ?? '').join(' · ');
		const text = [cells[recipe.category], cells[recipe.value]].filter((v) => v !== null).join(' ');
		byName.set(name, [...(byName.get(name) ?? []), text]);
	}
	const seen = new Map<string, number>();
	return {
		type: 'list',
		title,
		categories: [],
		series: [...byName].map(([name, items]) => ({
			name,
			colour: colourFor(name, seen),
			values: [],
			items
		})),
		valueTitle: recipe.valueTitle,
		reverse: false
	};
}

/** The chart (or, with `panel`, one chart per panel) a recipe makes of a table. */
export function nativeCharts(
	table: ChartTable,
	recipe: NativeRecipe,
	title: string
): NativeChart[] {
	if (recipe.type === 'list') return [list(table, recipe, title)];
	if (!recipe.panel) return [pivot(table, recipe, title)];
	const key = recipe.panel;
	const panels = [...new Set(table.rows.map((r) => String(r.cells[key] ?? '')))];
	// A panel with no figure (a country's gap row) is no chart.
	return panels
		.map((p) =>
			pivot(
				{ ...table, rows: table.rows.filter((r) => String(r.cells[key] ?? '') === p) },
				recipe,
				p
			)
		)
		.filter((c) => c.categories.length > 0);
}
