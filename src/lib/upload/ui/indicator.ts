import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ChartTable } from '../../charts/table';
import { spreadLabels } from '../../charts/text';
import { compareCountries, countryName } from '../../data/countries';
import type { IndicatorOption } from '../store/indicators';
import type { IndicatorSeries } from '../types';
import { packedKey, unpackSeries, type PackedSeries } from '../store/packed';

/** Korea and India, then at most three more: what the chart starts with. */
export function defaultCountries(option: IndicatorOption): string[] {
	const mine = option.countries.filter((c) => c === 'KOR' || c === 'IND');
	const others = option.countries.filter((c) => c !== 'KOR' && c !== 'IND');
	return [...mine, ...others.slice(0, 3)];
}

/**
 * The series of one indicator for the chosen countries, in the chosen order: from the merged
 * list, or (as the worker hands them over) from the packed arrays, building only these.
 */
export function chosenSeries(
	series: readonly IndicatorSeries[] | PackedSeries,
	code: string,
	countries: readonly string[],
	range?: [number, number]
): IndicatorSeries[] {
	const wanted = new Set(countries);
	const found = new Map<string, IndicatorSeries>();
	if (Array.isArray(series)) {
		const [a, b] = range ?? [0, series.length];
		for (let i = a; i < b; i++) {
			const s = series[i]!;
			if (s.code === code && wanted.has(s.country) && s.points.length) found.set(s.country, s);
		}
	} else {
		const p = series as PackedSeries;
		const [a, b] = range ?? [0, p.indicator.length];
		for (let i = a; i < b; i++) {
			const k = packedKey(p, i);
			if (k.code === code && wanted.has(k.country) && p.start[i + 1]! > p.start[i]!)
				found.set(k.country, unpackSeries(p, i));
		}
	}
	return [...countries]
		.sort(compareCountries)
		.flatMap((c) => (found.has(c) ? [found.get(c)!] : []));
}

/**
 * A value as the source gives it, without float noise: WDI's API writes 43.4000015258789 for
 * 43.4. Four significant digits, whole numbers kept whole, thousands separated.
 */
export function formatValue(v: number): string {
	if (!Number.isFinite(v)) return String(v);
	const digits = v === 0 ? 0 : Math.max(0, 3 - Math.floor(Math.log10(Math.abs(v))));
	return v.toLocaleString('en', { maximumFractionDigits: Math.min(digits, 6) });
}

/** A time of a series as a reader writes it: the year, or the day of a daily file. */
export function formatTime(t: number, period: IndicatorSeries['period']): string {
	return period === 'day' ? new Date(t * 86_400_000).toISOString().slice(0, 10) : String(t);
}

export interface IndicatorPoint {
	key: string;
	country: string;
	year: number;
	value: number;
	x: number;
	y: number;
	name: string;
}

export interface IndicatorLayout {
	width: number;
	height: number;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	xTicks: { x: number; text: string }[];
	yTicks: { y: number; text: string }[];
	lines: { country: string; d: string }[];
	points: IndicatorPoint[];
	endLabels: { country: string; x: number; y: number; text: string }[];
}

export const INDICATOR_WIDTH = 1000;
/** Focusable marks drawn at most; past this each series keeps its latest one. */
export const MAX_MARKS = 400;
export const INDICATOR_HEIGHT = 400;

/**
 * Lines join consecutive years only: a missing year leaves a gap, never a bridge. Laid out for
 * `width × height` layout units (a slide's box; the page's 1000 × 400 otherwise).
 */
export function indicatorLayout(
	list: readonly IndicatorSeries[],
	width = INDICATOR_WIDTH,
	height = INDICATOR_HEIGHT
): IndicatorLayout {
	const [x0, x1, y0, y1] = [64, width - 150, 20, height - 36];
	const years = list.flatMap((s) => s.points.map(([y]) => y));
	const values = list.flatMap((s) => s.points.map(([, v]) => v));
	const [ya = 2000, yb = 2024] = extent(years);
	const x = scaleLinear()
		.domain(ya === yb ? [ya - 1, yb + 1] : [ya, yb])
		.range([x0, x1]);
	const [va = 0, vb = 1] = extent(values);
	const y = scaleLinear()
		.domain([Math.min(0, va), vb === Math.min(0, va) ? vb + 1 : vb])
		.nice()
		.range([y1, y0]);
	const period = list[0]?.period;
	const dense = list.reduce((n, s) => n + s.points.length, 0) > MAX_MARKS;
	const xTicks = x
		.ticks(Math.min(period === 'day' ? 6 : 10, Math.max(1, yb - ya)))
		.filter(Number.isInteger)
		.map((t) => ({ x: x(t), text: formatTime(t, period) }));
	const yTicks = y.ticks(5).map((t) => ({ y: y(t), text: formatValue(t) }));
	const lines: IndicatorLayout['lines'] = [];
	const points: IndicatorPoint[] = [];
	const endLabels: IndicatorLayout['endLabels'] = [];
	for (const s of list) {
		// The points in order, with a break wherever a year (or day) is missing: a gap, never a
		// bridge. Walks the points, not every year between (a daily series spans 40,000 days).
		const run: ([number, number] | null)[] = [];
		s.points.forEach((p, i) => {
			if (i > 0 && p[0] - s.points[i - 1]![0] > 1) run.push(null);
			run.push(p);
		});
		const d =
			line<[number, number] | null>()
				.defined((p) => p !== null)
				.x((p) => x(p![0]))
				.y((p) => y(p![1]))(run) ?? '';
		lines.push({ country: s.country, d });
		// A daily file gives thousands of points: each series then keeps a mark (hover, focus, arrow
		// keys) for its latest value only; the table view lists every value.
		const marked = dense ? s.points.slice(-1) : s.points;
		for (const [year, value] of marked)
			points.push({
				key: `${s.country}-${year}`,
				country: s.country,
				year,
				value,
				x: x(year),
				y: y(value),
				name: `${countryName(s.country)}, ${formatTime(year, s.period)}: ${formatValue(value)}`
			});
		const [ly, lv] = s.points.at(-1)!;
		endLabels.push({ country: s.country, x: x(ly) + 12, y: y(lv), text: countryName(s.country) });
	}
	// Uploaded countries often end close together: keep their names apart.
	spreadLabels(endLabels, 20);
	return { width, height, x0, x1, y0, y1, xTicks, yTicks, lines, points, endLabels };
}

/** The latest figure of each country, written from the data. */
export function indicatorTakeaway(name: string, list: readonly IndicatorSeries[]): string {
	if (!list.length) return `${name}: no country chosen.`;
	const parts = list.map((s) => {
		const [year, value] = s.points.at(-1)!;
		return `${countryName(s.country)} ${formatValue(value)} (${formatTime(year, s.period)})`;
	});
	const top = [...list].sort((a, b) => b.points.at(-1)![1] - a.points.at(-1)![1])[0]!;
	const latest = list[0]?.period === 'day' ? 'latest day' : 'latest year';
	return `${name}, ${latest} of each country: ${parts.join('; ')}. Highest: ${countryName(top.country)}.`;
}

export function indicatorTable(list: readonly IndicatorSeries[]): ChartTable {
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'indicator', label: 'Indicator' },
			{ key: 'year', label: 'Year', numeric: true },
			{ key: 'value', label: 'Value', numeric: true }
		],
		rows: list.flatMap((s) =>
			s.points.map(([year, value]) => ({
				cells: { country: countryName(s.country), indicator: s.name, year, value },
				source_ids: [s.source_id]
			}))
		)
	};
}
