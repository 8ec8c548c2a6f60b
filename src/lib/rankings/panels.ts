import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { compareCountries, countryName } from '../data/countries';
import type { IndexName, IndexRow } from '../data/schema';
import {
	gapPointName,
	gapSeries,
	indexPointName,
	isComputedRank,
	ordinal,
	type RankMode
} from './indices';
import { indexSeries } from './series';
import { thinTicks } from '../charts/axis';
import { spreadLabels } from '../charts/text';

/** Size of the panels' tick labels (IndexPanels' `.tick`), for measuring them. */
export const TICK_PX = 16;

export interface PanelPoint {
	key: string;
	/** `KOR`, `IND`, `GAP` for Korea minus India, or an uploaded country (in a gap panel: Korea minus it). */
	country: string;
	edition: number;
	x: number;
	y: number;
	name: string;
	/** Rank computed by the dashboard team rather than published: drawn hollow. */
	hollow: boolean;
	/** Short value written at the crosshair. */
	valueText: string;
}

export interface IndexPanel {
	key: string;
	title: string;
	x0: number;
	y0: number;
	w: number;
	h: number;
	xTicks: { x: number; text: string; edition: number }[];
	yTicks: { y: number; text: string }[];
	yTitle: string;
	lines: { key: string; country: string; d: string }[];
	points: PanelPoint[];
	/** y of the zero line in a gap panel. */
	zero: number | null;
	endLabels: { key: string; country: string; x: number; y: number; text: string }[];
	xOf: Record<number, number>;
}

interface SeriesIn {
	country: string;
	points: { edition: number; value: number; name: string; hollow: boolean; valueText: string }[];
}

type Kind = 'rank' | 'score' | 'gap-rank' | 'gap-score';

/** Places one panel; lines join consecutive survey editions only. */
export function placePanel(
	key: string,
	title: string,
	series: SeriesIn[],
	allEditions: number[],
	kind: Kind,
	box: { x0: number; y0: number; w: number; h: number },
	opts: { tickEvery?: number[]; left?: number; right?: number; gap?: boolean; yTitle?: string } = {}
): IndexPanel {
	const left = opts.left ?? 56;
	const right = opts.right ?? 70;
	const top = box.y0 + 36;
	const bottom = box.y0 + box.h - 30;
	const x = scaleLinear()
		.domain([allEditions[0] ?? 2003, allEditions.at(-1) ?? 2024])
		.range([box.x0 + left, box.x0 + box.w - right]);
	const values = series.flatMap((s) => s.points.map((p) => p.value));
	let y;
	if (kind === 'rank')
		y = scaleLinear()
			.domain([1, Math.max(10, ...values)])
			.nice()
			.range([top, bottom]);
	else if (kind === 'score') y = scaleLinear().domain([0, 1]).range([bottom, top]);
	else
		// nice(5) as the ticks: the domain ends on a labelled tick, so a gap below 0 (Korea behind
		// an uploaded country) sits above a labelled value, not on the year labels.
		y = scaleLinear()
			.domain([Math.min(0, ...values), Math.max(0, ...values)])
			.nice(5)
			.range([bottom, top]);
	const shown = opts.tickEvery ?? allEditions;
	const xOf: Record<number, number> = {};
	for (const e of allEditions) xOf[e] = x(e);
	const yTicks = (kind === 'rank' ? [1, ...y.ticks(5).filter((t) => t > 1)] : y.ticks(5)).map(
		(t) => ({
			y: y(t),
			text: kind === 'score' || kind === 'gap-score' ? String(Number(t.toFixed(2))) : String(t)
		})
	);
	const lines: IndexPanel['lines'] = [];
	const points: PanelPoint[] = [];
	const endLabels: IndexPanel['endLabels'] = [];
	for (const s of series) {
		const byEdition = new Map(s.points.map((p) => [p.edition, p]));
		const d =
			line<number>()
				.defined((e) => byEdition.has(e))
				.x((e) => x(e))
				.y((e) => y(byEdition.get(e)!.value))(allEditions) ?? '';
		lines.push({ key: `${key}-${s.country}`, country: s.country, d });
		for (const p of s.points)
			points.push({
				key: `${key}-${s.country}-${p.edition}`,
				country: s.country,
				edition: p.edition,
				x: x(p.edition),
				y: y(p.value),
				name: p.name,
				hollow: p.hollow,
				valueText: p.valueText
			});
		const last = s.points.at(-1);
		if (last)
			endLabels.push({
				key: `${key}-${s.country}-end`,
				country: s.country,
				x: x(last.edition) + 12,
				y: y(last.value),
				// A gap's end says how far apart; the legend says against whom.
				text: opts.gap ? last.valueText : countryName(s.country)
			});
	}
	spreadLabels(endLabels, 20);
	return {
		key,
		title,
		...box,
		// Editions crowd at the start (2003, 2004, 2005): labels that would touch are left out.
		xTicks: thinTicks(
			shown.map((e) => ({ x: x(e), text: String(e), edition: e })),
			TICK_PX,
			{ left: box.x0, right: box.x0 + box.w }
		),
		yTicks,
		yTitle:
			opts.yTitle ??
			(kind === 'rank'
				? 'Rank (1 = best)'
				: kind === 'score'
					? 'Score (0–1)'
					: kind === 'gap-rank'
						? 'Places Korea is ahead'
						: 'Korea minus India'),
		lines,
		points,
		zero: kind.startsWith('gap') ? y(0) : null,
		endLabels,
		xOf
	};
}

