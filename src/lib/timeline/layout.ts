import { bisectLeft, bisectRight } from 'd3-array';
import { countryName } from '../data/countries';
import { countryColour } from '../charts/theme';
import { textWidth, wrapToWidth } from '../charts/text';
import { MILESTONE_CATEGORIES, type Milestone, type MilestoneCategory } from '../data/schema';
import { dateSpan, dateToYear, formatDate } from './dates';
import type { Anchor } from './kinds';
import { labelPlacer, labelWidth } from './labels';
import { CATEGORY_STYLE, importance, markId, matchesSearch, shortLabel } from './marks';
import { fitLabel, type PhaseBar } from './phase-layout';
import { chooseTicks, type Domain, type TickChoice } from './zoom';

/** Everything the chart draws, in viewBox units (= CSS pixels once measured). */
export interface TimelineLayout {
	width: number;
	height: number;
	/** Whether the overview strip is drawn (not on slides). */
	showOverview: boolean;
	/** The plot's horizontal extent. */
	x0: number;
	x1: number;
	domain: Domain;
	limits: Domain;
	relative: boolean;
	legend: { category: MilestoneCategory; x: number; y: number; label: string }[];
	axis: TickChoice & {
		y: number;
		top: number;
		/** `value` (axis units) keys the tick, so zooming moves a tick instead of re-creating it. */
		/** `lx`: where the label is centred, moved in from the chart's edges so it is never cut. */
		items: { value: number; x: number; lx: number; label: string; major: boolean }[];
	};
	lanes: LaneLayout[];
	overview: OverviewLayout;
	/** The earliest mark in view (the chart's first tab stop), or null. */
	first: string | null;
	/** Whether a mark is in view now (O(1), for roving focus without a map of every mark). */
	inView: (id: string) => boolean;
}

/**
 * Above this many marks in view, a lane is drawn in dense mode (see canvas.ts): one SVG element
 * per mark would cost more than a frame at 4× CPU, and the symbols would pile up unreadably.
 * Only big uploaded files (and the benchmark) get there; the committed lanes have ~65 each.
 */
export const DENSE_MARKS = 250;
const CATEGORY_ROW = Object.fromEntries(MILESTONE_CATEGORIES.map((c, i) => [c, i])) as Record<
	MilestoneCategory,
	number
>;

export interface LaneLayout {
	country: string;
	name: string;
	/** What the lane's title reads: its name, and its year 0 in aligned mode. */
	title: string;
	colour: string;
	/** The dash of its phase bands' outline (solid for Korea), so lanes differ without colour. */
	dash: number[];
	/** Year 0 of this lane in aligned mode. */
	anchorYear: number;
	y: number;
	height: number;
	phases: PhaseBand[];
	/**
	 * A phase whose name does not fit its band shows its number there, and its name here, under
	 * the lane ("2 National Basic Information Systems 1987–1996"): never a five-letter stub. On a
	 * slide the key runs after the lane's title, above its bands, without the years.
	 */
	phaseKey: { text: string; x: number; y: number }[];
	/** More than DENSE_MARKS marks in view: ticks on a canvas instead of symbols. */
	dense: boolean;
	/** Where the marks are drawn (the rows between the phases and the labels). */
	marksBand: { x: number; y: number; width: number; height: number };
	/** The marks in view, in time order (built on first read). */
	readonly marks: MarkLayout[];
	/** The same marks as arrays: what drawing thousands of them needs, without an object each. */
	dots: LaneDots;
	/** One mark in view by id, or undefined. */
	markOf: (id: string) => MarkLayout | undefined;
	labels: LabelLayout[];
}

export interface LaneDots {
	/** How many marks are in view. */
	count: number;
	/** Their axis positions, in order; a mark's x is `x0 + (t − t0) × perYear`. */
	ts: Float64Array;
	x0: number;
	t0: number;
	perYear: number;
	/** Index of each mark's category in MILESTONE_CATEGORIES (legend order). */
	categories: Uint8Array;
	/** 1 where the mark matches the search. */
	matched: Uint8Array;
	id: (j: number) => string;
}

