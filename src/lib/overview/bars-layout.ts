import { scaleLinear } from 'd3-scale';
import { textWidth, wrapToWidth } from '../charts/text';
import { FONT } from '../charts/theme';
import type { Bar } from './headlines';

/** The home page's bar charts: one bar per figure, a label, its value, an optional reference. */
export const WIDTH = 1000;
const ROW = 44;
const LEFT = 560;
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
		y1: number;
		y2: number;
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
	const left = narrow ? 8 : LEFT;
	// Room at the right for the widest value written after its bar.
	const valueRoom = Math.max(0, ...bars.map((b) => textWidth(b.valueText, BAR_TEXT, 700))) + 14;
	const x = scaleLinear()
		.domain([
			Math.min(0, ...bars.map((b) => b.value)),
			Math.max(reference?.value ?? 0, ...bars.map((b) => b.value))
		])
		.range([left, width - valueRoom]);
	let y = 10;
	const rows = bars.map((b): BarRow => {
		const texts = narrow ? wrapToWidth(b.label, width - 16, BAR_TEXT) : [b.label];
		const barY = narrow ? y + texts.length * LINE : y;
		const row: BarRow = {
			key: b.key,
			country: b.country,
			lines: texts.map((text, i) =>
				narrow ? { text, x: 8, y: y + 16 + i * LINE } : { text, x: LEFT - 10, y: barY + 16 }
			),
			anchor: narrow ? 'start' : 'end',
			bar: {
				x: Math.min(x(0), x(b.value)),
				y: barY + 2,
				width: Math.max(2, Math.abs(x(b.value) - x(0))),
				height: BAR_H
			},
			value: { text: b.valueText, x: Math.max(x(0), x(b.value)) + 8, y: barY + 16 }
		};
		y += narrow ? texts.length * LINE + 40 : ROW;
		return row;
	});
	const height = y + 40;
	// The reference line's label, centred on it but never past the chart's edges.
	const refHalf = reference ? textWidth(reference.text, BAR_TEXT, 700) / 2 + 2 : 0;
	return {
		width,
		height,
		narrow,
		rows,
		reference: reference && {
			x: x(reference.value),
			y1: 4,
			y2: height - 30,
			text: reference.text,
			textX: Math.min(Math.max(x(reference.value), refHalf), width - refHalf),
			textY: height - 10
		}
	};
}