/** One index for both countries as panel input. */
export function countrySeries(rows: IndexRow[], index: IndexName, mode: RankMode): SeriesIn[] {
	const own = indexSeries(rows, index);
	return [...new Set(own.map((r) => r.country))].sort(compareCountries).map((country) => ({
		country,
		points: own
			.filter(
				(r) => r.country === country && (mode === 'rank' ? r.rank !== null : r.value !== null)
			)
			.map((r) => ({
				edition: r.edition,
				value: mode === 'rank' ? r.rank! : r.value!,
				name: indexPointName(r),
				hollow: mode === 'rank' && isComputedRank(r),
				valueText:
					mode === 'rank'
						? r.of
							? `${ordinal(r.rank!)}/${r.of}`
							: ordinal(r.rank!)
						: String(r.value)
			}))
	}));
}

export const editionsOf = (rows: IndexRow[], index: IndexName) =>
	[...new Set(indexSeries(rows, index).map((r) => r.edition))].sort((a, b) => a - b);

export const WIDTH = 1000;

/** Editions that keep their year label where there is no room for every one. */
const SPARSE = [2003, 2008, 2012, 2016, 2020, 2024];
/** Phone layouts (narrower than this) put one panel a row. */
export const NARROW_BELOW = 600;

/** Laid out for `width` (and, on a slide, a total `height`; else the page's own). */
export function egdiPanels(
	rows: IndexRow[],
	mode: RankMode,
	width = WIDTH,
	height?: number
): { panels: IndexPanel[]; height: number } {
	const h = height ?? (width < NARROW_BELOW ? 300 : 400);
	const eds = editionsOf(rows, 'EGDI');
	// Room for the longest end label: uploaded names ("Côte d'Ivoire") are longer than "Korea".
	const longest = Math.max(
		0,
		...[...new Set(indexSeries(rows, 'EGDI').map((r) => r.country))].map(
			(c) => countryName(c).length
		)
	);
	return {
		panels: [
			placePanel(
				'egdi',
				'',
				countrySeries(rows, 'EGDI', mode),
				eds,
				mode,
				{
					x0: 0,
					y0: 0,
					w: width,
					h
				},
				{
					left: 64,
					right: Math.max(70, 20 + longest * 10),
					// A phone has room for a year label every four years or so, not every edition.
					...(width < NARROW_BELOW ? { tickEvery: eds.filter((e) => SPARSE.includes(e)) } : {})
				}
			)
		],
		height: h
	};
}

export function subIndexPanels(
	rows: IndexRow[],
	mode: RankMode,
	indices: IndexName[],
	width = WIDTH,
	height?: number
): { panels: IndexPanel[]; height: number } {
	const eds = editionsOf(rows, indices[0] ?? 'OSI');
	const cols = width < NARROW_BELOW ? 1 : 2;
	const w = width / cols;
	const h = height ? Math.floor(height / Math.ceil(indices.length / cols)) : 290;
	const sparse = eds.filter((e) => SPARSE.includes(e));
	return {
		panels: indices.map((index, i) =>
			placePanel(
				index,
				index,
				countrySeries(rows, index, mode),
				eds,
				mode,
				{
					x0: (i % cols) * w,
					y0: Math.floor(i / cols) * h,
					w: w - 10,
					h
				},
				{ tickEvery: sparse }
			)
		),
		height: Math.ceil(indices.length / cols) * h
	};
}

/**
 * Korea against India per index, and against each uploaded country in `others`: India's series is
 * `GAP` (neither country's look), an uploaded country's carries its code and is drawn in its style.
 */
export function gapPanels(
	rows: IndexRow[],
	mode: RankMode,
	indices: IndexName[],
	width = WIDTH,
	height?: number,
	others: readonly string[] = []
): { panels: IndexPanel[]; height: number } {
	const cols = width < NARROW_BELOW ? 1 : 3;
	const w = width / cols;
	const h = height ? Math.floor(height / Math.ceil(indices.length / cols)) : 250;
	return {
		panels: indices.map((index, i) => {
			const eds = editionsOf(rows, index);
			const series = ['IND', ...others].map((other) => ({
				country: other === 'IND' ? 'GAP' : other,
				points: gapSeries(rows, index, mode, other).map((p) => ({
					edition: p.edition,
					value: p.value,
					hollow: false,
					name: gapPointName(p, mode),
					// Two decimals, unless that reads 0 for a gap that is not (Estonia's −0.00481).
					valueText:
						mode === 'score' && Number(p.value.toFixed(2)) !== 0
							? String(Number(p.value.toFixed(2)))
							: String(p.value)
				}))
			}));
			return placePanel(
				`gap-${index}`,
				index,
				series,
				eds,
				mode === 'score' ? 'gap-score' : 'gap-rank',
				{ x0: (i % cols) * w, y0: Math.floor(i / cols) * h, w: w - 6, h },
				{
					tickEvery: [eds[0]!, eds.at(-1)!].filter(Boolean),
					left: 50,
					gap: true,
					// With uploaded countries the panels measure Korea against more than India.
					...(others.length
						? { yTitle: mode === 'score' ? 'Korea minus the other' : 'Places Korea is ahead' }
						: {})
				}
			);
		}),
		height: Math.ceil(indices.length / cols) * h
	};
}
