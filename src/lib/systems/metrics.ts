import type { ChartTable } from '../charts/table';
import type { SystemMetric } from '../data/schema';

/** `efiling_share_vat` → `E-filing share vat`. */
export function metricLabel(metric: string): string {
	const text = metric.replace(/_/g, ' ').replace(/\befiling\b/, 'e-filing');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface MetricSeries {
	metric: string;
	unit: string;
	points: SystemMetric[];
	/** Runs of consecutive years with one definition: the only points a line may join. */
	segments: SystemMetric[][];
	/** Years where the definition changes from the previous point. */
	breaks: number[];
	definitions: string[];
}

/** A system's metrics as series; no segment crosses a missing year or a definition change. */
export function metricSeries(rows: SystemMetric[], systemId: string): MetricSeries[] {
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
			metric,
			unit: points[0]!.unit,
			points,
			segments,
			breaks,
			definitions: [...new Set(points.map((p) => p.definition))]
		};
	});
}

export function metricsTable(rows: SystemMetric[]): ChartTable {
	return {
		columns: [
			{ key: 'metric', label: 'Metric' },
			{ key: 'year', label: 'Year', numeric: true },
			{ key: 'value', label: 'Value', numeric: true },
			{ key: 'unit', label: 'Unit' },
			{ key: 'definition', label: 'Definition' }
		],
		rows: rows.map((r) => ({
			cells: {
				metric: metricLabel(r.metric),
				year: r.year,
				value: r.value,
				unit: r.unit,
				definition: r.definition
			},
			source_ids: r.source_ids
		}))
	};
}
