import { bisectLeft } from 'd3-array';
import { fitLabel, textWidth, wrapToWidth } from '../charts/text';
import { countryColour, countryStyle } from '../charts/theme';
import { countryName } from '../data/countries';
import { MILESTONE_CATEGORIES } from '../data/schema';
import { labelPlacer } from './labels';
import { phaseEnd, phaseRows, phaseYears, rankLane, type PreparedMarks } from './layout-marks';
import type {
	LabelLayout,
	LaneDots,
	LaneLayout,
	LayoutInput,
	MarkLayout,
	PhaseBand
} from './layout-types';
import { CATEGORY_STYLE } from './marks';
import type { PhaseBar } from './phase-layout';
import { dashArray, TIMELINE_FONT } from './theme';
import type { Domain } from './zoom';

/*
 * One lane of the timeline: its title, phase bands (stacked where phases overlap) and their key,
 * the marks in view (a few rows of symbols, or one thin row per category when dense) and their
 * labels. Rows are in viewBox units, top to bottom.
 */

/**
 * Above this many marks in view, a lane is drawn in dense mode (see canvas.ts): one SVG element
 * per mark would cost more than a frame at 4× CPU, and the symbols would pile up unreadably.
 * Only big uploaded files (and the benchmark) get there; the committed lanes have ~65 each.
 */
export const DENSE_MARKS = 250;
const KEY_ROW = 20;
/** A slide's key is running text: a little tighter, so a 4:3 slide keeps two label rows. */
const SLIDE_KEY_ROW = 19;
const KEY_PX = TIMELINE_FONT.text;

/**
 * A band's own name if it fits, else its number (its name goes to the lane's key): inset like a
 * name where there is room, centred in a band as thin as a year on a slide, else nothing.
 */
function bandText(
	phase: PhaseBar,
	x: number,
	width: number,
	n: string,
	entry: string,
	keyed: string[]
): { text: string; textX: number } {
	const full = fitLabel(phase.name, width);
	if (full === phase.name) return { text: full, textX: x + 5 };
	keyed.push(entry);
	const w = textWidth(n, TIMELINE_FONT.text, TIMELINE_FONT.strongWeight);
	if (w + 6 <= width) return { text: n, textX: x + 5 };
	return w + 2 <= width ? { text: n, textX: x + (width - w) / 2 } : { text: '', textX: x };
}

/**
 * The key's entries packed into lines no wider than `width`: entries share a line where they fit,
 * and an entry wider than the chart (on a phone) wraps onto lines of its own.
 */
function keyLines(entries: string[], width: number): string[] {
	const lines: string[] = [];
	for (const e of entries) {
		const last = lines.length ? `${lines[lines.length - 1]} · ${e}` : '';
		if (last && textWidth(last, KEY_PX) <= width) lines[lines.length - 1] = last;
		else lines.push(...wrapToWidth(e, width, KEY_PX));
	}
	return lines;
}
/**
 * A slide's key as running text, wrapped word by word (an entry may continue on the next line):
 * a slide has three lines for it, not one per entry. A number keeps its first word, and the
 * separator stays at the end of the entry before it. The first line starts after the title.
 */
