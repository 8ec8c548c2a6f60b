import metrics from './font-metrics.json';

/**
 * Text measured with the self-hosted UI font's own advance widths (Noto Sans, read from the
 * font files by scripts/font-metrics.js), so a layout knows where a label ends on every machine
 * and in the prerendered HTML. Kerning is ignored (labels run a little long, never short).
 */
const index = new Map([...metrics.chars].map((ch, i) => [ch, i]));
const em = metrics.unitsPerEm;
type Weight = keyof typeof metrics.widths;

function weightKey(weight: number): Weight {
	return weight <= 500 ? '400' : weight <= 650 ? '600' : '700';
}

/** Characters outside the table: Hangul and CJK are full-width; anything else is taken wide. */
function fallback(ch: string): number {
	const c = ch.codePointAt(0)!;
	if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x2e80 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff))
		return em;
	return 0.65 * em;
}

/** Width in px of `text` set at `size` px and `weight`. */
export function textWidth(text: string, size: number, weight = 400): number {
	const widths = metrics.widths[weightKey(weight)];
	let units = 0;
	for (const ch of text) {
		const i = index.get(ch);
		const w = i === undefined ? 0 : widths[i]!;
		units += w > 0 ? w : fallback(ch);
	}
	return (units * size) / em;
}

/** Splits `text` into lines no wider than `width` px, at spaces (a longer word gets a line). */
export function wrapToWidth(text: string, width: number, size: number, weight = 400): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size, weight) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Text that fits a bar `width` px wide with 5 px either side (semibold, `size` px): the full
 * label, one shortened with an ellipsis, or nothing where not even three letters fit.
 */
export function fitLabel(label: string, width: number, size = 14): string {
	const room = width - 10;
	if (textWidth(label, size, 600) <= room) return label;
	let n = label.length - 1;
	while (n >= 3 && textWidth(`${label.slice(0, n).trimEnd()}…`, size, 600) > room) n--;
	return n < 3 ? '' : `${label.slice(0, n).trimEnd()}…`;
}

/**
 * Pushes labels apart (in place) so none is closer than `gap` to the one above, as end labels of
 * lines that end near each other. Labels already apart do not move.
 */
export function spreadLabels(labels: { y: number }[], gap: number): void {
	const sorted = [...labels].sort((a, b) => a.y - b.y);
	for (let i = 1; i < sorted.length; i++) {
		const prev = sorted[i - 1]!;
		if (sorted[i]!.y - prev.y < gap) sorted[i]!.y = prev.y + gap;
	}
}
