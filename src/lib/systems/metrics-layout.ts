import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { thinTicks } from '../charts/axis';
import { FONT } from '../charts/theme';
import { textWidth, wrapToWidth } from '../charts/text';
import type { SystemMetric } from '../data/schema';
import { axisUnit, formatFigure, parseUnit, periodLabel, type AxisUnit } from './figures';
import { pointName, type MetricSeries } from './metrics';

/**
 * Where everything of a usage chart goes: small multiples, one panel per metric (or per metric
 * both countries measure the same way, with both series), two a row on a desktop (WIDTH), one on
 * a phone (PANEL_W). Each panel has its own y axis in its unit. Pure, so node tests read it.
 */
export const WIDTH = 640;
export const PANEL_W = 300;
const GAP_X = 40;
const GAP_Y = 34;
/** Room above the first row: a panel title's ascenders reach above its baseline offset. */
const TOP = 4;
const TEXT_PX = FONT.tick;
const TITLE_PX = FONT.title;
const TITLE_LINE = 22;
/** Baseline of the axis title, below the last title line. */
const AXIS_TITLE_BELOW = 22;
/** A legend row (comparison panels): marker and name, in the country's colour. */
const LEGEND_ROW = 22;
const BREAK_LABEL = 'new definition';
/** A point's value label sits this far above the point. */
const VALUE_ABOVE = 10;
/** Height of the plot, top tick to zero line. */
const PLOT_H = 120;
/** Below the zero line: the year labels. */
const X_AXIS_H = 30;
/** Between the tick labels' right edge and the plot, and inside the plot's ends for marks. */
const TICK_GAP = 8;
const MARK_PAD = 14;
/** Room kept between a value label and the panel's right edge. */
const EDGE = 3;
/** The line under a slide's panels that says how many metrics it leaves out. */
const NOTE_ROW = 30;

/** What a panel draws: its title, its axis unit and the series in it. */
export interface PanelSpec {
	key: string;
	title: string;
	axis: AxisUnit;
	/** Each series with the factor that takes its stored values into the axis unit. */
	series: { s: MetricSeries; factor: number; who?: string }[];
	/**
	 * A comparison: its series are named in a legend (Korea's system, India's) and labelled in
	 * the panel's unit, so both read on one scale.
	 */
	legend: boolean;
}

/** One panel per metric of a system, each on an axis in its own unit. */
export function systemPanels(series: MetricSeries[]): PanelSpec[] {
	return series.map((s) => {
		const axis = axisUnit(s.unit, Math.max(...s.points.map((p) => p.value)), s.style);
		return {
			key: s.key,
			title: s.title,
			axis,
			series: [{ s, factor: axis.factor }],
			legend: false
		};
	});
}

export interface MetricPoint {
	pt: SystemMetric;
	key: string;
	/** Keyboard order across the whole chart. */
	index: number;
	x: number;
	y: number;
	name: string;
	/** Its figure, shown where it cannot collide with another (`always`), else on hover and focus. */
	value: { text: string; x: number; y: number; always: boolean };
	/** What shows on hover and focus: the period and the figure. */
	active: { text: string; x: number; y: number };
}

export interface PanelSeries {
	key: string;
	country: string;
	paths: string[];
	points: MetricPoint[];
}

export interface MetricPanel {
	key: string;
	title: { lines: string[]; x: number; y: number; lineHeight: number };
	axisTitle: { text: string; x: number; y: number };
	legend: { key: string; country: string; text: string; x: number; y: number }[];
	plot: { x1: number; x2: number; top: number; bottom: number };
	yTicks: { y: number; text: string }[];
	labelX: number;
	ticks: { x: number; text: string }[];
	tickY: number;
	breaks: { x: number; y1: number; y2: number }[];
	/** The first break says what it is, left of its line where that fits in the panel. */
	breakLabel: { x: number; y: number; anchor: 'start' | 'end' } | null;
	series: PanelSeries[];
}

export interface MetricsLayout {
	width: number;
	height: number;
	panels: MetricPanel[];
	/** On a slide that holds fewer panels than there are metrics: what it leaves out. */
	note: { text: string; y: number } | null;
}

const figures = (p: PanelSpec) => p.series.reduce((n, x) => n + x.s.points.length, 0);

/**
 * On a slide (a box `width` × `height`), as many panels as fit at their own size (text stays at
 * its page size, ≥ 16 px on a projector): the metrics with the most figures, in their order.
 */
