import { scaleLinear } from 'd3-scale';
import { countryName } from '../data/countries';
import { countryColour } from '../charts/palette';
import type { Milestone, MilestoneCategory, Phase } from '../data/schema';
import { dateSpan, dateToYear, formatDate } from './dates';
import type { Anchor } from './kinds';
import { labelWidth, placeLabels } from './labels';
import { CATEGORY_STYLE, importance, markId, matchesSearch, shortLabel } from './marks';
import { fitLabel } from './phase-layout';
import { chooseTicks, type Domain, type TickChoice } from './zoom';

/** Everything the chart draws, in viewBox units (= CSS pixels once measured). */
export interface TimelineLayout {
	width: number;
	height: number;
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
		items: { x: number; label: string; major: boolean }[];
	};
	lanes: LaneLayout[];
	overview: OverviewLayout;
	/** Marks in time order across lanes: the order arrow keys move in. */
	order: string[];
}

export interface LaneLayout {
	country: string;
	name: string;
	colour: string;
	/** Year 0 of this lane in aligned mode. */
	anchorYear: number;
	y: number;
	height: number;
	phases: PhaseBand[];
	marks: MarkLayout[];
	labels: LabelLayout[];
}

export interface PhaseBand {
	phase: Phase;
	x: number;
	width: number;
	y: number;
	text: string;
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
	markX: number;
	markY: number;
}

export interface OverviewLayout {
	y: number;
	height: number;
	ticks: { x: number; label: string }[];
	lanes: { country: string; colour: string; y: number; xs: number[] }[];
	window: [number, number];
}

export interface LayoutInput {
	phases: Phase[];
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
}

const MARGIN = { left: 12, right: 12, top: 6 };
const LEGEND_ROW = 24;
const LANE_TITLE = 24;
const PHASE_ROW = 28;
const MARK_ROWS = 3;
const MARK_ROW = 15;
const LABEL_ROWS = 3;
const LABEL_ROW = 19;
const LANE_GAP = 12;
const AXIS = 30;
const OVERVIEW = 62;

export const phaseEnd = (p: Phase, currentYear: number) =>
	p.end_year === null ? currentYear + 1 : Math.max(p.end_year, p.start_year + 1);

/** The axis' full extent: every phase and milestone of the lanes shown, in axis units. */
export function fullDomain(
	input: Pick<LayoutInput, 'phases' | 'milestones' | 'countries' | 'anchors' | 'currentYear'>
): Domain {
	let lo = Infinity;
	let hi = -Infinity;
	for (const c of input.countries) {
		const a = input.anchors[c];
		if (!a) continue;
		for (const p of input.phases.filter((p) => p.country === c)) {
			lo = Math.min(lo, p.start_year - a.year);
			hi = Math.max(hi, phaseEnd(p, input.currentYear) - a.year);
		}
		for (const m of input.milestones.filter((m) => m.country === c)) {
			const [s, e] = dateSpan(m.date);
			lo = Math.min(lo, s - a.year);
			hi = Math.max(hi, e - a.year);
		}
	}
	if (!Number.isFinite(lo)) return [0, 1];
	return [Math.floor(lo), Math.ceil(hi)];
}

