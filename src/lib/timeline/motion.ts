import { drawMarks, canvasBox } from './canvas';
import { whiskerPaths, type LaneLayout, type TimelineLayout } from './layout';
import { CATEGORY_STYLE } from './marks';
import { dashArray, TIMELINE as T, TIMELINE_FONT as F } from './theme';

/**
 * Motion frames: while a pointer zooms or pans the chart (a wheel, a pinch, a drag, the overview
 * brush), each frame is drawn by this one function on a canvas over the chart, and the SVG waits.
 * Updating the SVG costs, per frame, Svelte's effects for a few hundred attributes and the browser's
 * style, layout and paint of them: measured at 4× CPU, more than a 60 Hz frame even with every
 * moving element hidden. Drawing the same picture with Canvas 2D costs a fraction of it. The
 * canvas is opaque and covers the SVG, which keeps its last view (and its focus, and what screen
 * readers read) until the motion stops; then the SVG takes the final view and the canvas goes, so
 * what stays on screen, and what exports and the prerendered page get, is always the SVG.
 *
 * The drawing follows TimelineChart's markup: the same geometry (the layout object, which holds
 * every position), the same theme (theme.ts, which the SVG reads as CSS custom properties) and
 * the same stacking order, so the switch back to SVG does not jump.
 */
export interface MotionStyle {
	/** The chart's font family, as computed (the SVG text inherits it). */
	font: string;
	/** Device pixels per viewBox unit. */
	k: number;
	hasQuery: boolean;
	pinned: string | null;
	/** Marks a dense lane shows as symbols over its ticks (the tab stop, the pinned one). */
	symbols: string[];
	/** Categories shown (the legend greys the rest out). */
	shown: ReadonlySet<string>;
	/** The focus colour (CSS --focus). */
	focus: string;
	/** What the chart sits on: the canvas is opaque, over the SVG, which need not change. */
	background: string;
	/** Marks with no official or research source: a dashed ring, as the SVG's. */
	weak?: ReadonlySet<string>;
}

// Parsed once: a Path2D per symbol, instead of one per mark per frame.
const paths = new Map<string, Path2D>();
function path(d: string): Path2D {
	let p = paths.get(d);
	if (!p) {
		if (paths.size > 64) paths.clear();
		paths.set(d, (p = new Path2D(d)));
	}
	return p;
}

/** One canvas, reused, for a dense lane's ticks (drawMarks writes pixels; drawImage blends them). */
let ticks: HTMLCanvasElement | null = null;

type Font = (size: number, weight?: number) => string;
const fontsOf =
	(s: MotionStyle): Font =>
	(size, weight = 400) =>
		`${weight} ${size}px ${s.font}`;

/**
 * Draws (and has the browser rasterise) the backdrop for `layout` ahead of time: half of the
 * unseen warm-up frame, in its own idle task so neither half is a long task while a page loads.
 */
export function prepareBackdrop(
	ctx: CanvasRenderingContext2D,
	layout: TimelineLayout,
	s: MotionStyle
): void {
	backdrop(ctx.canvas, layout, s);
}

/** Draws the whole chart for `layout` on `ctx`, whose canvas covers the SVG's viewBox. */
export function drawMotionFrame(
	ctx: CanvasRenderingContext2D,
	layout: TimelineLayout,
	s: MotionStyle
): void {
	const { k } = s;
	const font = fontsOf(s);
	// What a zoom does not move (legend, overview) is drawn once and copied in place of a clear.
	ctx.setTransform(1, 0, 0, 1, 0, 0);
	ctx.globalCompositeOperation = 'copy';
	ctx.drawImage(backdrop(ctx.canvas, layout, s), 0, 0);
	ctx.globalCompositeOperation = 'source-over';
	ctx.setTransform(k, 0, 0, k, 0, 0);
	ctx.lineJoin = 'miter';
	ctx.setLineDash([]);

	// Grid.
	const { axis } = layout;
	ctx.lineWidth = T.gridWidth;
	for (const major of [false, true]) {
		ctx.beginPath();
		for (const t of axis.items) {
			if (t.major !== major) continue;
			ctx.moveTo(t.x, axis.top);
			ctx.lineTo(t.x, axis.bottom);
		}
		ctx.strokeStyle = major ? T.gridMajor : T.grid;
		ctx.stroke();
	}
	if (axis.zeroX !== null) {
		ctx.beginPath();
		ctx.moveTo(axis.zeroX, axis.top);
		ctx.lineTo(axis.zeroX, axis.bottom);
		ctx.strokeStyle = T.ink;
		ctx.lineWidth = T.zeroWidth;
		ctx.setLineDash(dashArray(T.zeroDash));
		ctx.stroke();
		ctx.setLineDash([]);
	}

	// Lanes, clipped to the plot as the SVG's clip path does.
	ctx.save();
	ctx.beginPath();
	const { plot } = layout;
	ctx.rect(plot.x, plot.y, plot.width, plot.height);
	ctx.clip();
	for (const lane of layout.lanes) drawLane(ctx, lane, layout, s, font);
	ctx.restore();

	// Axis labels.
	ctx.textAlign = 'center';
	ctx.fillStyle = T.ink;
	for (const t of axis.items) {
		ctx.font = font(F.text, t.major ? F.strongWeight : 400);
		ctx.fillText(t.label, t.lx, axis.y);
	}

	// The overview's window and its two handles (the rest of it is in the backdrop).
	ctx.textAlign = 'start';
	if (!layout.showOverview) return;
	const { frame, handles } = layout.overview;
	ctx.fillStyle = T.window;
	ctx.globalAlpha = T.windowOpacity;
	ctx.fillRect(frame.x, frame.y, frame.width, frame.height);
	ctx.globalAlpha = 1;
	ctx.strokeStyle = T.window;
	ctx.lineWidth = T.windowStroke;
	ctx.strokeRect(frame.x, frame.y, frame.width, frame.height);
	for (const h of handles) {
		ctx.beginPath();
		ctx.roundRect(h.x, h.y, h.width, h.height, T.handleRadius);
		ctx.fill();
	}
}

