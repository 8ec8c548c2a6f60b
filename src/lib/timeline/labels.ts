import { textWidth } from '../charts/text';
/**
 * Label placement without overlaps. Candidates are tried by importance (then time); each takes the
 * first row where it does not touch a label already placed, and is dropped if none is free. So as
 * the view zooms out, the least important labels go first, and no two labels ever overlap.
 */
export interface LabelCandidate {
	id: string;
	/** Where the mark is, in pixels. */
	x: number;
	width: number;
	importance: number;
	/** Tie-break: earlier first. */
	order: number;
}

export interface PlacedLabel {
	id: string;
	row: number;
	/** Left edge of the text, in pixels. */
	x: number;
	/** The label hangs left of its mark (near the right edge). */
	anchorEnd: boolean;
}

/** Pixels kept clear between neighbouring labels. */
export const LABEL_GAP = 8;
/** Milestone labels' size (TimelineChart's `.label`). */
export const LABEL_PX = 14;

// A zoom step asks for thousands of widths of the same few hundred titles: measure each once.
const widths = new Map<string, number>();
/** A milestone label's width, measured with the UI font (see charts/text.ts). */
export function labelWidth(text: string): number {
	let w = widths.get(text);
	if (w === undefined) {
		w = Math.ceil(textWidth(text, LABEL_PX));
		if (widths.size > 50_000) widths.clear();
		widths.set(text, w);
	}
	return w;
}

export function placeLabels(
	candidates: LabelCandidate[],
	rows: number,
	bounds: [number, number]
): PlacedLabel[] {
	const placer = labelPlacer(rows, bounds);
	const sorted = [...candidates].sort((a, b) => b.importance - a.importance || a.order - b.order);
	return sorted.flatMap((c) => placer.place(c.id, c.x, c.width) ?? []);
}

/**
 * The same placement one candidate at a time, for callers whose candidates are already in order
 * (the timeline keeps them sorted by importance): with thousands of marks in view the rows fill
 * after a few dozen labels, and from then on `place` turns a candidate away with a look-up.
 */
export function labelPlacer(rows: number, bounds: [number, number]) {
	const taken: [number, number][][] = Array.from({ length: rows }, () => []);
	// Per row, the pixels where a label cannot start because it would touch one already there.
	const origin = Math.floor(bounds[0]);
	const size = Math.max(0, Math.ceil(bounds[1]) - origin + 1);
	const blocked = Array.from({ length: rows }, () => new Uint8Array(size));
	// How many rows are blocked at each pixel: a label cannot start where all are.
	const rowsBlocked = new Uint8Array(size);
	/** Text starts a little left of the mark; near the right edge it ends at the mark instead. */
	const hangsLeft = (x: number, width: number) => x - 4 + width > bounds[1];
	const leftOf = (x: number, width: number) => (hangsLeft(x, width) ? x + 4 - width : x - 4);
	/**
	 * True if a label for a mark at `x` cannot be placed: a cheap look-up, so callers with
	 * thousands of candidates ask it before `place` (a call per candidate allocated enough to
	 * bring on garbage collection pauses during a zoom).
	 */
	const full = (x: number, width: number): boolean => {
		const left = leftOf(x, width);
		return left < bounds[0] || rowsBlocked[Math.floor(left) - origin] === rows;
	};
	return {
		full,
		/**
		 * The first mark position from `x` on whose label could start 4 px left of it on a pixel some
		 * row leaves free (past the right edge if none). Every mark before it is turned away, even one
		 * whose label hangs left of it near the right edge: that label (8 px wide or more) covers the
		 * pixel 4 px left of its mark, which touches a label in every row.
		 */
		nextStart(x: number): number {
			let p = Math.max(0, Math.floor(x - 4) - origin);
			while (p < size && rowsBlocked[p] === rows) p++;
			return Math.max(p + origin, bounds[0]) + 4;
		},
		place(id: string, x: number, width: number): PlacedLabel | null {
			if (full(x, width)) return null;
			const left = leftOf(x, width);
			const anchorEnd = hangsLeft(x, width);
			const right = left + width;
			const row = taken.findIndex((spans) =>
				spans.every(([a, b]) => right + LABEL_GAP <= a || left >= b + LABEL_GAP)
			);
			if (row === -1) return null;
			taken[row]!.push([left, right]);
			// Any label starting in [left - gap, right + gap) touches this one, whatever its width.
			const from = Math.max(0, Math.ceil(left - LABEL_GAP) - origin);
			const to = Math.min(size, Math.max(0, Math.floor(right + LABEL_GAP) - origin));
			const line = blocked[row]!;
			for (let p = from; p < to; p++) {
				if (line[p] === 1) continue;
				line[p] = 1;
				rowsBlocked[p]!++;
			}
			return { id, row, x: anchorEnd ? left + width : left, anchorEnd };
		}
	};
}

/** True if any two labels in the same row overlap: the property tests check it never holds. */
export function overlaps(labels: { row: number; left: number; right: number }[]): boolean {
	const byRow = new Map<number, [number, number][]>();
	for (const l of labels) {
		const spans = byRow.get(l.row) ?? [];
		if (spans.some(([a, b]) => l.left < b && l.right > a)) return true;
		spans.push([l.left, l.right]);
		byRow.set(l.row, spans);
	}
	return false;
}
