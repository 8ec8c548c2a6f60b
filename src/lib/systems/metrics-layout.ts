import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { FONT } from '../charts/theme';
import { textWidth } from '../charts/text';
import type { SystemMetric } from '../data/schema';
import { metricLabel, type MetricSeries } from './metrics';

/**
 * Where everything of a system's usage chart goes: small multiples, one panel per metric, two a
 * row on a desktop (WIDTH), one on a phone (PANEL_W). Pure, so node tests read its geometry.
 */
export const WIDTH = 640;
export const PANEL_W = 300;
const PANEL_H = 200;
const GAP_X = 40;
const GAP_Y = 34;
/** Room above the first row: a panel title's ascenders reach above its 18 px baseline offset. */
const TOP = 4;
const TEXT_PX = FONT.tick;
/** Baselines within a panel: the unit line at 38, the "new definition" label at 58. */
const BREAK_LABEL_Y = 58;
const BREAK_LABEL = 'new definition';
/** A point's value label sits this far above the point. */
const VALUE_ABOVE = 10;
/** The top of the plot: a top point's value label clears the "new definition" label above. */
const PLOT_TOP = BREAK_LABEL_Y + TEXT_PX + VALUE_ABOVE + 1;
/** The line under a slide's panels that says how many metrics it leaves out. */
const NOTE_ROW = 30;

export const formatMetric = (v: number) =>
	Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : String(v);
export const pointName = (p: SystemMetric) =>
	`${metricLabel(p.metric)}, ${p.year}: ${formatMetric(p.value)} ${p.unit}`;

export interface MetricPoint {
	pt: SystemMetric;
	/** Keyboard order across the whole chart. */
	index: number;
	x: number;
	y: number;
	name: string;
	/** Its value label, always shown (the last point, or one of two) or only while active. */
	value: { text: string; y: number; anchor: 'start' | 'middle'; always: boolean };
}

export interface MetricPanel {
	key: string;
	title: { text: string; x: number; y: number };
	unit: { text: string; x: number; y: number };
	zero: { x1: number; x2: number; y: number };
	ticks: { x: number; text: string }[];
	tickY: number;
	breaks: { x: number; y1: number; y2: number }[];
	/** The first break says what it is, left of its line where that fits in the panel. */
	breakLabel: { x: number; y: number; anchor: 'start' | 'end' } | null;
	paths: string[];
	points: MetricPoint[];
}

export interface MetricsLayout {
	width: number;
	height: number;
	panels: MetricPanel[];
	/** On a slide that holds fewer panels than there are metrics: what it leaves out. */
	note: { text: string; y: number } | null;
}

/**
 * On a slide (a box `width` × `height`), as many panels as fit at their own size (text stays at
 * its page size, ≥ 16 px on a projector): the metrics with the most figures, in their order.
 */
export function slidePanels(series: MetricSeries[], width: number, height: number) {
	const cols = Math.max(1, Math.floor((width + GAP_X) / (PANEL_W + GAP_X)));
	const rows = Math.max(1, Math.floor((height - TOP - NOTE_ROW + GAP_Y) / (PANEL_H + GAP_Y)));
	if (series.length <= cols * rows) return { cols, shown: series };
	const keep = new Set(
		[...series].sort((a, b) => b.points.length - a.points.length).slice(0, cols * rows)
	);
	return { cols, shown: series.filter((m) => keep.has(m)) };
}

export function metricsLayout(
	series: MetricSeries[],
	width: number,
	cols: number,
	shown: MetricSeries[] = series
): MetricsLayout {
	const order = new Map(series.flatMap((s) => s.points).map((pt, i) => [pt, i]));
	const panels = shown.map((s, i): MetricPanel => {
		const px = (i % cols) * (PANEL_W + GAP_X);
		const py = TOP + Math.floor(i / cols) * (PANEL_H + GAP_Y);
		const years = s.points.map((p) => p.year);
		const lo = Math.min(...years);
		const hi = Math.max(...years);
		const x = scaleLinear()
			.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
			.range([px + 40, px + PANEL_W - 40]);
		const y = scaleLinear()
			.domain([0, Math.max(...s.points.map((p) => p.value)) || 1])
			.nice(3)
			.range([py + PANEL_H - 30, py + PLOT_TOP]);
		const path = line<SystemMetric>()
			.x((p) => x(p.year))
			.y((p) => y(p.value));
		const first = s.breaks[0];
		const labelW = textWidth(BREAK_LABEL, TEXT_PX);
		const leftOf = first !== undefined && x(first) - 10 - px >= labelW;
		const n = s.points.length;
		return {
			key: s.metric,
			title: { text: metricLabel(s.metric), x: px, y: py + 18 },
			unit: { text: s.unit, x: px, y: py + 38 },
			zero: { x1: px + 30, x2: px + PANEL_W - 20, y: y(0) },
			ticks: (hi === lo ? [lo] : [lo, hi]).map((yr) => ({ x: x(yr), text: String(yr) })),
			tickY: py + PANEL_H - 8,
			breaks: s.breaks.map((b) => ({ x: x(b) - 6, y1: py + 50, y2: y(0) })),
			breakLabel:
				first === undefined
					? null
					: {
							x: leftOf ? x(first) - 10 : x(first) - 2,
							y: py + BREAK_LABEL_Y,
							anchor: leftOf ? 'end' : 'start'
						},
			paths: s.segments.filter((g) => g.length > 1).map((g) => path(g) ?? ''),
			points: s.points.map((pt, k) => ({
				pt,
				index: order.get(pt) ?? -1,
				x: x(pt.year),
				y: y(pt.value),
				name: pointName(pt),
				value: {
					text: formatMetric(pt.value),
					y: y(pt.value) - VALUE_ABOVE,
					anchor: k === 0 && n > 1 ? 'start' : 'middle',
					always: k === n - 1 || n <= 2
				}
			}))
		};
	});
	const left = series.length - shown.length;
	const height = TOP + Math.ceil(shown.length / cols) * (PANEL_H + GAP_Y) + (left ? NOTE_ROW : 0);
	return {
		width,
		height: Math.max(height, 40),
		panels,
		note: left
			? {
					text: `${shown.length} of ${series.length} metrics on this slide: all ${series.length} are on the page and in its CSV.`,
					y: height - 10
				}
			: null
	};
}