let kept: { canvas: HTMLCanvasElement; key: unknown[] } | null = null;

/**
 * The legend and the overview (background, each lane's spread of marks, year labels), drawn once
 * per size and data: stroking the overview's paths of 10,000 marks took half of a frame.
 */
function backdrop(target: HTMLCanvasElement, layout: TimelineLayout, s: MotionStyle) {
	const ov = layout.overview;
	const key = [
		target.width,
		target.height,
		s.k,
		s.font,
		s.background,
		layout.legend.map((i) => `${i.label}@${i.x},${i.y}:${s.shown.has(i.category)}`).join(),
		layout.showOverview,
		ov.y,
		ov.ticks.map((t) => `${t.label}@${t.x}`).join(),
		...ov.lanes.map((l) => l.d)
	];
	if (kept && kept.key.length === key.length && kept.key.every((v, i) => v === key[i]))
		return kept.canvas;
	const canvas = kept?.canvas ?? document.createElement('canvas');
	canvas.width = target.width;
	canvas.height = target.height;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = s.background;
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.setTransform(s.k, 0, 0, s.k, 0, 0);
	ctx.font = fontsOf(s)(F.text);
	for (const item of layout.legend) {
		const style = CATEGORY_STYLE[item.category];
		ctx.globalAlpha = s.shown.has(item.category) ? 1 : T.offOpacity;
		symbolAt(ctx, style.path, item.symbolX, item.symbolY, style.colour, null);
		ctx.fillStyle = T.ink;
		ctx.fillText(item.label, item.x, item.y);
	}
	ctx.globalAlpha = 1;
	if (layout.showOverview) {
		ctx.fillStyle = T.panel;
		const p = ov.panel;
		ctx.fillRect(p.x, p.y, p.width, p.height);
		ctx.lineWidth = T.overviewLine;
		for (const l of ov.lanes) {
			if (!l.d) continue;
			ctx.strokeStyle = l.colour;
			ctx.stroke(new Path2D(l.d));
		}
		ctx.textAlign = 'center';
		ctx.fillStyle = T.muted;
		for (const t of ov.ticks) ctx.fillText(t.label, t.x, ov.tickY);
	}
	// Reading a pixel makes the browser draw it now (it may be the unseen warm-up frame), not in
	// the first frame of a gesture.
	ctx.getImageData(0, 0, 1, 1);
	kept = { canvas, key };
	return canvas;
}

