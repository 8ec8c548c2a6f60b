import type { Milestone, MilestoneCategory } from '../data/schema';
import type { Anchor } from './kinds';
import type { PhaseBar } from './phase-layout';
import type { Domain, TickChoice } from './zoom';

/**
 * What the layout hands both renderers (the SVG in TimelineChart and its parts, the motion canvas
 * in motion.ts): every position and rectangle either draws, so neither does geometry of its own.
 */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

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
	/** What the lanes are clipped to (the plot, with room for a mark's ring at either end). */
	plot: Rect;
	/** `x`, `y`: where the label's text starts; `symbolX`, `symbolY`: the category's symbol. */
	legend: {
		category: MilestoneCategory;
		x: number;
		y: number;
		symbolX: number;
		symbolY: number;
		label: string;
	}[];
	axis: TickChoice & {
		/** The labels' baseline. */
		y: number;
		/** The grid lines run from `top` to `bottom`. */
		top: number;
		bottom: number;
		/** Where year 0 is, in aligned mode with 0 in view; else null. */
		zeroX: number | null;
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
	/** A mark in view by id, in whichever lane. */
	markOf: (id: string) => MarkLayout | undefined;
	/** The mark drawn as a symbol nearest to (x, y), if one is within `r`: what a tap picks. */
	markNear: (x: number, y: number, r: number) => string | null;
	/** Every mark of the shown categories in time order, in view or not: where ← and → go. */
	timeOrder: () => { id: string; t: number }[];
}

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
	/** The title's baseline. */
	titleY: number;
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
	/** What a dense lane's title adds: how to read its ticks ('' for a lane of symbols). */
	note: string;
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
	/** The matches' indices (as `j`), in order: drawn on top without reading every mark. */
	hits: Int32Array;
	/** Bit `r` set when the lane has marks of category row `r` at all. */
	rowMask: number;
	id: (j: number) => string;
}

export interface PhaseBand {
	phase: PhaseBar;
	x: number;
	width: number;
	y: number;
	height: number;
	/** Corner radius. */
	radius: number;
	text: string;
	/** Where the text starts (both renderers draw it there): inset, or centred in a thin band. */
	textX: number;
	textY: number;
	accessibleName: string;
	/** What "click to zoom to it" shows, in axis units: the phase to the end of its last year. */
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
	/** The leader runs down the mark's x from under the label to above the mark. */
	leaderTop: number;
	leaderBottom: number;
}

export interface OverviewLayout {
	y: number;
	height: number;
	/** The strip the lanes' marks are drawn on. */
	panel: Rect;
	/** The year labels' baseline. */
	tickY: number;
	ticks: { x: number; label: string }[];
	/** Per lane, one tick per milestone as a single path (`M x y v8…`). */
	lanes: { country: string; colour: string; y: number; d: string }[];
	/** The view's start and end on the strip: where the brush's handles are. */
	window: [number, number];
	/** The view as a rectangle over the strip, and its two handles. */
	frame: Rect;
	handles: [Rect, Rect];
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
