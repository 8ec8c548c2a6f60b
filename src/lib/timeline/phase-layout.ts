import { scaleLinear } from 'd3-scale';
import { compareCountries, countryName } from '../data/countries';
import { yearSpan } from '../data/format';
import type { ChartTable } from '../charts/table';
import { pick, type Phase } from '../data/schema';

/** What the phase charts draw, name and export of a phase; pages that show only them ship this. */
const PHASE_BAR_FIELDS = [
	'country',
	'phase_id',
	'name',
	'start_year',
	'end_year',
	'administration',
	'source_ids'
] as const;
export type PhaseBar = Pick<Phase, (typeof PHASE_BAR_FIELDS)[number]>;

/** `phases` without what the charts never show (summaries, initiatives). */
export const phaseBars = (phases: Phase[]): PhaseBar[] =>
	phases.map((p) => pick(p, PHASE_BAR_FIELDS));

export interface PlacedPhase {
	phase: PhaseBar;
	/** Row within its country's lane; overlapping phases (India Stack over Digital India) stack. */
	row: number;
	x: number;
	width: number;
	y: number;
	label: string;
	/** What a screen reader hears: `Korea: Government 3.0, 2013–2017`. */
	accessibleName: string;
}

export interface Lane {
	country: string;
	name: string;
	y: number;
	height: number;
	phases: PlacedPhase[];
}

export interface PhaseLayout {
	lanes: Lane[];
	ticks: { year: number; x: number }[];
	width: number;
	height: number;
	domain: [number, number];
}

export const BAR_HEIGHT = 30;
const ROW_GAP = 6;
const LANE_GAP = 28;
const MARGIN = { top: 10, right: 16, bottom: 34, left: 80 };

/**
 * Lays phases out in one lane per country on a shared year axis. Pure: sizes are in viewBox
 * units so the same SVG is prerendered and hydrated without measuring anything.
 */
export function layoutPhases(phases: PhaseBar[], currentYear: number, width = 1000): PhaseLayout {
	// Sources share boundary years (1978–1987, then 1987–1996), so a bar runs from its start year to
	// its end year; a phase within one year, or an ongoing one, runs to the end of that year.
	const end = (p: PhaseBar) =>
		p.end_year === null ? currentYear + 1 : Math.max(p.end_year, p.start_year + 1);
	const start = Math.min(...phases.map((p) => p.start_year));
	const stop = Math.max(currentYear + 1, ...phases.map(end));
	const x = scaleLinear()
		.domain([start, stop])
		.range([MARGIN.left, width - MARGIN.right]);

	const countries = [...new Set(phases.map((p) => p.country))].sort(compareCountries);
	let y = MARGIN.top;
	const lanes = countries.map((country) => {
		const own = phases
			.filter((p) => p.country === country)
			.sort((a, b) => a.start_year - b.start_year || end(b) - end(a));
		const rowEnds: number[] = [];
		const placed = own.map((phase) => {
			let row = rowEnds.findIndex((e) => e <= phase.start_year);
			if (row === -1) row = rowEnds.push(0) - 1;
			rowEnds[row] = end(phase);
			const span = yearSpan(phase.start_year, phase.end_year);
			return {
				phase,
				row,
				x: x(phase.start_year),
				width: Math.max(2, x(end(phase)) - x(phase.start_year) - 2),
				y: y + row * (BAR_HEIGHT + ROW_GAP),
				label: phase.name,
				accessibleName: `${countryName(country)}: ${phase.name}, ${span}${phase.end_year === null ? ' (ongoing)' : ''}`
			};
		});
		const height = Math.max(1, rowEnds.length) * (BAR_HEIGHT + ROW_GAP) - ROW_GAP;
		const lane = { country, name: countryName(country), y, height, phases: placed };
		y += height + LANE_GAP;
		return lane;
	});

	const height = y - LANE_GAP + MARGIN.bottom;
	const ticks = x.ticks(width < 600 ? 4 : 10).map((year) => ({ year, x: x(year) }));
	return { lanes, ticks, width, height, domain: [start, stop - 1] };
}

/** One sentence from the data, for the chart's takeaway and screen-reader summary. */
export function phaseTakeaway(phases: PhaseBar[]): string {
	const parts = [...new Set(phases.map((p) => p.country))].sort(compareCountries).map((c) => {
		const own = phases.filter((p) => p.country === c);
		const first = Math.min(...own.map((p) => p.start_year));
		return `${countryName(c)}: ${own.length} phase${own.length === 1 ? '' : 's'} since ${first}`;
	});
	return parts.join('; ') + '.';
}

/** The screen-reader summary: the takeaway, then every phase in lane order. */
export function describePhases(layout: PhaseLayout, phases: PhaseBar[]): string {
	const names = layout.lanes.flatMap((lane) => lane.phases.map((p) => `${p.accessibleName}.`));
	return [phaseTakeaway(phases), ...names].join(' ');
}

/** The phases as rows: the chart's table view and CSV. */
export function phaseTable(phases: PhaseBar[]): ChartTable {
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'phase', label: 'Phase' },
			{ key: 'start_year', label: 'Start', numeric: true },
			{ key: 'end_year', label: 'End', numeric: true },
			{ key: 'administration', label: 'Administration' }
		],
		rows: [...phases]
			.sort((a, b) => compareCountries(a.country, b.country) || a.start_year - b.start_year)
			.map((p) => ({
				cells: {
					country: countryName(p.country),
					phase: p.name,
					start_year: p.start_year,
					end_year: p.end_year ?? 'ongoing',
					administration: p.administration
				},
				source_ids: p.source_ids
			}))
	};
}
