import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { compareCountries, countryName } from '../data/countries';
import type { BudgetRow } from '../data/schema';
import { seriesInfo } from './catalogue';
import { amountUnit, plainDecimal } from './money';
import { textWidth, wrapToWidth } from '../charts/text';
import { countryStyle, EXTRA_SHAPES } from '../charts/theme';
import { CURRENCY_TEXT } from './convert';
import {
	budgetLines,
	LOCAL,
	pointName,
	rowValue,
	seriesBreaks,
	STATUS_ORDER,
	type BudgetMode,
	type Money,
	type SeriesBreak
} from './series';

export const WIDTH = 1000;
/** Below this width the legend takes two more rows and the year ticks go every four years. */
export const NARROW_BELOW = 600;
const M = { top: 56, right: 24, bottom: 44, left: 84 };

export interface PlacedPoint {
	key: string;
	row: BudgetRow;
	x: number;
	y: number;
	name: string;
	/** Its marker: 0 its country's (● Korea, ■ India), k an extra shape (see seriesShapes). */
	shape: number;
}

export interface Panel {
	/** `null` in share mode (both countries share one axis). */
	country: string | null;
	top: number;
	height: number;
	yTitle: string;
	yTicks: { y: number; text: string }[];
	lines: { key: string; country: string; status: BudgetRow['status']; d: string }[];
	points: PlacedPoint[];
	breaks: (SeriesBreak & { x: number; y: number })[];
	/** Names of series where they start (a break or a first year), placed clear of the marks. */
	labels: PlacedLabel[];
	/** The 1% reference line, share mode only. */
	reference: number | null;
}

export interface BudgetLayout {
	width: number;
	height: number;
	xTicks: { x: number; text: string }[];
	panels: Panel[];
	/** Every point of every panel, in keyboard order: by year, then top to bottom. */
	points: PlacedPoint[];
	/** True for a phone-width layout: legend in three rows. */
	narrow: boolean;
	/** Baseline of the year labels. */
	xAxisY: number;
	/** The reference line's label, wrapped to the width. */
	referenceLines: string[];
	/** Where that label starts: beside the line on a desktop; on a phone, under the axis with a
	 * sample of the line, where it leaves the plot to the series labels. */
	referenceText: { x: number; y: number } | null;
}

export interface PlacedLabel {
	key: string;
	country: string;
	x: number;
	y: number;
	anchor: 'start' | 'end';
	text: string;
}

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}
/** The series labels' size and weight (BudgetChart's `.start`), for measuring them. */
const labelWidth = (text: string) => textWidth(text, 15, 600);

/** How much of `b` lies over `a`, in square units. */
const overlapArea = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
	Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** A label's height above and below its baseline (BudgetChart's 15 px semibold), and the gap kept. */
const LABEL_ASCENT = 14;
const LABEL_DESCENT = 4;
const LABEL_GAP = 2;
/** How far a label may be moved up or down from its preferred spot when every spot is taken. */
const NUDGE_STEP = LABEL_ASCENT + LABEL_DESCENT + LABEL_GAP;

/**
 * Puts each label next to its mark, measured (text.ts), on the first side that covers no mark
 * and no label already placed. Where every side is taken it keeps off the labels first: the side
 * that covers the fewest marks, then the same sides moved up or down a line at a time. No label
 * is dropped and, while the plot has room, none touches another.
 */