export interface PhaseBand {
	phase: PhaseBar;
	x: number;
	width: number;
	y: number;
	text: string;
	/** Where the text starts (both renderers draw it there): inset, or centred in a thin band. */
	textX: number;
	accessibleName: string;
	/** Axis units the band covers, for "click to zoom to it". */
	start: number;
	end: number;
}

export interface MarkLayout {
	id: string;
	milestone: Milestone;
	x: number;
	y: number;
	/** Pixels the date's precision covers (a year, a month), drawn as a faint whisker. */
	spanX: [number, number];
	path: string;
	colour: string;
	matched: boolean;
	accessibleName: string;
	/** Axis position (years or years since anchor). */
	t: number;
}

export interface LabelLayout {
	id: string;
	text: string;
	x: number;
	y: number;
	anchorEnd: boolean;
	/** The milestone matches the search (drawn bold). */
	matched: boolean;
	markX: number;
	markY: number;
}

export interface OverviewLayout {
	y: number;
	height: number;
	ticks: { x: number; label: string }[];
	/** Per lane, one tick per milestone as a single path (`M x y v8…`). */
	lanes: { country: string; colour: string; y: number; d: string }[];
	window: [number, number];
}

export interface LayoutInput {
	phases: PhaseBar[];
	milestones: Milestone[];
	/** Lanes, top to bottom. */
	countries: string[];
	/** Year 0 per country; `{year: 0}` for calendar mode. Countries with null are left out. */
	anchors: Record<string, Anchor | null>;
	relative: boolean;
	/** The view; null = everything. */
	domain: Domain | null;
	width: number;
	categories: ReadonlySet<MilestoneCategory>;
	query: string;
	/** Titles the lag table and anchors use (they outrank other labels). */
	keyTitles: ReadonlySet<string>;
	currentYear: number;
	/** Palette position of uploaded countries (their colour everywhere); others by lane order. */
	colourIndex?: Record<string, number>;
	/** False on a slide: the overview strip is for zooming, which a projected slide never does. */
	overview?: boolean;
	/** On a slide, the height the chart has: milestone label rows give way until the lanes fit. */
	height?: number;
}

const MARGIN = { left: 12, right: 12, top: 6 };
const KEY_ROW = 20;
/** A slide's key is running text: a little tighter, so a 4:3 slide keeps two label rows. */
const SLIDE_KEY_ROW = 19;
const KEY_PX = 14;

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
	const w = textWidth(n, 14, 600);
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
/** A lane title's size and weight (TimelineChart's `.lane-title`). */
const TITLE_PX = 16;
const TITLE_WEIGHT = 700;
/** The axis labels' size (TimelineChart's `.axis text`, motion.ts's canvas). */
export const AXIS_PX = 14;
/** The overview strip's year labels (TimelineChart's `text`). */
const OVERVIEW_PX = 14;
const LEGEND_ROW = 24;
const LANE_TITLE = 24;
const PHASE_ROW = 28;
const MARK_ROWS = 3;
const MARK_ROW = 15;
/** In dense mode the same band holds one thin row per category, in legend order. */
export const DENSE_ROW = (MARK_ROWS * MARK_ROW) / MILESTONE_CATEGORIES.length;
/** The middle of a dense lane's tick row for a category (one row each, in legend order). */
export const denseRowY = (bandTop: number, category: number) =>
	bandTop + (category + 0.5) * DENSE_ROW;
const LABEL_ROWS = 3;
const LABEL_ROW = 19;
const LANE_GAP = 12;
const AXIS = 30;
const OVERVIEW = 62;

export const phaseEnd = (p: PhaseBar, currentYear: number) =>
	p.end_year === null ? currentYear + 1 : Math.max(p.end_year, p.start_year + 1);

