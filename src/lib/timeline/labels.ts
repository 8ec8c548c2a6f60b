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
/** Average advance of a 14px character, generous so estimates err towards fewer labels. */
export const CHAR_WIDTH = 7.6;

export function labelWidth(text: string): number {
	return Math.ceil(text.length * CHAR_WIDTH);
}

export function placeLabels(
	candidates: LabelCandidate[],
	rows: number,
	bounds: [number, number]
): PlacedLabel[] {
	const taken: [number, number][][] = Array.from({ length: rows }, () => []);
	const placed: PlacedLabel[] = [];
	const sorted = [...candidates].sort((a, b) => b.importance - a.importance || a.order - b.order);
	for (const c of sorted) {
		// Text starts a little left of the mark; near the right edge it ends at the mark instead.
		let left = c.x - 4;
		let anchorEnd = false;
		if (left + c.width > bounds[1]) {
			left = c.x + 4 - c.width;
			anchorEnd = true;
		}
		if (left < bounds[0]) continue;
		const right = left + c.width;
		const row = taken.findIndex((spans) =>
			spans.every(([a, b]) => right + LABEL_GAP <= a || left >= b + LABEL_GAP)
		);
		if (row === -1) continue;
		taken[row]!.push([left, right]);
		placed.push({ id: c.id, row, x: anchorEnd ? left + c.width : left, anchorEnd });
	}
	return placed;
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