export function placeLabels(
	wanted: { key: string; country: string; x: number; y: number; text: string }[],
	marks: { x: number; y: number }[],
	bounds: { left: number; right: number; top: number; bottom: number }
): PlacedLabel[] {
	const markBoxes: Box[] = marks.map((m) => ({
		x0: m.x - 9,
		x1: m.x + 9,
		y0: m.y - 9,
		y1: m.y + 9
	}));
	const labelBoxes: Box[] = [];
	const offsets: [number, number, 'start' | 'end'][] = [
		[10, -16, 'start'],
		[-10, -16, 'end'],
		[10, 30, 'start'],
		[-10, 30, 'end'],
		[10, -40, 'start'],
		[10, 54, 'start'],
		// Further above, and starting at the break line: where the marks crowd (a phone, a slide).
		[-10, -40, 'end'],
		[-4, -44, 'start'],
		[-4, -68, 'start']
	];
	const maxNudge = Math.ceil((bounds.bottom - bounds.top) / NUDGE_STEP);
	return wanted.map((w) => {
		const width = labelWidth(w.text);
		// Beside the mark on the offset's side, slid back inside the plot where it would cross an edge.
		const box = ([dx, , anchor]: (typeof offsets)[number], dy: number): Box => {
			const want = anchor === 'start' ? w.x + dx : w.x + dx - width;
			const x0 = Math.max(bounds.left, Math.min(want, bounds.right - width));
			const y = w.y + dy;
			return { x0, x1: x0 + width, y0: y - LABEL_ASCENT, y1: y + LABEL_DESCENT };
		};
		const inside = (b: Box) =>
			b.x0 >= bounds.left && b.x1 <= bounds.right && b.y0 >= bounds.top && b.y1 <= bounds.bottom;
		const markCover = (b: Box) => markBoxes.reduce((sum, t) => sum + overlapArea(t, b), 0);
		// A label keeps LABEL_GAP from the others, so two never touch.
		const hitsLabel = (b: Box) =>
			labelBoxes.some(
				(t) =>
					overlapArea(
						{
							x0: t.x0 - LABEL_GAP,
							x1: t.x1 + LABEL_GAP,
							y0: t.y0 - LABEL_GAP,
							y1: t.y1 + LABEL_GAP
						},
						b
					) > 0
			);
		let choice: { o: (typeof offsets)[number]; shift: number } | null = null;
		let cost = Infinity;
		// Shifts 0, +1, −1, +2, −2 … lines: the nearest spot that covers no mark, and of those the
		// one slid least from its mark; failing that, the fewest marks covered.
		for (let n = 0; n <= 2 * maxNudge; n++) {
			const shift = (n % 2 === 1 ? 1 : -1) * Math.ceil(n / 2) * NUDGE_STEP;
			for (const o of offsets) {
				const b = box(o, o[1] + shift);
				if (!inside(b) || hitsLabel(b)) continue;
				const want = o[2] === 'start' ? w.x + o[0] : w.x + o[0] - width;
				const c = markCover(b) * 1e6 + Math.abs(b.x0 - want);
				if (c < cost) {
					cost = c;
					choice = { o, shift };
				}
			}
			if (cost < 1e6) break;
		}
		// Crowded out of every spot near its mark (a phone with every series on): the free line of
		// the plot nearest the mark, beside it.
		if (!choice) {
			let best = Infinity;
			for (let y = bounds.top + LABEL_ASCENT; y + LABEL_DESCENT <= bounds.bottom; y += 2) {
				const b = box(offsets[0]!, y - w.y);
				if (!hitsLabel(b) && Math.abs(y - w.y) < best) {
					best = Math.abs(y - w.y);
					choice = { o: offsets[0]!, shift: y - w.y - offsets[0]![1] };
				}
			}
		}
		const { o, shift } = choice ?? { o: offsets[0]!, shift: 0 };
		const placed = box(o, o[1] + shift);
		labelBoxes.push(placed);
		// Anchored at the side it is held by (its mark, or the edge it was slid to), so the text's
		// own width, were it off by a pixel, never pushes it into the mark.
		const want = o[2] === 'start' ? w.x + o[0] : w.x + o[0] - width;
		const y = w.y + o[1] + shift;
		if (placed.x0 === want) return { ...w, x: w.x + o[0], y, anchor: o[2] };
		return placed.x0 > want
			? { ...w, x: placed.x0, y, anchor: 'start' as const }
			: { ...w, x: placed.x1, y, anchor: 'end' as const };
	});
}

/** `● Break 2008: restated`; where that is wider than the plot, `● Break 2008` or `● restated`. */
function fitText(glyph: string, brk: string | undefined, name: string, room: number): string {
	const full = `${glyph} ${brk ? `${brk}: ${name}` : name}`;
	if (labelWidth(full) <= room) return full;
	return `${glyph} ${brk ?? name}`;
}

/** Where the reference line's label starts under the line (BudgetChart draws it there). */
const REFERENCE_X = 92;
const REFERENCE_DY = 22;
/** How far a point's ink reaches from its centre: BudgetChart's weak-source ring (r 15) and stroke. */
const MARK_INK = 16;

/**
 * Each series family of a country its own marker, so India's lines can be told apart without
 * hovering: the earliest family shown takes the country's own shape, the next ones ▲ ◆ ★ ….
 * Keyed by `country|family`.
 */