/** The axis' full extent: every phase and milestone of the lanes shown, in axis units. */
export function fullDomain(
	input: Pick<LayoutInput, 'phases' | 'milestones' | 'countries' | 'anchors' | 'currentYear'>
): Domain {
	const c = limitsCache;
	const key = input.countries.join(' ');
	if (
		c &&
		c.phases === input.phases &&
		c.milestones === input.milestones &&
		c.anchors === input.anchors &&
		c.key === key &&
		c.currentYear === input.currentYear
	)
		return c.value;
	const anchorOf = new Map(input.countries.map((c) => [c, input.anchors[c]?.year]));
	let lo = Infinity;
	let hi = -Infinity;
	for (const p of input.phases) {
		const a = anchorOf.get(p.country);
		if (a === undefined) continue;
		lo = Math.min(lo, p.start_year - a);
		hi = Math.max(hi, phaseEnd(p, input.currentYear) - a);
	}
	for (const m of input.milestones) {
		const a = anchorOf.get(m.country);
		if (a === undefined) continue;
		const [s, e] = markStatic(m).span;
		lo = Math.min(lo, s - a);
		hi = Math.max(hi, e - a);
	}
	const value: Domain = Number.isFinite(lo) ? [Math.floor(lo), Math.ceil(hi)] : [0, 1];
	limitsCache = { ...input, key, value };
	return value;
}
// Zooming asks for the same extent on every step; with 10,000 milestones it is worth keeping.
let limitsCache:
	| (Pick<LayoutInput, 'phases' | 'milestones' | 'anchors' | 'currentYear'> & {
			key: string;
			value: Domain;
	  })
	| null = null;

/** Phase rows a lane needs: overlapping phases (India Stack over Digital India) stack. */
function phaseRows(phases: PhaseBar[], currentYear: number): Map<string, number> {
	const rows = new Map<string, number>();
	const ends: number[] = [];
	const sorted = [...phases].sort(
		(a, b) => a.start_year - b.start_year || phaseEnd(b, currentYear) - phaseEnd(a, currentYear)
	);
	for (const p of sorted) {
		let row = ends.findIndex((e) => e <= p.start_year);
		if (row === -1) row = ends.push(0) - 1;
		ends[row] = phaseEnd(p, currentYear);
		rows.set(p.phase_id, row);
	}
	return rows;
}

export function markName(m: Milestone): string {
	return `${m.title}, ${formatDate(m.date)} (${countryName(m.country)}, ${CATEGORY_STYLE[m.category].label.toLowerCase()})`;
}

/** What a milestone's layout needs that does not depend on the view: worked out once per row. */
interface MarkStatic {
	id: string;
	year: number;
	span: [number, number];
	accessibleName: string;
	label: string;
	labelWidth: number;
}
// Zooming lays the chart out again every frame; with thousands of milestones the string work
// (ids, names, labels) dominated each step. Keyed by the row object, so new data is never stale.
const statics = new WeakMap<Milestone, MarkStatic>();
function markStatic(m: Milestone): MarkStatic {
	let s = statics.get(m);
	if (!s) {
		const label = shortLabel(m.title);
		s = {
			id: markId(m),
			year: dateToYear(m.date),
			span: dateSpan(m.date),
			accessibleName: markName(m),
			label,
			labelWidth: labelWidth(label)
		};
		statics.set(m, s);
	}
	return s;
}

/** A lane's milestones in the checked categories, sorted by axis position: worked out once per
 * data, filter or anchor change, so a zoom step only binary-searches its slice. */
interface LaneMarks {
	items: { m: Milestone; s: MarkStatic; t: number }[];
	ts: Float64Array;
	/** Category index (legend order): the row a mark takes in dense mode. */
	rows: Uint8Array;
}
interface PreparedMarks {
	lanes: Map<string, LaneMarks>;
	/** Where every shown mark sits: lane and axis position. */
	byId: Map<string, { country: string; t: number }>;
}