/** Phase rows a lane needs: overlapping phases (India Stack over Digital India) stack. */
function phaseRows(phases: Phase[], currentYear: number): Map<string, number> {
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

export function layoutTimeline(input: LayoutInput): TimelineLayout {
	const { width } = input;
	const countries = input.countries.filter((c) => input.anchors[c]);
	const limits = fullDomain({ ...input, countries });
	const domain = input.domain ?? limits;
	const x0 = MARGIN.left;
	const x1 = width - MARGIN.right;
	const x = scaleLinear().domain(domain).range([x0, x1]);
	const ov = scaleLinear().domain(limits).range([x0, x1]);
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

	const lanes: LaneLayout[] = countries.map((country, index) => {
		const anchorYear = input.anchors[country]!.year;
		const own = input.phases.filter((p) => p.country === country);
		const rows = phaseRows(own, input.currentYear);
		const nRows = Math.max(1, ...[...rows.values()].map((r) => r + 1));
		const top = y;
		const phasesTop = top + LANE_TITLE;
		const marksTop = phasesTop + nRows * PHASE_ROW + 4;
		const labelsTop = marksTop + MARK_ROWS * MARK_ROW + 4;
		const height = labelsTop + LABEL_ROWS * LABEL_ROW - top;
		y += height + LANE_GAP;

		const phases: PhaseBand[] = own.flatMap((phase) => {
			const start = phase.start_year - anchorYear;
			const end = phaseEnd(phase, input.currentYear) - anchorYear;
			if (!inView(start, end)) return [];
			const left = Math.max(x(start), x0);
			const right = Math.min(x(end), x1);
			const span =
				phase.end_year === null ? `${phase.start_year}–` : `${phase.start_year}–${phase.end_year}`;
			return [
				{
					phase,
					x: left,
					width: Math.max(2, right - left - 2),
					y: phasesTop + rows.get(phase.phase_id)! * PHASE_ROW,
					text: fitLabel(phase.name, right - left - 2, 8.2),
					accessibleName: `${countryName(country)} phase: ${phase.name}, ${span}${phase.end_year === null ? ' (ongoing)' : ''}`,
					start,
					end
				}
			];
		});

		// Marks in view, in time order, spread over a few rows so they do not sit on each other.
		const shown = input.milestones
			.filter((m) => m.country === country && input.categories.has(m.category))
			.map((m) => ({ m, s: markStatic(m), t: markStatic(m).year - anchorYear }))
			.filter(({ t }) => t >= domain[0] && t <= domain[1])
			.sort((a, b) => a.t - b.t);
		const rowEnds = Array<number>(MARK_ROWS).fill(-Infinity);
		const labelOf = new Map<string, MarkStatic>();
		const marks: MarkLayout[] = shown.map(({ m, s: st, t }) => {
			const mx = x(t);
			let row = rowEnds.findIndex((e) => e + 14 <= mx);
			if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
			rowEnds[row] = mx;
			const [s, e] = st.span;
			const style = CATEGORY_STYLE[m.category];
			labelOf.set(st.id, st);
			return {
				id: st.id,
				milestone: m,
				x: mx,
				y: marksTop + row * MARK_ROW + MARK_ROW / 2,
				spanX: [Math.max(x0, x(s - anchorYear)), Math.min(x1, x(e - anchorYear))],
				path: style.path,
				colour: style.colour,
				matched: matchesSearch(m, input.query),
				accessibleName: st.accessibleName,
				t
			};
		});

		const placed = placeLabels(
			marks.map((mk, i) => {
				return {
					id: mk.id,
					x: mk.x,
					width: labelOf.get(mk.id)!.labelWidth,
					importance: importance(mk.milestone, input.keyTitles.has(mk.milestone.title), mk.matched),
					order: i
				};
			}),
			LABEL_ROWS,
			[x0, x1]
		);
		const byId = new Map(marks.map((mk) => [mk.id, mk]));
		const labels: LabelLayout[] = placed.map((p) => {
			const mk = byId.get(p.id)!;
			return {
				id: p.id,
				text: labelOf.get(mk.id)!.label,
				x: p.x,
				y: labelsTop + p.row * LABEL_ROW + 14,
				anchorEnd: p.anchorEnd,
				markX: mk.x,
				markY: mk.y
			};
		});

		return {
			country,
			name: countryName(country),
			colour: countryColour(country, input.colourIndex?.[country] ?? index),
			anchorYear,
			y: top,
			height,
			phases,
			marks,
			labels
		};
	});

	const axisTop = y - LANE_GAP;
	const ticks = chooseTicks(domain, x1 - x0, input.relative);
	const axis = {
		...ticks,
		top: MARGIN.top + (legend.at(-1)?.y ?? 0) + 8,
		y: axisTop + 20,
		items: ticks.ticks.map((t) => ({ x: x(t.value), label: t.label, major: t.major }))
	};

	const ovTop = axisTop + AXIS;
	const ovTicks = chooseTicks(limits, x1 - x0, input.relative, 56);
	const overview: OverviewLayout = {
		y: ovTop,
		height: OVERVIEW - 8,
		ticks: ovTicks.ticks.map((t) => ({ x: ov(t.value), label: t.label })),
		lanes: lanes.map((lane, i) => ({
			country: lane.country,
			colour: lane.colour,
			y: ovTop + 6 + i * 12,
			xs: input.milestones
				.filter((m) => m.country === lane.country && input.categories.has(m.category))
				.map((m) => ov(markStatic(m).year - lane.anchorYear))
		})),
		window: [ov(domain[0]), ov(domain[1])]
	};

	const order = lanes
		.flatMap((lane, li) => lane.marks.map((mk) => ({ id: mk.id, t: mk.t, li })))
		.sort((a, b) => a.t - b.t || a.li - b.li)
		.map((m) => m.id);

	return {
		width,
		height: ovTop + OVERVIEW,
		x0,
		x1,
		domain,
		limits,
		relative: input.relative,
		legend,
		axis,
		lanes,
		overview,
		order
	};
}