export function seriesShapes(rows: readonly BudgetRow[]): Map<string, number> {
	const shapes = new Map<string, number>();
	const next = new Map<string, number>();
	for (const r of [...rows].sort((a, b) => a.year - b.year)) {
		const key = `${r.country}|${seriesInfo(r.series).family}`;
		if (shapes.has(key)) continue;
		const n = next.get(r.country) ?? 0;
		shapes.set(key, n);
		next.set(r.country, n + 1);
	}
	return shapes;
}

/** A series' glyph for text beside its line: the shape its marks have. */
export function shapeGlyph(country: string, shape: number): string {
	return shape === 0
		? countryStyle(country).glyph
		: EXTRA_SHAPES[(shape - 1) % EXTRA_SHAPES.length]!.glyph;
}

const pointKey = (r: BudgetRow) => `${r.country}|${r.series}|${r.status}|${r.year}`;

export function budgetLayout(
	rows: BudgetRow[],
	mode: BudgetMode,
	width = WIDTH,
	referenceLabel = '',
	/** On a slide, the total height to fill; a page's panels have their own height. */
	fit?: number,
	/** The amount view's currency: local (a panel per country) or dollars (one panel for both). */
	money: Money = LOCAL
): BudgetLayout {
	const dollars = mode === 'amount' && money.currency !== 'local' ? money.currency : null;
	const narrow = width < NARROW_BELOW;
	const topMargin = narrow ? M.top + 52 : M.top;
	let referenceLines = referenceLabel
		? wrapToWidth(referenceLabel, width - (narrow ? 64 : 120), 16, 700)
		: [];
	const drawn = rows.filter((r) => rowValue(r, mode, money) !== null);
	const shapes = seriesShapes(drawn);
	const shapeOf = (r: BudgetRow) => shapes.get(`${r.country}|${seriesInfo(r.series).family}`) ?? 0;
	const years = drawn.map((r) => r.year);
	const x = scaleLinear()
		.domain([Math.min(...years, 2004) - 0.5, Math.max(...years, 2020) + 0.5])
		.range([M.left, width - M.right]);
	const [y0, y1] = x.domain() as [number, number];
	const xTicks = [];
	for (let y = Math.ceil(y0); y <= y1; y++)
		if (y % (narrow ? 4 : 2) === 0) xTicks.push({ x: x(y), text: String(y) });

	const groups: { country: string | null; rows: BudgetRow[] }[] =
		mode === 'share' || dollars
			? [{ country: null, rows: drawn }]
			: [...new Set(drawn.map((r) => r.country))]
					.sort(compareCountries)
					.map((c) => ({ country: c, rows: drawn.filter((r) => r.country === c) }));
	// On a phone the labels stack rather than sit side by side: a panel is tall enough for one line
	// per series it draws, and a little room.
	const labelRoom = narrow
		? Math.max(...groups.map((g) => new Set(g.rows.map((r) => r.series)).size + 4)) *
			(NUDGE_STEP + 8)
		: 0;
	const panelHeight =
		fit !== undefined && !narrow
			? Math.max(
					160,
					Math.floor((fit - topMargin - M.bottom - (groups.length - 1) * 56) / groups.length)
				)
			: Math.max(
					labelRoom,
					mode === 'share' || dollars ? (narrow ? 500 : 440) : narrow ? 260 : 300
				);
	const panels: Panel[] = [];
	let top = topMargin;
	for (const g of groups) {
		const unit = dollars
			? {
					label: CURRENCY_TEXT[dollars].axis,
					fromMillions: (m: number) => m / 1000,
					tick: (v: number) => plainDecimal(v, 2)
				}
			: g.country
				? amountUnit(g.rows[0]?.currency ?? '')
				: null;
		const val = (r: BudgetRow) => {
			const v = rowValue(r, mode, money)!;
			return unit ? unit.fromMillions(v) : v;
		};
		const hi = max(g.rows, val) ?? 1;
		const y = scaleLinear()
			.domain([0, mode === 'share' ? Math.max(hi, 1.2) * 1.08 : hi * 1.08])
			.nice()
			.range([top + panelHeight, top]);
		const yTicks = y.ticks(6).map((t) => ({
			y: y(t),
			text: unit ? unit.tick(t) : `${Number(t.toFixed(2))}%`
		}));
		const lines = budgetLines(g.rows, mode, money).flatMap((l) =>
			l.segments
				.filter((s) => s.length > 1)
				.map((s, i) => ({
					key: `${l.series}|${l.status}|${i}`,
					country: l.country,
					status: l.status,
					d:
						line<BudgetRow>()
							.x((r) => x(r.year))
							.y((r) => y(val(r)))(s) ?? ''
				}))
		);
		const points = g.rows.map((r) => ({
			key: pointKey(r),
			row: r,
			x: x(r.year),
			y: y(val(r)),
			name: pointName(r, money),
			shape: shapeOf(r)
		}));
		const firstOf = (series: string) =>
			points
				.filter((p) => p.row.series === series)
				.sort(
					(a, b) =>
						a.row.year - b.row.year ||
						STATUS_ORDER.indexOf(a.row.status) - STATUS_ORDER.indexOf(b.row.status)
				)[0];
		const breaks = seriesBreaks(g.rows).flatMap((b) => {
			const p = firstOf(b.to);
			return p ? [{ ...b, x: p.x, y: p.y }] : [];
		});
		const breakYear = new Map(breaks.map((b) => [b.to, b.text.split(':')[0]!]));
		// One label per series where it starts (where a definition break is, the label names it),
		// led by the series' marker so a label names the marks it belongs to. A phone gets fewer words.
		const wanted = [...new Set(g.rows.map((r) => r.series))].flatMap((s) => {
			const p = firstOf(s);
			if (!p) return [];
			const info = seriesInfo(s);
			const name = narrow ? info.tiny : info.short;
			const brk = breakYear.get(s);
			return [
				{
					key: s,
					country: p.row.country,
					x: p.x,
					y: p.y,
					text: fitText(shapeGlyph(p.row.country, p.shape), brk, name, width - M.left - M.right)
				}
			];
		});
		const marks = [...points];
		if (mode === 'share' && !narrow && referenceLabel) {
			// The reference line's label, under its left end, wraps before the first mark in its way…
			const ry = y(1) + REFERENCE_DY;
			let room = width - 120;
			for (let tries = 0; tries < 4; tries++) {
				const lines = wrapToWidth(referenceLabel, room, 16, 700);
				// A mark's ink reaches MARK_INK from its centre (the dashed ring of a weak source).
				const inWay = points.filter(
					(p) =>
						p.x > REFERENCE_X &&
						p.y + MARK_INK > ry - 15 &&
						p.y - MARK_INK < ry + 5 + 20 * (lines.length - 1)
				);
				const limit = Math.min(...inWay.map((p) => p.x - MARK_INK - 6 - REFERENCE_X));
				referenceLines = lines;
				if (lines.every((l) => textWidth(l, 16, 700) <= limit)) break;
				room = Math.max(200, limit);
			}
			// … and the series labels keep off it.
			referenceLines.forEach((line, li) => {
				const right = REFERENCE_X + textWidth(line, 16, 700);
				for (let px = REFERENCE_X; px < right + 9; px += 18)
					marks.push({ x: px, y: ry - 5 + li * 20 } as PlacedPoint);
			});
		}
		const labels = placeLabels(wanted, marks, {
			left: M.left,
			right: width - M.right,
			top: top - 6,
			bottom: top + panelHeight
		});
		panels.push({
			country: g.country,
			top,
			height: panelHeight,
			yTitle: dollars
				? CURRENCY_TEXT[dollars].axis
				: unit
					? `${countryName(g.country!)}: ${unit.label}`
					: 'Share of the national budget (%)',
			yTicks,
			lines,
			points,
			breaks,
			labels,
			reference: mode === 'share' ? y(1) : null
		});
		top += panelHeight + 56;
	}
	const reference = panels.find((p) => p.reference !== null)?.reference ?? null;
	const points = panels
		.flatMap((p) => p.points)
		.sort((a, b) => a.row.year - b.row.year || a.y - b.y);
	return {
		width,
		height:
			top - 56 + M.bottom + (narrow && reference !== null ? referenceLines.length * 20 + 12 : 0),
		narrow,
		xAxisY: top - 56 + M.bottom - 14,
		referenceLines,
		referenceText:
			reference === null
				? null
				: narrow
					? { x: 56, y: top - 56 + M.bottom + 16 }
					: { x: REFERENCE_X, y: reference + REFERENCE_DY },
		xTicks,
		panels,
		points
	};
}
