import { bisectLeft } from 'd3-array';
import type { MilestoneCategory } from '../data/schema';
import { DENSE_ROW, denseRowY, type LaneLayout, type TimelineLayout } from './layout';
import { CATEGORY_STYLE } from './marks';
import type { CanvasBox } from './canvas-box';
export { canvasBox, type CanvasBox } from './canvas-box';

/**
 * Dense mode (more than DENSE_MARKS marks of a lane in view): symbols that overlap by the
 * thousand say nothing, and one SVG element each costs more than a frame. So the lane's band of
 * marks becomes one thin row per category (legend order, in the category's colour) with a tick at
 * every milestone's exact position: a rug plot. It is written straight into pixels (one
 * putImageData a frame) on a canvas in the SVG (a foreignObject over the band, in viewBox units).
 * The focused, pinned and hovered marks stay SVG symbols on top; zooming in below DENSE_MARKS
 * brings every symbol back.
 */
const CATEGORIES = Object.keys(CATEGORY_STYLE) as MilestoneCategory[];

/** `#rrggbb` at an opacity, as the little-endian RGBA word ImageData stores. */
export function pixel(hex: string, alpha: number): number {
	const n = parseInt(hex.slice(1), 16);
	return ((Math.round(alpha * 255) << 24) | ((n & 0xff) << 16) | (n & 0xff00) | (n >> 16)) >>> 0;
}
const byCategory = <T>(f: (c: MilestoneCategory) => T) =>
	Object.fromEntries(CATEGORIES.map((c) => [c, f(c)])) as Record<MilestoneCategory, T>;
const FULL = byCategory((c) => pixel(CATEGORY_STYLE[c].colour, 1));
const FAINT = byCategory((c) => pixel(CATEGORY_STYLE[c].colour, 0.3));

let scratch: ImageData | null = null;
let lines = new Uint32Array(0);

/**
 * Draws every mark of a lane in view as a tick. `k` is device pixels per viewBox unit.
 *
 * Every tick of a category row covers the same pixel rows, so a tick is written once, into a
 * one-pixel line for its row, and each line is then copied down its row with a native copy:
 * `tickW` writes a tick instead of `tickW × tickH`. This loop runs for every mark in view on every
 * zoom step, and the first steps of a zoom run it before the browser has optimised it. Search
 * matches are drawn last, on top, a pixel taller each way.
 */
