import { bisectLeft, bisectRight } from 'd3-array';
import { countryName } from '../data/countries';
import { MILESTONE_CATEGORIES, type Milestone, type MilestoneCategory } from '../data/schema';
import { dateSpan, dateToYear, formatDate } from './dates';
import type { Anchor } from './kinds';
import { labelWidth } from './labels';
import type { LayoutInput } from './layout-types';
import { CATEGORY_STYLE, importance, markId, SHORT_LABEL_MAX, shortLabel } from './marks';
import { searchTest } from './search';
import type { PhaseBar } from './phase-layout';
import type { Domain } from './zoom';

/**
 * What the layout works out once per data, filter or search rather than on every zoom step: the
 * axis' extent, each milestone's id, name and label, each lane's marks sorted by axis position,
 * their label order, and the overview's ticks.
 */
/**
 * A title with no subtitle, no parenthesis, that fits: its own short label at any length asked,
 * found without shortLabel's string work (a lane of 960,000 titles asks for every one). Kept here,
 * not in marks.ts, whose chunk pages without a timeline share.
 */
const isPlainTitle = (title: string): boolean =>
	title.length <= SHORT_LABEL_MAX && !title.includes(': ') && !title.includes('(');
const labelOf = (title: string) => (isPlainTitle(title) ? title : shortLabel(title));

const CATEGORY_ROW = Object.fromEntries(MILESTONE_CATEGORIES.map((c, i) => [c, i])) as Record<
	MilestoneCategory,
	number
>;

/**
 * The view "zoom to this phase" shows, in calendar years: the whole of its first and last years
 * (a phase of 2003–2007 is shown to the end of 2007, so the range then reads 2003–2007).
 */