// One entry is enough: the explorer zooms one chart, passing the same objects on every step.
let preparedCache: {
	key: [Milestone[], ReadonlySet<MilestoneCategory>, Record<string, Anchor | null>];
	value: PreparedMarks;
} | null = null;

export function prepareMarks(
	milestones: Milestone[],
	categories: ReadonlySet<MilestoneCategory>,
	anchors: Record<string, Anchor | null>
): PreparedMarks {
	const c = preparedCache;
	if (c && c.key[0] === milestones && c.key[1] === categories && c.key[2] === anchors)
		return c.value;
	const lanes = new Map<string, LaneMarks>();
	const byId = new Map<string, { country: string; t: number }>();
	const grouped = new Map<string, LaneMarks['items']>();
	for (const m of milestones) {
		const anchor = anchors[m.country];
		if (!anchor || !categories.has(m.category)) continue;
		const s = markStatic(m);
		const t = s.year - anchor.year;
		let list = grouped.get(m.country);
		if (!list) grouped.set(m.country, (list = []));
		list.push({ m, s, t });
		byId.set(s.id, { country: m.country, t });
	}
	for (const [country, items] of grouped) {
		items.sort((a, b) => a.t - b.t);
		lanes.set(country, {
			items,
			ts: Float64Array.from(items, (i) => i.t),
			rows: Uint8Array.from(items, (i) => CATEGORY_ROW[i.m.category])
		});
	}
	const value = { lanes, byId };
	preparedCache = { key: [milestones, categories, anchors], value };
	return value;
}

/** How many milestones of the checked categories fall in [a, b] (in axis units). */
export function countInView(prepared: PreparedMarks, [a, b]: Domain): number {
	let n = 0;
	for (const lane of prepared.lanes.values()) n += bisectRight(lane.ts, b) - bisectLeft(lane.ts, a);
	return n;
}

// Label order (importance, then time) depends on the search and the key titles, not the view.
const rankCache = new WeakMap<
	LaneMarks,
	{
		query: string;
		keys: ReadonlySet<string>;
		value: {
			matched: Uint8Array;
			score: Int32Array;
			byImportance: Int32Array;
			tiers: number[];
		};
	}
>();
function rankLane(lane: LaneMarks, query: string, keys: ReadonlySet<string>) {
	const c = rankCache.get(lane);
	if (c && c.query === query && c.keys === keys) return c.value;
	const matched = Uint8Array.from(lane.items, ({ m }) => (matchesSearch(m, query) ? 1 : 0));
	const score = Int32Array.from(lane.items, ({ m }, i) =>
		importance(m, keys.has(m.title), matched[i] === 1)
	);
	const byImportance = Int32Array.from(lane.items.keys()).sort(
		(a, b) => score[b]! - score[a]! || a - b
	);
	// Where each run of equal importance starts (and the end): within a run the marks are in time
	// order, so the ones in view are a stretch found by binary search, not by reading them all.
	const tiers = [0];
	for (let k = 1; k < byImportance.length; k++)
		if (score[byImportance[k]!] !== score[byImportance[k - 1]!]) tiers.push(k);
	tiers.push(byImportance.length);
	const value = { matched, score, byImportance, tiers };
	rankCache.set(lane, { query, keys, value });
	return value;
}

// The overview never changes while zooming: its ticks are built once per lane, limits and width.
const overviewCache = new WeakMap<LaneMarks, { key: string; d: string }>();
function overviewPath(lane: LaneMarks, ov: (t: number) => number, key: string, y: number) {
	const c = overviewCache.get(lane);
	if (c?.key === key) return c.d;
	let d = '';
	let last = -Infinity;
	for (const t of lane.ts) {
		const x = Math.round(ov(t) * 2) / 2;
		// Thousands of ticks share a half-pixel at this scale; one is enough.
		if (x === last) continue;
		d += `M${x} ${y}v8`;
		last = x;
	}
	overviewCache.set(lane, { key, d });
	return d;
}

