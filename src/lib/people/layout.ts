import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { thinTicks } from '../charts/axis';
import { textWidth, wrapToWidth } from '../charts/text';
import { FONT } from '../charts/theme';
import { countryName } from '../data/countries';
import type { Milestone, PeopleMetric } from '../data/schema';
import {
	drivePointName,
	driveTargetName,
	percentText,
	type DriveSpan,
	type InternetSeries,
	type Literacy
} from './figures';

/**
 * Where everything of the /people charts goes, for a width (and on a slide a height): the drives'
 * reach and internet use on one time axis, and the transparency and participation milestones in
 * two columns. Pure, so node tests read the geometry.
 */
export const WIDTH = 1000;
export const NARROW = 340;
const TEXT = FONT.label;
/** Chart labels are semibold (ChartSvg's `.label`): measured so. */
const WEIGHT = 600;
const TICK = FONT.tick;
/** The years both time charts span, so a drive sits at the same x in each. */
export const YEARS: [number, number] = [1999, 2025];
const LEFT = 52;
const RIGHT = 16;
const ROW = 22;

export interface TextItem {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** A label over a line or band: drawn over a halo. */
	halo?: boolean;
	country?: string;
}

export interface ChartPoint {
	key: string;
	index: number;
	country: string;
	x: number;
	y: number;
	name: string;
	hollow: boolean;
	source_ids: string[];
}

export interface Band {
	key: string;
	country: string;
	x: number;
	width: number;
	y: number;
	height: number;
}

export interface TimeChartLayout {
	width: number;
	height: number;
	narrow: boolean;
	xTicks: { x: number; text: string }[];
	tickY: number;
	yTicks: { y: number; text: string }[];
	plot: { x1: number; x2: number; y1: number; y2: number };
	bands: Band[];
	paths: { key: string; country: string; d: string }[];
	points: ChartPoint[];
	texts: TextItem[];
}

const half = (t: string) => textWidth(t, TEXT, WEIGHT) / 2;

/**
 * Labels centred on their x, each on the first of `rows` lines where it keeps 8 px from the others
 * and stays inside [left, right] (moved in where it would cross an edge).
 */
function placeRows(
	items: { text: string; x: number; country?: string }[],
	left: number,
	right: number,
	firstY: number,
	step: number
): TextItem[] {
	const rows: [number, number][][] = [];
	return items.map((it) => {
		const w = half(it.text);
		const x = Math.min(Math.max(it.x, left + w), right - w);
		let r = 0;
		while (rows[r]?.some(([a, b]) => x - w < b + 8 && x + w > a - 8)) r++;
		(rows[r] ??= []).push([x - w, x + w]);
		return { text: it.text, x, y: firstY + r * step, anchor: 'middle', country: it.country };
	});
}

function timeAxes(width: number, plotTop: number, plotBottom: number, yMax: number, yStep: number) {
	const narrow = width < 600;
	const x = scaleLinear()
		.domain(YEARS)
		.range([LEFT, width - RIGHT]);
	const y = scaleLinear().domain([0, yMax]).range([plotBottom, plotTop]);
	const every = narrow ? 10 : 5;
	const years = Array.from({ length: YEARS[1] - YEARS[0] + 1 }, (_, i) => YEARS[0] + i).filter(
		(yr) => yr % every === 0
	);
	const xTicks = thinTicks(
		years.map((yr) => ({ x: x(yr), text: String(yr) })),
		TICK,
		{ left: 0, right: width }
	);
	const yTicks = Array.from({ length: Math.floor(yMax / yStep) + 1 }, (_, i) => i * yStep).map(
		(v) => ({ y: y(v), text: `${v}%` })
	);
	return { narrow, x, y, xTicks, yTicks };
}

/** Each drive as one band (its programmes joined): where the internet chart marks the drives. */
function driveBands(spans: readonly DriveSpan[]) {
	const byDrive = new Map<string, { span: DriveSpan; start: number; end: number }>();
	for (const s of spans) {
		const d = byDrive.get(s.drive.key);
		if (d) {
			d.start = Math.min(d.start, s.start);
			d.end = Math.max(d.end, s.end);
		} else byDrive.set(s.drive.key, { span: s, start: s.start, end: s.end });
	}
	return [...byDrive.values()];
}

/** A figure of a year sits in the middle of its year. */
const mid = (year: number) => year + 0.5;

/**
 * The drives' reach: people trained as a share of the population, on the years axis, with the
 * targets hollow, and under the axis each programme's span with its name.
 */