function drawLane(
	ctx: CanvasRenderingContext2D,
	lane: LaneLayout,
	layout: TimelineLayout,
	s: MotionStyle,
	font: Font
) {
	// Title (and, for a dense lane, how to read its ticks).
	ctx.textAlign = 'start';
	ctx.font = font(F.title, F.titleWeight);
	ctx.fillStyle = lane.colour;
	ctx.fillText(lane.title, layout.x0, lane.titleY);
	if (lane.dense) {
		const after = layout.x0 + ctx.measureText(lane.title).width + 10;
		ctx.font = font(F.text);
		ctx.fillStyle = T.muted;
		ctx.fillText(lane.note, after, lane.titleY);
		const box = canvasBox(lane);
		ticks ??= document.createElement('canvas');
		drawMarks(ticks, lane, box, s.k, s.hasQuery);
		ctx.drawImage(ticks, box.x, box.y, ticks.width / s.k, ticks.height / s.k);
	}

	// Phase bands.
	for (const band of lane.phases) {
		ctx.beginPath();
		ctx.roundRect(band.x, band.y, band.width, band.height, band.radius);
		ctx.globalAlpha = T.bandOpacity;
		ctx.fillStyle = lane.colour;
		ctx.fill();
		ctx.globalAlpha = 1;
		ctx.setLineDash(lane.dash);
		ctx.lineWidth = T.bandStroke;
		ctx.strokeStyle = lane.colour;
		ctx.stroke();
		ctx.setLineDash([]);
	}
	ctx.font = font(F.text, F.strongWeight);
	ctx.fillStyle = T.ink;
	for (const band of lane.phases) ctx.fillText(band.text, band.textX, band.textY);
	ctx.font = font(F.text, 400);
	// The key has the labels' halo.
	ctx.lineWidth = T.haloWidth;
	ctx.lineJoin = 'round';
	ctx.strokeStyle = T.paper;
	for (const k of lane.phaseKey) {
		ctx.strokeText(k.text, k.x, k.y);
		ctx.fillText(k.text, k.x, k.y);
	}

	// Labels: leader lines first, then the text over a white halo, as in the SVG.
	ctx.beginPath();
	for (const l of lane.labels) {
		ctx.moveTo(l.markX, l.leaderTop);
		ctx.lineTo(l.markX, l.leaderBottom);
	}
	ctx.lineWidth = T.leaderWidth;
	ctx.strokeStyle = T.leader;
	ctx.stroke();
	ctx.lineWidth = T.haloWidth;
	ctx.strokeStyle = T.paper;
	ctx.fillStyle = T.ink;
	for (const l of lane.labels) {
		ctx.font = font(F.text, l.matched ? F.titleWeight : 400);
		ctx.textAlign = l.anchorEnd ? 'end' : 'start';
		ctx.strokeText(l.text, l.x, l.y);
		ctx.fillText(l.text, l.x, l.y);
	}
	ctx.lineJoin = 'miter';
	ctx.textAlign = 'start';

	// Marks: a dense lane's ticks are drawn above; here its few symbols, or every symbol.
	if (lane.dense) {
		for (const id of new Set(s.symbols)) {
			const mk = lane.markOf(id);
			if (mk) drawSymbol(ctx, mk, s);
		}
		return;
	}
	// Date precision: the SVG's paths, one per colour, so overlapping spans do not darken.
	ctx.lineWidth = T.precisionWidth;
	ctx.globalAlpha = T.precisionOpacity;
	for (const w of whiskerPaths(lane.marks)) {
		ctx.strokeStyle = w.colour;
		ctx.stroke(new Path2D(w.d));
	}
	ctx.globalAlpha = 1;
	for (const mk of lane.marks) drawSymbol(ctx, mk, s);
}

function drawSymbol(
	ctx: CanvasRenderingContext2D,
	mk: LaneLayout['marks'][number],
	s: MotionStyle
) {
	const ring =
		mk.id === s.pinned
			? { colour: s.focus, width: T.focusWidth }
			: mk.matched
				? { colour: T.ink, width: T.matchWidth }
				: null;
	if (ring) {
		ctx.beginPath();
		ctx.arc(mk.x, mk.y, T.ring, 0, 2 * Math.PI);
		ctx.lineWidth = ring.width;
		ctx.strokeStyle = ring.colour;
		ctx.stroke();
	} else if (s.weak?.has(mk.id)) {
		ctx.beginPath();
		ctx.arc(mk.x, mk.y, T.ring, 0, 2 * Math.PI);
		ctx.lineWidth = T.weakWidth;
		ctx.strokeStyle = T.weak;
		ctx.setLineDash(dashArray(T.weakDash));
		ctx.stroke();
		ctx.setLineDash([]);
	}
	ctx.globalAlpha = s.hasQuery && !mk.matched ? T.dimOpacity : 1;
	symbolAt(ctx, mk.path, mk.x, mk.y, mk.colour, T.paper);
	ctx.globalAlpha = 1;
}

function symbolAt(
	ctx: CanvasRenderingContext2D,
	d: string,
	x: number,
	y: number,
	fill: string,
	stroke: string | null
) {
	ctx.translate(x, y);
	const p = path(d);
	ctx.fillStyle = fill;
	ctx.fill(p);
	if (stroke) {
		ctx.lineWidth = T.markOutlineWidth;
		ctx.strokeStyle = stroke;
		ctx.stroke(p);
	}
	ctx.translate(-x, -y);
}
