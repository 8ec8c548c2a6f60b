import type { ChartTable } from '../charts/table';
import type { SystemMetric } from '../data/schema';
import { formatFigure, numberStyle, periodLabel, type NumberStyle } from './figures';

export interface MetricSeries {
	/** `system_id|metric`: unique across systems, so two systems' series can share a chart. */
	key: string;
	systemId: string;
	metric: string;
	title: string;
	unit: string;
	/** The system's country: its colour and marker, and how its figures are written. */
	country: string;
	style: NumberStyle;
	points: SystemMetric[];
	/** Runs of consecutive years with one definition: the only points a line may join. */
	segments: SystemMetric[][];
	/** Years where the definition changes from the previous point. */
	breaks: number[];
	definitions: string[];
}

/**
 * A system's metrics as series, in the order of the data. A definition is what is measured,
 * without its period (data/README.md), so figures of one definition in consecutive years are one
 * line; no segment crosses a missing year or a change of definition.
 */
export function metricSeries(
	rows: SystemMetric[],
	systemId: string,
	country: string
): MetricSeries[] {
	const byMetric = new Map<string, SystemMetric[]>();
	for (const r of rows)
		if (r.system_id === systemId) byMetric.set(r.metric, [...(byMetric.get(r.metric) ?? []), r]);
	return [...byMetric.entries()].map(([metric, list]) => {
		const points = [...list].sort((a, b) => a.year - b.year);
		const segments: SystemMetric[][] = [];
		const breaks: number[] = [];
		for (const p of points) {
			const seg = segments.at(-1);
			const prev = seg?.at(-1);
			if (prev && prev.definition !== p.definition) breaks.push(p.year);
			if (seg && prev && prev.year + 1 === p.year && prev.definition === p.definition) seg.push(p);
			else segments.push([p]);
		}
		return {
			key: `${systemId}|${metric}`,
			systemId,
			metric,
			title: points[0]!.title,
			unit: points[0]!.unit,
			country,
			style: numberStyle(country),
			points,
			segments,
			breaks,
			definitions: [...new Set(points.map((p) => p.definition))]
		};
	});
}

/** A figure as the chart, its table and its CSV write it: `6.68 crore returns`. */
export const figureText = (p: SystemMetric, style: NumberStyle) =>
	formatFigure(p.value, p.unit, style);

/** What a point says on hover and focus, and to a screen reader: `E-filed …, 2018-19: 6.68 crore returns`. */
export const pointName = (s: MetricSeries, p: SystemMetric, who = '') =>
	`${s.title}${who ? ` — ${who}` : ''}, ${periodLabel(p)}: ${figureText(p, s.style)}`;

/** The rows a usage chart draws, one figure a row, written as the chart writes them. */
export function metricsTable(
	series: MetricSeries[],
	who?: (s: MetricSeries) => string
): ChartTable {
	return {
		columns: [
			...(who ? [{ key: 'system', label: 'System' }] : []),
			{ key: 'metric', label: 'Metric' },
			{ key: 'year', label: 'Year' },
			{ key: 'figure', label: 'Figure', numeric: true },
			{ key: 'value', label: 'Value', numeric: true },
			{ key: 'unit', label: 'Unit' },
			{ key: 'definition', label: 'Definition' },
			{ key: 'notes', label: 'Notes' }
		],
		rows: series.flatMap((s) =>
			s.points.map((r) => ({
				cells: {
					...(who ? { system: who(s) } : {}),
					metric: s.title,
					year: periodLabel(r),
					figure: figureText(r, s.style),
					value: r.value,
					unit: r.unit,
					definition: r.definition,
					notes: r.notes || null
				},
				source_ids: r.source_ids
			}))
		)
	};
}

/** The one-line takeaway of a system's usage chart, from its series. */
export function usageTakeaway(series: MetricSeries[]): string {
	const years = series.flatMap((s) => s.points.map((p) => p.year));
	const n = years.length;
	const span = n ? `, ${Math.min(...years)}–${Math.max(...years)}` : '';
	const joined = series.some((s) => s.segments.some((g) => g.length > 1))
		? '; a line joins the figures of one definition in consecutive years'
		: '';
	const breaks = series.some((s) => s.breaks.length)
		? '; a dashed line marks a change of definition, never joined'
		: '';
	return `${series.length} metric${series.length === 1 ? '' : 's'} with ${n} dated figure${n === 1 ? '' : 's'}${span}${joined}${breaks}.`;
}