export function drawMarks(
	canvas: HTMLCanvasElement,
	lane: LaneLayout,
	box: CanvasBox,
	k: number,
	hasQuery: boolean
): void {
	const w = Math.max(1, Math.round(box.width * k));
	const h = Math.max(1, Math.round(box.height * k));
	if (canvas.width !== w || canvas.height !== h) {
		canvas.width = w;
		canvas.height = h;
	}
	const ctx = canvas.getContext('2d');
	if (!ctx) return;
	if (scratch?.width !== w || scratch.height !== h) scratch = ctx.createImageData(w, h);
	const px = new Uint32Array(scratch.data.buffer);
	px.fill(0);
	const tickW = Math.max(1, Math.round(1.5 * k));
	const tickH = Math.max(2, Math.round((DENSE_ROW - 1.5) * k));
	const rows = CATEGORIES.length;
	if (lines.length !== rows * w) lines = new Uint32Array(rows * w);
	else lines.fill(0);
	// While searching, the marks that do not match fade.
	const colour = CATEGORIES.map((c) => (hasQuery ? FAINT[c] : FULL[c]));
	const { count, ts, x0, t0, perYear, categories, matched, hits: hitList, rowMask } = lane.dots;
	// On a chart drawn tiny the last row's tick would run off the canvas's rounded height: it is
	// kept inside, a pixel higher.
	const topOf = CATEGORIES.map((_, row) =>
		Math.min(h - tickH, Math.round((denseRowY(lane.marksBand.y, row) - box.y) * k - tickH / 2))
	);
	const used = new Uint8Array(rows);
	// The mark's x from its axis position, as the layout computes it; the tick is centred on it.
	const colOf = (t: number) => Math.round((x0 + (t - t0) * perYear - box.x) * k - tickW / 2);
	// Two marks on the same pixel column of the same row are one tick: the rows of the column
	// being drawn. Once every row the lane has is drawn in a column, the marks left there change
	// nothing, and the loop jumps to the next column by binary search. A lane of 960,000 marks is
	// then summarised a column at a time instead of read mark by mark on every step.
	let column = -Infinity;
	let inColumn = 0;
	for (let j = 0; j < count; j++) {
		if (matched[j] === 1) continue;
		const row = categories[j]!;
		const col = colOf(ts[j]!);
		if (col !== column) {
			column = col;
			inColumn = 0;
		}
		if (inColumn & (1 << row)) continue;
		inColumn |= 1 << row;
		used[row] = 1;
		lines.fill(colour[row]!, row * w + Math.max(0, col), row * w + Math.min(w, col + tickW));
		if (inColumn === rowMask) {
			// The first mark that could be in a later column (one early, against rounding).
			const next = t0 + ((col + 0.5 + tickW / 2) / k + box.x - x0) / perYear;
			j = Math.max(j, bisectLeft(ts, next, j + 1, count) - 2);
		}
	}
	// Matches, as [row, column] pairs, drawn after the rows.
	const hits: number[] = [];
	for (const j of hitList) hits.push(categories[j]!, colOf(ts[j]!));
	// Rows further apart than a tick's height (always, unless the chart is drawn tiny) are copied
	// whole; otherwise pixel by pixel, so a row does not blank the one it overlaps.
	const shown = [...used.keys()].filter((r) => used[r]);
	const apart = shown.every((r, i) => i === 0 || topOf[r]! - topOf[shown[i - 1]!]! >= tickH);
	for (const row of shown) {
		const line = lines.subarray(row * w, row * w + w);
		const top = topOf[row]!;
		for (let y = Math.max(0, top); y < Math.min(h, top + tickH); y++) {
			if (apart) px.set(line, y * w);
			else for (let i = 0; i < w; i++) if (line[i]) px[y * w + i] = line[i]!;
		}
	}
	const grow = Math.round(k);
	for (let i = 0; i < hits.length; i += 2) {
		const row = hits[i]!;
		const col = hits[i + 1]!;
		const top = topOf[row]! - grow;
		for (let y = Math.max(0, top); y < Math.min(h, top + tickH + 2 * grow); y++)
			px.fill(FULL[CATEGORIES[row]!], y * w + Math.max(0, col), y * w + Math.min(w, col + tickW));
	}
	ctx.putImageData(scratch, 0, 0);
}

/** The mark under a point (viewBox units), if any: what hover and click mean in dense mode. */
export function markAt(layout: TimelineLayout, x: number, y: number): string | null {
	let best: { id: string; d: number } | null = null;
	for (const lane of layout.lanes) {
		if (!lane.dense || !lane.dots.count || y < lane.y || y > lane.y + lane.height) continue;
		// From the axis positions, as the canvas draws them: a pointer move never fills the
		// lane's position arrays. Marks are in time order: from the first within reach (one
		// earlier, against rounding), scan while still in reach.
		const { ts, x0, t0, perYear, categories, count, id } = lane.dots;
		const from = Math.max(0, bisectLeft(ts, t0 + (x - 6 - x0) / perYear) - 1);
		for (let j = from; j < count; j++) {
			const mx = x0 + (ts[j]! - t0) * perYear;
			if (mx > x + 6) break;
			if (mx < x - 6) continue;
			if (Math.abs(denseRowY(lane.marksBand.y, categories[j]!) - y) > DENSE_ROW / 2 + 1) continue;
			const d = Math.abs(mx - x);
			if (!best || d < best.d) best = { id: id(j), d };
		}
	}
	return best?.id ?? null;
}