export function drivesLayout(l: Literacy, width: number, height = 0): TimeChartLayout {
	const narrow = width < 600;
	const spanRows = 2 + (narrow ? 2 : 0);
	const below = 30 + spanRows * ROW + 8;
	const top = 40;
	const plotBottom = Math.max(top + 160, (height || (narrow ? 420 : 400)) - below);
	const yMax = Math.max(
		10,
		Math.ceil(Math.max(...l.points.map((p) => p.share), ...l.targets.map((t) => t.share)) / 10) * 10
	);
	const ax = timeAxes(width, top, plotBottom, yMax, yMax > 40 ? 20 : 10);
	const pts: ChartPoint[] = [];
	const paths: TimeChartLayout['paths'] = [];
	const texts: TextItem[] = [];
	for (const key of new Set(l.points.map((p) => p.drive.key))) {
		const run = l.points.filter((p) => p.drive.key === key);
		const d = line<(typeof run)[number]>()
			.x((p) => ax.x(mid(p.row.year)))
			.y((p) => ax.y(p.share))(run);
		if (run.length > 1 && d) paths.push({ key, country: run[0]!.drive.country, d });
		const last = run.at(-1)!;
		const lx = ax.x(mid(last.row.year));
		const lyAbove = ax.y(last.share) - 12;
		texts.push({
			text: `${last.drive.short} ${percentText(last.share)}`,
			x: lx,
			y: lyAbove,
			anchor: 'middle',
			halo: true,
			country: last.drive.country
		});
	}
	for (const p of l.points)
		pts.push({
			key: `${p.drive.key}-${p.row.year}`,
			index: 0,
			country: p.drive.country,
			x: ax.x(mid(p.row.year)),
			y: ax.y(p.share),
			name: drivePointName(p),
			hollow: false,
			source_ids: [...p.row.source_ids, ...p.population.source_ids]
		});
	for (const t of l.targets) {
		const span = l.spans.find((s) => s.programme === t.programme)!;
		pts.push({
			key: `${t.programme.programme_id}-target`,
			index: 0,
			country: t.drive.country,
			x: ax.x(span.end),
			y: ax.y(t.share),
			name: driveTargetName(t),
			hollow: true,
			source_ids: [...t.programme.source_ids, ...t.population.source_ids]
		});
	}
	pts.sort((a, b) => a.x - b.x || a.y - b.y).forEach((p, i) => (p.index = i));
	// Value labels never leave the chart nor sit on another: moved in from the edges, then apart.
	const fixed: TextItem[] = [];
	for (const t of texts) {
		const w = half(t.text);
		// Right of the y axis's labels, inside the right edge.
		t.x = Math.min(Math.max(t.x, LEFT + w + 2), width - w - 2);
		while (
			fixed.some((f) => Math.abs(f.y - t.y) < ROW && Math.abs(f.x - t.x) < half(f.text) + w + 8)
		)
			t.y -= ROW;
		t.y = Math.max(t.y, TEXT + 2);
		fixed.push(t);
	}
	const tickY = plotBottom + 24;
	const bandTop = tickY + 14;
	const bands: Band[] = l.spans.map((s, i) => ({
		key: s.programme.programme_id,
		country: s.drive.country,
		x: ax.x(s.start),
		width: Math.max(2, ax.x(s.end) - ax.x(s.start) - (l.spans[i + 1]?.drive === s.drive ? 2 : 0)),
		y: bandTop,
		height: 8
	}));
	const spanTexts = placeRows(
		l.spans.map((s) => ({
			text: spanName(s),
			x: (ax.x(s.start) + ax.x(s.end)) / 2,
			country: s.drive.country
		})),
		0,
		width,
		bandTop + 8 + TEXT + 4,
		ROW
	);
	const lastY = Math.max(...spanTexts.map((t) => t.y));
	return {
		width,
		height: Math.max(height, lastY + 8),
		narrow,
		xTicks: ax.xTicks,
		tickY,
		yTicks: ax.yTicks,
		plot: { x1: LEFT, x2: width - RIGHT, y1: top, y2: plotBottom },
		bands,
		paths,
		points: pts,
		texts: [...fixed, ...spanTexts]
	};
}

/** `10 million, 2000–02`: a programme's short name and years, under its band. */
function spanName(s: DriveSpan): string {
	const names: Record<string, string> = {
		'kor-infoedu-10m': '10 million',
		'kor-infoedu-2nd': '2nd drive',
		'ind-ndlm-disha': 'NDLM, DISHA',
		'ind-pmgdisha': 'PMGDISHA'
	};
	return names[s.programme.programme_id] ?? s.programme.name;
}

/**
 * Internet use, % of the population, on the same years, with each drive's years shaded and named;
 * a country without a figure, and the years before a series starts, are said in the chart.
 */
