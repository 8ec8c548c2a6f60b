import { scaleLinear } from 'd3-scale';
import { textWidth, wrapToWidth } from '../charts/text';
import { FONT } from '../charts/theme';
import type { Bar } from './headlines';

/** The home page's bar charts: one bar per figure, a label, its value, an optional reference. */
export const WIDTH = 1000;
const ROW = 44;
/** The desktop label column: as wide as the widest label, within these bounds. */
const LEFT_MIN = 300;
const LEFT_MAX_SHARE = 0.62;
/** The labels' size (label, value and reference text). */
export const BAR_TEXT = FONT.title;
const LINE = 22;
const BAR_H = 26;

export interface BarRow {
	key: string;
	country: string;
	/** Its label: one line left of the bar on a desktop, wrapped lines above it on a phone. */
	lines: { text: string; x: number; y: number }[];
	anchor: 'start' | 'end';
	bar: { x: number; y: number; width: number; height: number };
	value: { text: string; x: number; y: number };
}

export interface BarsLayout {
	width: number;
	height: number;
	narrow: boolean;
	rows: BarRow[];
	reference: {
		x: number;
		/** The line's runs from top to bottom, broken where it would cross a label or value. */
		runs: [number, number][];
		text: string;
		textX: number;
		textY: number;
	} | null;
}

/**
 * Desktop: labels in a column left of the bars. Phone (narrow): each label wrapped on its own
 * lines above its bar, bars across the whole width.
 */
export function barsLayout(
	bars: readonly Bar[],
	width: number,
	reference: { value: number; text: string } | null = null
): BarsLayout {
	const narrow = width < 600;
	const widest = Math.max(0, ...bars.map((b) => textWidth(b.label, BAR_TEXT)));
	const left = narrow
		? 8
		: Math.round(Math.min(Math.max(widest + 20, LEFT_MIN), width * LEFT_MAX_SHARE));
	// Room at the right for the widest value written after its bar.
	const valueRoom = Math.max(0, ...bars.map((b) => textWidth(b.valueText, BAR_TEXT, 700))) + 14;
	const x = scaleLinear()
		.domain([
			Math.min(0, ...bars.map((b) => b.value)),
			Math.max(reference?.value ?? 0, ...bars.map((b) => b.value))
		])
		.range([left, width - valueRoom]);
	let y = 10;
	/** Every text's box (x range and baseline), so the reference line can stop short of each. */
	const boxes: { x1: number; x2: number; y: number }[] = [];
	const rows = bars.map((b): BarRow => {
		// A desktop label too long for the column wraps onto a second line beside its bar.
		const texts = wrapToWidth(b.label, narrow ? width - 16 : left - 20, BAR_TEXT);
		const barY = narrow ? y + texts.length * LINE : y + ((texts.length - 1) * LINE) / 2;
		const lines = texts.map((text, i) =>
			narrow ? { text, x: 8, y: y + 16 + i * LINE } : { text, x: left - 10, y: y + 16 + i * LINE }
		);
		for (const [i, l] of lines.entries()) {
			const w = textWidth(texts[i]!, BAR_TEXT);
			boxes.push(narrow ? { x1: l.x, x2: l.x + w, y: l.y } : { x1: l.x - w, x2: l.x, y: l.y });
		}
		const value = { text: b.valueText, x: Math.max(x(0), x(b.value)) + 8, y: barY + 16 };
		boxes.push({ x1: value.x, x2: value.x + textWidth(value.text, BAR_TEXT, 700), y: value.y });
		const row: BarRow = {
			key: b.key,
			country: b.country,
			lines,
			anchor: narrow ? 'start' : 'end',
			bar: {
				x: Math.min(x(0), x(b.value)),
				y: barY + 2,
				width: Math.max(2, Math.abs(x(b.value) - x(0))),
				height: BAR_H
			},
			value
		};
		y += narrow ? texts.length * LINE + 40 : Math.max(ROW, texts.length * LINE + 22);
		return row;
	});
	const height = y + 40;
	// The reference line's label, centred on it but never past the chart's edges.
	const refHalf = reference ? textWidth(reference.text, BAR_TEXT, 700) / 2 + 2 : 0;
	const refX = reference ? x(reference.value) : 0;
	return {
		width,
		height,
		narrow,
		rows,
		reference: reference && {
			x: refX,
			runs: linesAround(
				4,
				height - 30,
				boxes.filter((bx) => bx.x1 - 3 <= refX && refX <= bx.x2 + 3)
			),
			text: reference.text,
			textX: Math.min(Math.max(refX, refHalf), width - refHalf),
			textY: height - 10
		}
	};
}

/** A vertical line from `top` to `bottom`, broken for each text it would cross. */
function linesAround(top: number, bottom: number, crossed: { y: number }[]): [number, number][] {
	// A line of text takes about its size above its baseline and a quarter below.
	const gaps = crossed
		.map((b) => [b.y - BAR_TEXT - 2, b.y + BAR_TEXT * 0.3 + 2] as [number, number])
		.sort((a, b) => a[0] - b[0]);
	const runs: [number, number][] = [];
	let from = top;
	for (const [a, b] of gaps) {
		if (a > from) runs.push([from, a]);
		from = Math.max(from, b);
	}
	if (from < bottom) runs.push([from, bottom]);
	return runs;
}