export function slidePanels(panels: PanelSpec[], width: number, height: number) {
	const cols = Math.max(1, Math.floor((width + GAP_X) / (PANEL_W + GAP_X)));
	const tallest = Math.max(...panels.map((p) => headerHeight([p])), 0) + PLOT_H + X_AXIS_H;
	const rows = Math.max(1, Math.floor((height - TOP - NOTE_ROW + GAP_Y) / (tallest + GAP_Y)));
	if (panels.length <= cols * rows) return { cols, shown: panels };
	const keep = new Set([...panels].sort((a, b) => figures(b) - figures(a)).slice(0, cols * rows));
	return { cols, shown: panels.filter((p) => keep.has(p)) };
}

const titleLines = (p: PanelSpec) => wrapToWidth(p.title, PANEL_W, TITLE_PX, 700);
const hasBreak = (p: PanelSpec) => p.series.some((x) => x.s.breaks.length > 0);

/** From a panel's top to its plot's top: title, axis title, legend, break label, value labels. */
function headerHeight(row: PanelSpec[]): number {
	const lines = Math.max(...row.map((p) => titleLines(p).length));
	const legend = row.some((p) => p.legend) ? LEGEND_ROW * 2 : 0;
	const breakRow = row.some(hasBreak) ? TEXT_PX + 6 : 0;
	return (
		18 + (lines - 1) * TITLE_LINE + AXIS_TITLE_BELOW + legend + breakRow + TEXT_PX + VALUE_ABOVE + 4
	);
}

/**
 * A label's text left edge that keeps all of it inside [left, right], with a little room: the
 * browser's bold figures come out a pixel wider than the font's advance widths add up to.
 */
function fitInside(x: number, w: number, left: number, right: number): number {
	return Math.min(Math.max(x - w / 2, left), right - w - EDGE);
}

/**
 * The figure written short beside its mark, the axis giving the unit: in a comparison, in the
 * axis's unit (so both countries' labels read on one scale); else as its source writes it
 * (`6.68 crore` on a crore axis), or the bare number where the axis is in the stored unit.
 */
function shortFigure(p: SystemMetric, s: MetricSeries, spec: PanelSpec, factor: number): string {
	const u = parseUnit(s.unit);
	if (u.percent) return formatFigure(p.value, s.unit, s.style);
	if (spec.legend) return spec.axis.tick(p.value * factor);
	if (spec.axis.title === s.unit && factor === 1) return spec.axis.tick(p.value);
	const full = formatFigure(p.value, s.unit, s.style);
	return u.noun && full.endsWith(` ${u.noun}`) ? full.slice(0, -u.noun.length - 1) : full;
}

/** Year labels under a panel: the periods as their sources give them when all agree. */
function yearText(points: SystemMetric[], year: number): string {
	const periods = new Set(points.map((p) => p.period));
	const [only] = periods;
	return periods.size === 1 && only ? periodLabel({ year, period: only }) : String(year);
}

export function metricsLayout(
	panels: PanelSpec[],
	width: number,
	cols: number,
	shown: PanelSpec[] = panels
): MetricsLayout {
	const order = new Map(
		panels.flatMap((p) => p.series.flatMap((x) => x.s.points)).map((pt, i) => [pt, i])
	);
	const rows: PanelSpec[][] = [];
	shown.forEach((p, i) => (rows[Math.floor(i / cols)] ??= []).push(p));
	const out: MetricPanel[] = [];
	let py = TOP;
	for (const row of rows) {
		const header = headerHeight(row);
		row.forEach((spec, k) => out.push(panel(spec, k * (PANEL_W + GAP_X), py, header, order)));
		py += header + PLOT_H + X_AXIS_H + GAP_Y;
	}
	const left = panels.length - shown.length;
	const height = py - GAP_Y + (left ? NOTE_ROW : 0);
	return {
		width,
		height: Math.max(height, 40),
		panels: out,
		note: left
			? {
					text: `${shown.length} of ${panels.length} metrics on this slide: all ${panels.length} are on the page and in its CSV.`,
					y: height - 10
				}
			: null
	};
}