export const phaseYears = (p: PhaseBar, currentYear: number): [number, number] => [
	p.start_year,
	(p.end_year ?? currentYear) + 1
];

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
		// To the end of the phase's last year, so zooming to it can show all of it.
		hi = Math.max(hi, phaseYears(p, input.currentYear)[1] - a);
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
export function phaseRows(phases: PhaseBar[], currentYear: number): Map<string, number> {
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
export interface MarkStatic {
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
/**
 * A milestone's name and label width are worked out when first read: a lane of 960,000 has only
 * the marks in view (and the labels placed) read, and measuring every label took seconds at load.
 */
class Static implements MarkStatic {
	id: string;
	year: number;
	span: [number, number];
	#m: Milestone;
	#label: string;
	#name: string | undefined;
	#width: number | undefined;
	constructor(m: Milestone) {
		this.#m = m;
		this.id = markId(m);
		this.year = dateToYear(m.date);
		this.span = dateSpan(m.date);
		this.#label = labelOf(m.title);
	}
	get accessibleName(): string {
		return (this.#name ??= markName(this.#m));
	}
	get label(): string {
		return this.#label;
	}
	set label(text: string) {
		this.#label = text;
		this.#width = undefined;
	}
	get labelWidth(): number {
		return (this.#width ??= labelWidth(this.#label));
	}
}
function markStatic(m: Milestone): MarkStatic {
	let s = statics.get(m);
	if (!s) {
		s = new Static(m);
		statics.set(m, s);
	}
	return s;
}

/** A lane's milestones in the checked categories, sorted by axis position: worked out once per
 * data, filter or anchor change, so a zoom step only binary-searches its slice. */
export interface LaneMarks {
	items: { m: Milestone; s: MarkStatic; t: number }[];
	ts: Float64Array;
	/** Category index (legend order): the row a mark takes in dense mode. */
	rows: Uint8Array;
	/** Bit `r` set when some mark is of category row `r`. */
	rowMask: number;
}
export interface PreparedMarks {
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
		distinctLabels(items);
		const rows = Uint8Array.from(items, (i) => CATEGORY_ROW[i.m.category]);
		let rowMask = 0;
		for (const r of rows) rowMask |= 1 << r;
		lanes.set(country, { items, ts: Float64Array.from(items, (i) => i.t), rows, rowMask });
	}
	const value = { lanes, byId };
	preparedCache = { key: [milestones, categories, anchors], value };
	return value;
}

/**
 * Labels that would read the same in one lane ("IT Act 2000" for its assent and its coming into
 * force) keep what follows the title's colon: "IT Act 2000, presidential assent".
 */
function distinctLabels(items: LaneMarks['items']) {
	// A plain title (no subtitle, no parenthesis, short) is its own label either way; only the
	// others can change. So their heads are counted first, and a plain title counts only where it
	// equals one of them: a lane of 960,000 plain titles is one pass with nothing stored.
	const plain = (t: string) => isPlainTitle(t);
	const count = new Map<string, number>();
	for (const { m } of items) {
		if (plain(m.title)) continue;
		const head = shortLabel(m.title);
		count.set(head, (count.get(head) ?? 0) + 1);
	}
	if (count.size === 0) return;
	for (const { m } of items) {
		const n = plain(m.title) ? count.get(m.title) : undefined;
		if (n !== undefined) count.set(m.title, n + 1);
	}
	for (const { m, s } of items) {
		if (plain(m.title)) continue;
		const head = shortLabel(m.title);
		const label = count.get(head)! > 1 ? shortLabel(m.title.replace(': ', ', '), 40) : head;
		if (label !== s.label) s.label = label;
	}
}

/** How many milestones of the checked categories fall in [a, b] (in axis units). */
export function countInView(prepared: PreparedMarks, [a, b]: Domain): number {
	let n = 0;
	for (const lane of prepared.lanes.values()) n += bisectRight(lane.ts, b) - bisectLeft(lane.ts, a);
	return n;
}

/**
 * Indices by score, highest first, in index (time) order among equals. Scores are small whole
 * numbers, so a counting sort: a comparison sort of a 960,000-milestone lane took seconds per
 * search at 4× CPU.
 */
export function byScore(score: Int32Array): Int32Array {
	let max = 0;
	for (const v of score) if (v > max) max = v;
	const starts = new Int32Array(max + 2);
	for (const v of score) starts[max - v + 1]!++;
	for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
	const out = new Int32Array(score.length);
	for (let i = 0; i < score.length; i++) out[starts[max - score[i]!]!++] = i;
	return out;
}

// Label order (importance, then time) depends on the search and the key titles, not the view.
const rankCache = new WeakMap<
	LaneMarks,
	{
		query: string;
		keys: ReadonlySet<string>;
		value: {
			matched: Uint8Array;
			matchedList: Int32Array;
			score: Int32Array;
			byImportance: Int32Array;
			tiers: number[];
		};
	}
>();
export function rankLane(lane: LaneMarks, query: string, keys: ReadonlySet<string>) {
	const c = rankCache.get(lane);
	if (c && c.query === query && c.keys === keys) return c.value;
	const test = searchTest(query);
	const matched = Uint8Array.from(lane.items, ({ m }) => (test(m) ? 1 : 0));
	const score = Int32Array.from(lane.items, ({ m }, i) =>
		importance(m, keys.has(m.title), matched[i] === 1)
	);
	const byImportance = byScore(score);
	let hits = 0;
	for (const v of matched) hits += v;
	const matchedList = new Int32Array(hits);
	for (let i = 0, k = 0; i < matched.length; i++) if (matched[i]) matchedList[k++] = i;
	// Where each run of equal importance starts (and the end): within a run the marks are in time
	// order, so the ones in view are a stretch found by binary search, not by reading them all.
	const tiers = [0];
	for (let k = 1; k < byImportance.length; k++)
		if (score[byImportance[k]!] !== score[byImportance[k - 1]!]) tiers.push(k);
	tiers.push(byImportance.length);
	const value = { matched, matchedList, score, byImportance, tiers };
	rankCache.set(lane, { query, keys, value });
	return value;
}

// The overview never changes while zooming: its ticks are built once per lane, limits and width.
const overviewCache = new WeakMap<LaneMarks, { key: string; d: string }>();
export function overviewPath(lane: LaneMarks, ov: (t: number) => number, key: string, y: number) {
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