export function internetLayout(
	series: readonly InternetSeries[],
	spans: readonly DriveSpan[],
	width: number,
	height = 0
): TimeChartLayout {
	const narrow = width < 600;
	const drives = driveBands(spans);
	const labelRows = narrow ? 3 : 2;
	const top = 10 + labelRows * ROW + 6;
	const plotBottom = Math.max(top + 160, (height || (narrow ? 360 : 400)) - 34);
	const ax = timeAxes(width, top, plotBottom, 100, narrow ? 50 : 25);
	const bandLabels = placeRows(
		drives.map((d) => ({
			text: d.span.drive.short,
			x: (ax.x(d.start) + ax.x(d.end)) / 2,
			country: d.span.drive.country
		})),
		0,
		width,
		10 + TEXT,
		ROW
	);
	const bands: Band[] = drives.map((d) => ({
		key: d.span.drive.key,
		country: d.span.drive.country,
		x: ax.x(d.start),
		width: ax.x(d.end) - ax.x(d.start),
		y: top,
		height: plotBottom - top
	}));
	const paths: TimeChartLayout['paths'] = [];
	const points: ChartPoint[] = [];
	const texts: TextItem[] = [...bandLabels];
	const noFigure: string[] = [];
	const missing: string[] = [];
	/** Each series' last value, above its point unless the notes at the top are there. */
	const ends: TextItem[] = [];
	for (const s of series) {
		if (!s.rows.length) {
			noFigure.push(countryName(s.country));
			continue;
		}
		s.runs.forEach((run, i) => {
			const d = line<PeopleMetric>()
				.x((r) => ax.x(mid(r.year)))
				.y((r) => ax.y(r.value))(run);
			if (run.length > 1 && d) paths.push({ key: `${s.country}-${i}`, country: s.country, d });
		});
		for (const r of s.rows)
			points.push({
				key: `${s.country}-${r.year}`,
				index: 0,
				country: s.country,
				x: ax.x(mid(r.year)),
				y: ax.y(r.value),
				name: `${countryName(s.country)}, ${r.year}: ${r.value}% of the population used the Internet`,
				hollow: false,
				source_ids: r.source_ids
			});
		const first = s.rows[0]!;
		const last = s.rows.at(-1)!;
		const name = countryName(s.country);
		ends.push({
			text: `${name} ${last.value}%`,
			x: Math.min(ax.x(mid(last.year)), width - half(`${name} ${last.value}%`) - 2),
			y: ax.y(last.value) - 14,
			anchor: 'middle',
			halo: true,
			country: s.country
		});
		if (first.year > YEARS[0] + 1) {
			const text = `${name}: no figure before ${first.year}`;
			const room = ax.x(first.year) - LEFT - 16;
			if (2 * half(text) <= room)
				texts.push({
					text,
					x: ax.x(first.year) - half(text) - 8,
					y: plotBottom - 10,
					anchor: 'middle',
					halo: true,
					country: s.country
				});
			else missing.push(text);
		}
	}
	// What has no figure, said where the plot is empty: top left, over a halo.
	const lines = [
		...noFigure.map((n) => `${n}: no World Bank/ITU figure in the data`),
		...missing
	].flatMap((t) => wrapToWidth(t, width - LEFT - 24, TEXT, WEIGHT));
	const notesBottom = top + 20 + (lines.length - 1) * ROW + 4;
	for (const e of ends) {
		if (lines.length && e.y - TEXT < notesBottom + 3) e.y += 14 + TEXT + 10;
		texts.push(e);
	}
	lines.forEach((text, i) =>
		texts.push({
			text,
			x: LEFT + 12 + half(text),
			y: top + 20 + i * ROW,
			anchor: 'middle',
			halo: true
		})
	);
	points.sort((a, b) => a.x - b.x).forEach((p, i) => (p.index = i));
	return {
		width,
		height: Math.max(height, plotBottom + 34),
		narrow,
		xTicks: ax.xTicks,
		tickY: plotBottom + 24,
		yTicks: ax.yTicks,
		plot: { x1: LEFT, x2: width - RIGHT, y1: top, y2: plotBottom },
		bands,
		paths,
		points,
		texts
	};
}

// ---- transparency and participation, side by side ------------------------------------------------

export interface OpennessItem {
	milestone: Milestone;
	index: number;
	country: string;
	/** The year, bold, at the left of the column. */
	year: { text: string; x: number; y: number };
	symbol: { x: number; y: number };
	lines: { text: string; x: number; y: number }[];
}

export interface OpennessLayout {
	width: number;
	height: number;
	narrow: boolean;
	heads: { text: string; x: number; y: number; country: string }[];
	items: OpennessItem[];
}

const YEAR_W = 50;

/** Two columns, Korea's and India's, one line per milestone in date order; stacked on a phone. */
export function opennessLayout(
	cols: readonly { country: string; milestones: Milestone[] }[],
	width: number
): OpennessLayout {
	const narrow = width < 600;
	const colW = narrow ? width : (width - 40) / 2;
	const heads: OpennessLayout['heads'] = [];
	const items: OpennessItem[] = [];
	let bottom = 0;
	let index = 0;
	let yStart = 0;
	cols.forEach((c, ci) => {
		const x0 = narrow ? 0 : ci * (colW + 40);
		let y = (narrow ? yStart : 0) + 22;
		heads.push({ text: countryName(c.country), x: x0, y, country: c.country });
		y += 14;
		for (const m of c.milestones) {
			const wrapped = wrapToWidth(m.title, colW - YEAR_W - 26, TEXT, WEIGHT);
			const base = y + ROW;
			items.push({
				milestone: m,
				index: index++,
				country: c.country,
				year: { text: m.date.slice(0, 4), x: x0, y: base },
				symbol: { x: x0 + YEAR_W + 8, y: base - 5 },
				lines: wrapped.map((text, i) => ({ text, x: x0 + YEAR_W + 24, y: base + i * ROW }))
			});
			y = base + (wrapped.length - 1) * ROW + 8;
		}
		bottom = Math.max(bottom, y);
		yStart = y + 16;
	});
	return { width, height: bottom + 10, narrow, heads, items };
}