function panel(
	spec: PanelSpec,
	px: number,
	py: number,
	header: number,
	order: Map<SystemMetric, number>
): MetricPanel {
	const lines = titleLines(spec);
	const axisTitleY = py + 18 + (lines.length - 1) * TITLE_LINE + AXIS_TITLE_BELOW;
	const all = spec.series.flatMap((x) => x.s.points);
	const years = all.map((p) => p.year);
	const lo = Math.min(...years);
	const hi = Math.max(...years);
	const top = py + header;
	const bottom = top + PLOT_H;
	const max = Math.max(...spec.series.flatMap((x) => x.s.points.map((p) => p.value * x.factor)));
	const y = scaleLinear()
		.domain([0, max || 1])
		.nice(4)
		.range([bottom, top]);
	const tickValues = y.ticks(4);
	const labelW = Math.max(...tickValues.map((t) => textWidth(spec.axis.tick(t), TEXT_PX)));
	const x1 = px + labelW + TICK_GAP;
	const x2 = px + PANEL_W;
	const yearTicks = [...new Set(years)].sort((a, b) => a - b);
	// The first and last years' labels are centred on their marks: the marks stand in far enough
	// for both labels to stay inside the panel.
	const half = (yr: number) => textWidth(yearText(all, yr), TEXT_PX) / 2 + 1;
	const x = scaleLinear()
		.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
		.range(
			lo === hi
				? [x1 + MARK_PAD, x2 - MARK_PAD]
				: [Math.max(x1 + MARK_PAD, px + half(lo)), x2 - Math.max(MARK_PAD, half(hi))]
		);
	const ticks = thinTicks(
		yearTicks.map((yr) => ({ x: x(yr), text: yearText(all, yr) })),
		TEXT_PX,
		{ left: px, right: x2 }
	);

	// Value labels: each series' last figure, and every figure of a series of one or two, where
	// its label touches no label already placed; the rest show on hover and focus.
	const placed: { l: number; r: number; y: number }[] = [];
	const free = (l: number, r: number, yy: number) =>
		placed.every((b) => r + 4 <= b.l || l >= b.r + 4 || Math.abs(yy - b.y) >= TEXT_PX + 1);
	const series = spec.series.map(({ s, factor, who }): PanelSeries => {
		const path = line<SystemMetric>()
			.x((p) => x(p.year))
			.y((p) => y(p.value * factor));
		const n = s.points.length;
		return {
			key: s.key,
			country: s.country,
			paths: s.segments.filter((g) => g.length > 1).map((g) => path(g) ?? ''),
			points: s.points.map((pt, k) => {
				const px0 = x(pt.year);
				const py0 = y(pt.value * factor);
				const text = shortFigure(pt, s, spec, factor);
				const w = textWidth(text, TEXT_PX, 700);
				const lx = fitInside(px0, w, x1, x2);
				const ly = py0 - VALUE_ABOVE;
				const wanted = k === n - 1 || n <= 2;
				const always = wanted && free(lx, lx + w, ly);
				if (always) placed.push({ l: lx, r: lx + w, y: ly });
				const activeText = `${periodLabel(pt)}: ${formatFigure(pt.value, s.unit, s.style)}`;
				const aw = textWidth(activeText, TEXT_PX, 700);
				return {
					pt,
					key: `${s.key}|${pt.year}`,
					index: order.get(pt) ?? -1,
					x: px0,
					y: py0,
					name: pointName(s, pt, who),
					value: { text, x: lx, y: ly, always },
					active: { text: activeText, x: fitInside(px0, aw, x1, x2), y: ly }
				};
			})
		};
	});

	const breakYears = spec.series.flatMap((x) => x.s.breaks);
	const first = breakYears[0];
	const breakLabelY = top - TEXT_PX - VALUE_ABOVE - 4;
	const room = first !== undefined && x(first) - 10 - px >= textWidth(BREAK_LABEL, TEXT_PX);
	const legendY = axisTitleY + LEGEND_ROW;
	return {
		key: spec.key,
		title: { lines, x: px, y: py + 18, lineHeight: TITLE_LINE },
		axisTitle: { text: spec.axis.title, x: px, y: axisTitleY },
		legend: spec.legend
			? spec.series.map((x, i) => ({
					key: x.s.key,
					country: x.s.country,
					text: x.who ?? x.s.country,
					x: px,
					y: legendY + i * LEGEND_ROW - 5
				}))
			: [],
		plot: { x1, x2, top, bottom },
		yTicks: tickValues.map((t) => ({ y: y(t), text: spec.axis.tick(t) })),
		labelX: x1 - TICK_GAP,
		ticks,
		tickY: bottom + X_AXIS_H - 8,
		breaks: breakYears.map((b) => ({ x: x(b) - 6, y1: breakLabelY + 6, y2: bottom })),
		breakLabel:
			first === undefined
				? null
				: {
						x: room ? x(first) - 10 : x(first) - 2,
						y: breakLabelY,
						anchor: room ? 'end' : 'start'
					},
		series
	};
}
