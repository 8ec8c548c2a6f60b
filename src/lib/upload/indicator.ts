import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ChartTable } from '../charts/table';
import { compareCountries, countryName } from '../data/countries';
import type { IndicatorSeries } from './types';

/** One indicator of the uploaded WDI/OWID files, with the countries that have it. */
export interface IndicatorOption {
	code: string;
	name: string;
	countries: string[];
}

/** The indicators in the uploads, in file order; countries Korea, India first. */
export function indicatorOptions(series: readonly IndicatorSeries[]): IndicatorOption[] {
	const byCode = new Map<string, IndicatorOption>();
	for (const s of series) {
		const o = byCode.get(s.code) ?? { code: s.code, name: s.name, countries: [] };
		if (!o.countries.includes(s.country)) o.countries.push(s.country);
		byCode.set(s.code, o);
	}
	for (const o of byCode.values()) o.countries.sort(compareCountries);
	return [...byCode.values()];
}

/** The series of one indicator for the chosen countries, in the chosen order. */
export function chosenSeries(
	series: readonly IndicatorSeries[],
	code: string,
	countries: readonly string[]
): IndicatorSeries[] {
	return [...countries]
		.sort(compareCountries)
		.flatMap((c) => series.filter((s) => s.code === code && s.country === c && s.points.length));
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
export const INDICATOR_HEIGHT = 400;

/** Lines join consecutive years only: a missing year leaves a gap, never a bridge. */
export function indicatorLayout(list: readonly IndicatorSeries[]): IndicatorLayout {
	const width = INDICATOR_WIDTH;
	const height = INDICATOR_HEIGHT;
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
	const xTicks = x
		.ticks(Math.min(10, Math.max(1, yb - ya)))
		.filter(Number.isInteger)
		.map((t) => ({ x: x(t), text: String(t) }));
	const yTicks = y.ticks(5).map((t) => ({ y: y(t), text: String(t) }));
	const lines: IndicatorLayout['lines'] = [];
	const points: IndicatorPoint[] = [];
	const endLabels: IndicatorLayout['endLabels'] = [];
	for (const s of list) {
		const byYear = new Map(s.points);
		const first = s.points[0]![0];
		const last = s.points.at(-1)![0];
		const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
		const d =
			line<number>()
				.defined((yr) => byYear.has(yr))
				.x((yr) => x(yr))
				.y((yr) => y(byYear.get(yr)!))(span) ?? '';
		lines.push({ country: s.country, d });
		for (const [year, value] of s.points)
			points.push({
				key: `${s.country}-${year}`,
				country: s.country,
				year,
				value,
				x: x(year),
				y: y(value),
				name: `${countryName(s.country)}, ${year}: ${value}`
			});
		const [ly, lv] = s.points.at(-1)!;
		endLabels.push({ country: s.country, x: x(ly) + 12, y: y(lv), text: countryName(s.country) });
	}
	// Uploaded countries often end close together: keep their names apart.
	const sorted = [...endLabels].sort((a, b) => a.y - b.y);
	for (let i = 1; i < sorted.length; i++)
		if (sorted[i]!.y - sorted[i - 1]!.y < 20) sorted[i]!.y = sorted[i - 1]!.y + 20;
	return { width, height, x0, x1, y0, y1, xTicks, yTicks, lines, points, endLabels };
}

/** The latest figure of each country, written from the data. */
export function indicatorTakeaway(name: string, list: readonly IndicatorSeries[]): string {
	if (!list.length) return `${name}: no country chosen.`;
	const parts = list.map((s) => {
		const [year, value] = s.points.at(-1)!;
		return `${countryName(s.country)} ${value} (${year})`;
	});
	const top = [...list].sort((a, b) => b.points.at(-1)![1] - a.points.at(-1)![1])[0]!;
	return `${name}, latest year of each country: ${parts.join('; ')}. Highest: ${countryName(top.country)}.`;
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