/**
 * d3's scaleLinear arithmetic, to the last bit, without its machinery: the first steps of a zoom
 * run before the browser has optimised anything, and d3-scale's generic path (interpolators
 * built on first use, per layout) cost more there than the rest of the phase bands.
 */
function linear([a, b]: Domain, r0: number, r1: number): (v: number) => number {
	const span = b - a;
	return (v) => {
		const t = (v - a) / span;
		return r0 * (1 - t) + r1 * t;
	};
}

export function layoutTimeline(input: LayoutInput): TimelineLayout {
	const { width } = input;
	const countries = input.countries.filter((c) => input.anchors[c]);
	const limits = fullDomain({ ...input, countries });
	const domain = input.domain ?? limits;
	const x0 = MARGIN.left;
	const x1 = width - MARGIN.right;
	const x = linear(domain, x0, x1);
	const ov = linear(limits, x0, x1);
	const inView = (a: number, b: number) => b >= domain[0] && a <= domain[1];

	// Legend: wraps onto as many rows as the width needs.
	const legend: TimelineLayout['legend'] = [];
	let lx = x0;
	let ly = MARGIN.top + 14;
	for (const category of Object.keys(CATEGORY_STYLE) as MilestoneCategory[]) {
		const label = CATEGORY_STYLE[category].label;
		const w = 22 + labelWidth(label) + 14;
		if (lx + w > x1 && lx > x0) {
			lx = x0;
			ly += LEGEND_ROW;
		}
		legend.push({ category, x: lx, y: ly, label });
		lx += w;
	}
	let y = ly + LEGEND_ROW - 6;

	const prepared = prepareMarks(input.milestones, input.categories, input.anchors);
	const slices = new Map<string, [number, number]>(
		countries.map((c): [string, [number, number]] => {
			const lane = prepared.lanes.get(c);
			return [c, lane ? [bisectLeft(lane.ts, domain[0]), bisectRight(lane.ts, domain[1])] : [0, 0]];
		})
	);
	// A slide has no room under its lanes for a key (its chart text must stay ≥ 16 px on a
	// 1280×720 screen): there the key runs beside the lane's title, without the years the bands
	// show, and the milestone label rows give way (3, 2, then 1) until the lanes fit its height.
	const slide = input.overview === false;
	const lanesTop = y;
	const buildLanes = (labelRows: number) => {
		y = lanesTop;
		return countries.map((country, index) => lane(country, index, labelRows));
	};
	const lane = (country: string, index: number, labelRows: number): LaneLayout => {
		const anchorYear = input.anchors[country]!.year;
		const title = `${countryName(country)}${input.relative ? ` — year 0 = ${anchorYear}` : ''}`;
		const ownPhases = input.phases.filter((p) => p.country === country);
		const rows = phaseRows(ownPhases, input.currentYear);
		const nRows = Math.max(1, ...[...rows.values()].map((r) => r + 1));
		const top = y;
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
					end
				}
			];
		});

		// On a slide the key starts on the title's line, after the title.
		const titleRoom = slide ? textWidth(title, TITLE_PX, TITLE_WEIGHT) + 14 : 0;
		const slideKey = slide ? flowLines(keyed, x1 - x0, x1 - x0 - titleRoom) : [];
		const phasesTop = top + LANE_TITLE + Math.max(0, slideKey.length - 1) * SLIDE_KEY_ROW;
		const phases: PhaseBand[] = bands.map((b) => ({ ...b, y: phasesTop + b.y }));
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
		y += height + LANE_GAP;

		// Marks in view, in time order. Mark objects are built only when read: dense mode never
		// builds 10,000 objects a frame.
		const own = prepared.lanes.get(country);
		const [lo, hi] = slices.get(country)!;
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
					markY: yAt(j)
				});
			}
		}

		return {
			country,
			name: countryName(country),
			title,
			colour: countryColour(country, input.colourIndex?.[country] ?? index),
			dash: country === 'KOR' ? [] : country === 'IND' ? [5, 3] : [1.5, 3],
			anchorYear,
			y: top,
			height,
			phases,
			phaseKey,
			dense,
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
	};
	let lanes = buildLanes(LABEL_ROWS);
	const fits = () => y - LANE_GAP + AXIS <= input.height!;
	if (slide && input.height)
		for (let rows = LABEL_ROWS - 1; rows >= 1 && !fits(); rows--) lanes = buildLanes(rows);

	const axisTop = y - LANE_GAP;
	const ticks = chooseTicks(domain, x1 - x0, input.relative);
	const axis = {
		...ticks,
		top: MARGIN.top + (legend.at(-1)?.y ?? 0) + 8,
		y: axisTop + 20,
		items: ticks.ticks.map((t) => {
			const tx = x(t.value);
			const half = textWidth(t.label, AXIS_PX, t.major ? 600 : 400) / 2 + 1;
			return {
				value: t.value,
				x: tx,
				lx: Math.min(Math.max(tx, half), width - half),
				label: t.label,
				major: t.major
			};
		})
	};

	const ovTop = axisTop + AXIS;
	const ovTicks = chooseTicks(limits, x1 - x0, input.relative, 56);
	const overview: OverviewLayout = {
		y: ovTop,
		height: OVERVIEW - 8,
		// Labels only (no grid line): centred on their year, moved in from the chart's edges.
		ticks: ovTicks.ticks.map((t) => {
			const half = textWidth(t.label, OVERVIEW_PX) / 2 + 1;
			return { x: Math.min(Math.max(ov(t.value), half), width - half), label: t.label };
		}),
		lanes: lanes.map((lane, i) => {
			const y = ovTop + 6 + i * 12;
			const own = prepared.lanes.get(lane.country);
			const key = `${limits[0]} ${limits[1]} ${x0} ${x1} ${y}`;
			return {
				country: lane.country,
				colour: lane.colour,
				y,
				d: own ? overviewPath(own, (t) => ov(t), key, y) : ''
			};
		}),
		window: [ov(domain[0]), ov(domain[1])]
	};

	let first: { id: string; t: number } | null = null;
	for (const lane of lanes) {
		if (!lane.dots.count) continue;
		const t = prepared.lanes.get(lane.country)!.ts[slices.get(lane.country)![0]]!;
		if (!first || t < first.t) first = { id: lane.dots.id(0), t };
	}
	const lanesShown = new Set(countries);
	const shows = (id: string) => {
		const at = prepared.byId.get(id);
		return !!at && lanesShown.has(at.country) && at.t >= domain[0] && at.t <= domain[1];
	};

	const showOverview = input.overview !== false;
	return {
		width,
		height: showOverview ? ovTop + OVERVIEW : ovTop,
		showOverview,
		x0,
		x1,
		domain,
		limits,
		relative: input.relative,
		legend,
		axis,
		lanes,
		overview,
		first: first?.id ?? null,
		inView: shows
	};
}

/**
 * A lane's precision whiskers (the year or month a date covers) as one path per colour: a line per
 * mark doubled the elements the page hydrates. Exact days (no width) draw nothing, as before.
 */
export function whiskerPaths(marks: MarkLayout[]): { colour: string; d: string }[] {
	const byColour = new Map<string, string>();
	for (const { spanX, y, colour } of marks) {
		if (spanX[1] - spanX[0] < 0.5) continue;
		const d = `M${+spanX[0].toFixed(1)} ${+y.toFixed(1)}H${+spanX[1].toFixed(1)}`;
		byColour.set(colour, (byColour.get(colour) ?? '') + d);
	}
	return [...byColour].map(([colour, d]) => ({ colour, d }));
}
