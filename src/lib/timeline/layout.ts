import { bisectLeft, bisectRight } from 'd3-array';
import { textWidth } from '../charts/text';
import type { MilestoneCategory } from '../data/schema';
import { labelWidth } from './labels';
import { LABEL_ROWS, layoutLane, type LaneContext } from './layout-lane';
import { fullDomain, overviewPath, prepareMarks } from './layout-marks';
import type { LayoutInput, MarkLayout, OverviewLayout, Rect, TimelineLayout } from './layout-types';
import { CATEGORY_STYLE } from './marks';
import { TIMELINE_FONT } from './theme';
import { chooseTicks, type Domain } from './zoom';

export * from './layout-types';
export { DENSE_MARKS, DENSE_ROW, denseRowY } from './layout-lane';
export {
	countInView,
	fullDomain,
	markName,
	phaseEnd,
	phaseYears,
	prepareMarks
} from './layout-marks';

/*
 * The timeline's layout: a pure function from the data and the view to every position either
 * renderer draws (see layout-types.ts). The legend, the axis and the overview are here; each lane
 * is laid out by layout-lane.ts, from what layout-marks.ts keeps between zoom steps.
 */

const MARGIN = { left: 12, right: 12, top: 6 };
const LEGEND_ROW = 24;
const LANE_GAP = 12;
const AXIS = 30;
const OVERVIEW = 62;

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
		legend.push({ category, x: lx + 20, y: ly, symbolX: lx + 7, symbolY: ly - 5, label });
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
	const c: LaneContext = { input, x, x0, x1, domain, slide, prepared, slices };
	const buildLanes = (labelRows: number) => {
		y = lanesTop;
		return countries.map((country, index) => {
			const lane = layoutLane(c, country, index, labelRows, y);
			y += lane.height + LANE_GAP;
			return lane;
		});
	};
	let lanes = buildLanes(LABEL_ROWS);
	const fits = () => y - LANE_GAP + AXIS <= input.height!;
	if (slide && input.height)
		for (let rows = LABEL_ROWS - 1; rows >= 1 && !fits(); rows--) lanes = buildLanes(rows);

	const axisTop = y - LANE_GAP;
	const ticks = chooseTicks(domain, x1 - x0, input.relative);
	const zero = input.relative && domain[0] <= 0 && domain[1] >= 0;
	const axis = {
		...ticks,
		top: MARGIN.top + (legend.at(-1)?.y ?? 0) + 8,
		y: axisTop + 20,
		bottom: axisTop + 4,
		zeroX: zero ? x(0) : null,
		items: ticks.ticks.map((t) => {
			const tx = x(t.value);
			const half =
				textWidth(t.label, TIMELINE_FONT.text, t.major ? TIMELINE_FONT.strongWeight : 400) / 2 + 1;
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
	const ovHeight = OVERVIEW - 8;
	const [w0, w1] = [ov(domain[0]), ov(domain[1])];
	const handle = (wx: number): Rect => ({
		x: wx - 3,
		y: ovTop + 4,
		width: 6,
		height: ovHeight - 28
	});
	const overview: OverviewLayout = {
		y: ovTop,
		height: ovHeight,
		panel: { x: x0, y: ovTop, width: x1 - x0, height: ovHeight - 20 },
		tickY: ovTop + ovHeight - 4,
		// Labels only (no grid line): centred on their year, moved in from the chart's edges.
		ticks: ovTicks.ticks.map((t) => {
			const half = textWidth(t.label, TIMELINE_FONT.text) / 2 + 1;
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
		window: [w0, w1],
		frame: { x: w0, y: ovTop - 2, width: Math.max(2, w1 - w0), height: ovHeight - 16 },
		handles: [handle(w0), handle(w1)]
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
	const markOf = (id: string) => {
		for (const lane of lanes) {
			const mk = lane.markOf(id);
			if (mk) return mk;
		}
	};
	const markNear = (px: number, py: number, r: number) => {
		let best: string | null = null;
		let bestD = r * r;
		for (const lane of lanes)
			for (const mk of lane.dense ? [] : lane.marks) {
				const d = (mk.x - px) ** 2 + (mk.y - py) ** 2;
				if (d <= bestD) [best, bestD] = [mk.id, d];
			}
		return best;
	};
	const timeOrder = () =>
		lanes
			.flatMap((lane, li) =>
				(prepared.lanes.get(lane.country)?.items ?? []).map(({ s, t }) => ({ id: s.id, t, li }))
			)
			.sort((a, b) => a.t - b.t || a.li - b.li);
	return {
		width,
		height: showOverview ? ovTop + OVERVIEW : ovTop,
		showOverview,
		x0,
		x1,
		domain,
		limits,
		relative: input.relative,
		plot: {
			x: x0 - 10,
			y: 0,
			width: x1 - x0 + 20,
			height: showOverview ? ovTop + OVERVIEW : ovTop
		},
		legend,
		axis,
		lanes,
		overview,
		first: first?.id ?? null,
		inView: shows,
		markOf,
		markNear,
		timeOrder
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