function flowLines(entries: string[], width: number, firstWidth: number): string[] {
	const words = entries.flatMap((e, i) => {
		const [n, first, ...rest] = e.split(' ');
		const ws = [`${n} ${first}`, ...rest];
		if (i < entries.length - 1) ws[ws.length - 1] += ' ·';
		return ws;
	});
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		if (line && textWidth(next, KEY_PX) > (lines.length ? width : firstWidth)) {
			lines.push(line);
			line = w;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
const LANE_TITLE = 24;
/** A phase band's height, and the row it takes with the gap under it. */
const BAND = 24;
const PHASE_ROW = BAND + 4;
const MARK_ROWS = 3;
const MARK_ROW = 15;
/** In dense mode the same band holds one thin row per category, in legend order. */
export const DENSE_ROW = (MARK_ROWS * MARK_ROW) / MILESTONE_CATEGORIES.length;
/** The middle of a dense lane's tick row for a category (one row each, in legend order). */
export const denseRowY = (bandTop: number, category: number) =>
	bandTop + (category + 0.5) * DENSE_ROW;
export const LABEL_ROWS = 3;
const LABEL_ROW = 19;

/** What every lane of one layout shares. */
export interface LaneContext {
	input: LayoutInput;
	/** Axis units to viewBox x. */
	x: (v: number) => number;
	x0: number;
	x1: number;
	domain: Domain;
	/** On a slide: no overview, the key beside the title, fewer label rows where needed. */
	slide: boolean;
	prepared: PreparedMarks;
	/** Per lane, the index range of its marks in view. */
	slices: Map<string, [number, number]>;
}

// One formatter for every lane of every frame: toLocaleString built one per call.
let counts: Intl.NumberFormat | undefined;
/** How to read a dense lane's ticks (in short where the chart is narrow). */
export function denseNote(n: number, width: number): string {
	const count = (counts ??= new Intl.NumberFormat('en')).format(n);
	return width < 700
		? `${count} as ticks; zoom in`
		: `${count} milestones in view: a tick each, one row per category in legend order. Zoom in for symbols.`;
}

/** Korea's bands solid, India's and the others' dashed as their lines are in every chart. */
function dashOf(country: string): number[] {
	const dash = countryStyle(country).dash;
	return dash ? dashArray(dash) : [];
}

export function layoutLane(
	c: LaneContext,
	country: string,
	index: number,
	labelRows: number,
	top: number
): LaneLayout {
	const { input, x, x0, x1, domain, slide, prepared } = c;
	const inView = (a: number, b: number) => b >= domain[0] && a <= domain[1];
	const anchorYear = input.anchors[country]!.year;
	const title = `${countryName(country)}${input.relative ? ` — year 0 = ${anchorYear}` : ''}`;
	const ownPhases = input.phases.filter((p) => p.country === country);
	const rows = phaseRows(ownPhases, input.currentYear);
	const nRows = Math.max(1, ...[...rows.values()].map((r) => r + 1));
	const numbers = new Map(
		[...ownPhases]
			.sort((a, b) => a.start_year - b.start_year)
			.map((p, i): [string, string] => [p.phase_id, String(i + 1)])
	);
	const keyed: string[] = [];

	const bands = ownPhases.flatMap((phase) => {
		const start = phase.start_year - anchorYear;
		const end = phaseEnd(phase, input.currentYear) - anchorYear;
		if (!inView(start, end)) return [];
		const left = Math.max(x(start), x0);
		const right = Math.min(x(end), x1);
		const span =
			phase.end_year === null ? `${phase.start_year}–` : `${phase.start_year}–${phase.end_year}`;
		const n = numbers.get(phase.phase_id)!;
		return [
			{
				phase,
				x: left,
				width: Math.max(2, right - left - 2),
				y: rows.get(phase.phase_id)! * PHASE_ROW,
				height: BAND,
				radius: 3,
				...bandText(
					phase,
					left,
					right - left - 2,
					n,
					slide ? `${n} ${phase.name}` : `${n} ${phase.name} ${span}`,
					keyed
				),
				accessibleName: `${countryName(country)} phase: ${phase.name}, ${span}${phase.end_year === null ? ' (ongoing)' : ''}`,
				start,
				end: phaseYears(phase, input.currentYear)[1] - anchorYear
			}
		];
	});

	// On a slide the key starts on the title's line, after the title.
	const titleRoom = slide
		? textWidth(title, TIMELINE_FONT.title, TIMELINE_FONT.titleWeight) + 14
		: 0;
	const slideKey = slide ? flowLines(keyed, x1 - x0, x1 - x0 - titleRoom) : [];
	const phasesTop = top + LANE_TITLE + Math.max(0, slideKey.length - 1) * SLIDE_KEY_ROW;
	const phases: PhaseBand[] = bands.map((b) => ({
		...b,
		y: phasesTop + b.y,
		textY: phasesTop + b.y + 17
	}));
	const marksTop = phasesTop + nRows * PHASE_ROW + 4;
	const labelsTop = marksTop + MARK_ROWS * MARK_ROW + 4;
	const keyTop = labelsTop + labelRows * LABEL_ROW;
	const phaseKey = slide
		? slideKey.map((text, i) => ({
				text,
				x: x0 + (i ? 0 : titleRoom),
				y: top + 16 + i * SLIDE_KEY_ROW
			}))
		: keyLines(keyed, x1 - x0).map((text, i) => ({
				text,
				x: x0,
				y: keyTop + i * KEY_ROW + 14
			}));
	// Room for every phase's key entry, so a lane keeps its height while the view zooms.
	const keyRoom = slide
		? 0
		: keyLines(
				ownPhases.map(
					(p) => `${numbers.get(p.phase_id)} ${p.name} ${p.start_year}–${p.end_year ?? ''}`
				),
				x1 - x0
			).length;
	const height = (slide ? keyTop : keyTop + keyRoom * KEY_ROW) - top;

	// Marks in view, in time order. Mark objects are built only when read: dense mode never
	// builds 10,000 objects a frame.
	const own = prepared.lanes.get(country);
	const [lo, hi] = c.slices.get(country)!;
	const rank = own ? rankLane(own, input.query, input.keyTitles) : null;
	const n = hi - lo;
	const dense = n > DENSE_MARKS;
	// The scale's arithmetic inline: these loops run for every mark in view on every zoom step.
	const perYear = (x1 - x0) / (domain[1] - domain[0]);
	const xOf = (t: number) => x0 + (t - domain[0]) * perYear;
	const ts = own?.ts ?? new Float64Array(0);
	const catRows = own?.rows ?? new Uint8Array(0);
	const d0 = domain[0];
	const rowY = (category: number) => denseRowY(marksTop, category);
	// Marks of a lane with symbols are spread over a few rows so they do not sit on each other:
	// worked out once per layout, when a mark is first read. A dense lane's marks sit on their
	// category's row, and a zoom step reads only the few it labels.
	let spread: Float64Array | null = null;
	const spreadRows = (): Float64Array => {
		const ys = new Float64Array(n);
		const rowEnds = Array<number>(MARK_ROWS).fill(-Infinity);
		for (let j = 0; j < n; j++) {
			const mx = xOf(ts[lo + j]!);
			let row = rowEnds.findIndex((e) => e + 14 <= mx);
			if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
			rowEnds[row] = mx;
			ys[j] = marksTop + row * MARK_ROW + MARK_ROW / 2;
		}
		return ys;
	};
	/** The y of the j-th mark in view. */
	const yAt = (j: number) => (dense ? rowY(catRows[lo + j]!) : (spread ??= spreadRows())[j]!);
	const dots: LaneDots = {
		count: n,
		ts: ts.subarray(lo, hi),
		x0,
		t0: d0,
		perYear,
		categories: own ? own.rows.subarray(lo, hi) : new Uint8Array(0),
		matched: rank ? rank.matched.subarray(lo, hi) : new Uint8Array(0),
		hits: rank
			? rank.matchedList
					.subarray(bisectLeft(rank.matchedList, lo), bisectLeft(rank.matchedList, hi))
					.map((i) => i - lo)
			: new Int32Array(0),
		rowMask: own?.rowMask ?? 0,
		id: (j) => own!.items[lo + j]!.s.id
	};
	const markAt = (j: number): MarkLayout => {
		const { m, s: st, t } = own!.items[lo + j]!;
		const style = CATEGORY_STYLE[m.category];
		return {
			id: st.id,
			milestone: m,
			x: xOf(ts[lo + j]!),
			y: yAt(j),
			spanX: [
				Math.max(x0, xOf(st.span[0] - anchorYear)),
				Math.min(x1, xOf(st.span[1] - anchorYear))
			],
			path: style.path,
			colour: style.colour,
			matched: dots.matched[j] === 1,
			accessibleName: st.accessibleName,
			t
		};
	};
	let built: MarkLayout[] | null = null;

	// Labels by importance, then time (the order is kept with the data, not sorted per step);
	// only the marks in view are read.
	const placer = labelPlacer(labelRows, [x0, x1]);
	const labels: LabelLayout[] = [];
	const order = rank?.byImportance ?? new Int32Array(0);
	const tiers = rank?.tiers ?? [0];
	for (let t = 0; t + 1 < tiers.length; t++) {
		const end = bisectLeft(order, hi, tiers[t]!, tiers[t + 1]!);
		for (let k = bisectLeft(order, lo, tiers[t]!, tiers[t + 1]!); k < end; k++) {
			const i = order[k]!;
			const j = i - lo;
			const st = own!.items[i]!.s;
			const mx = x0 + (ts[i]! - d0) * perYear;
			if (placer.full(mx, st.labelWidth)) {
				// A tier is in time order, so every mark up to the next pixel where a label could
				// start is turned away too (see nextStart): jump to the first after it, half a pixel
				// early against rounding. The rows fill after a few dozen labels, and thousands of
				// marks are in view.
				const toT = d0 + (placer.nextStart(mx) - 0.5 - x0) / perYear;
				let a = k + 1;
				let b = end;
				while (a < b) {
					const mid = (a + b) >>> 1;
					if (ts[order[mid]!]! < toT) a = mid + 1;
					else b = mid;
				}
				k = a - 1;
				continue;
			}
			const p = placer.place(st.id, mx, st.labelWidth);
			if (!p) continue;
			labels.push({
				id: p.id,
				text: st.label,
				x: p.x,
				y: labelsTop + p.row * LABEL_ROW + 14,
				anchorEnd: p.anchorEnd,
				matched: dots.matched[j] === 1,
				markX: mx,
				markY: yAt(j),
				leaderTop: yAt(j) + 7,
				leaderBottom: labelsTop + p.row * LABEL_ROW + 1
			});
		}
	}

	return {
		country,
		name: countryName(country),
		title,
		colour: countryColour(country, input.colourIndex?.[country] ?? index),
		dash: dashOf(country),
		anchorYear,
		y: top,
		titleY: top + 16,
		height,
		phases,
		phaseKey,
		dense,
		note: dense ? denseNote(n, input.width) : '',
		marksBand: { x: x0, y: marksTop, width: x1 - x0, height: MARK_ROWS * MARK_ROW },
		get marks() {
			return (built ??= Array.from({ length: n }, (_, j) => markAt(j)));
		},
		dots,
		markOf(id: string) {
			const at = prepared.byId.get(id);
			if (!own || at?.country !== country) return undefined;
			for (let i = bisectLeft(own.ts, at.t); i < hi && own.ts[i] === at.t; i++)
				if (i >= lo && own.items[i]!.s.id === id) return markAt(i - lo);
			return undefined;
		},
		labels
	};
}
