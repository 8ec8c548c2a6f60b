/**
 * Zoom arithmetic on a year axis. A domain is [start, end] in fractional years (or, in aligned
 * mode, years since the anchor). Pure functions: the chart, the buttons, the keys, the wheel, the
 * pinch and the overview brush all go through these, so they agree and are tested once.
 */
import { MONTHS, MONTHS_SHORT } from './dates';

export type Domain = [number, number];

/** The narrowest view: one year, so month ticks are the finest the axis ever shows. */
export const MIN_SPAN = 1;
/** One press of Zoom in / `+` halves the span; Zoom out doubles it. */
export const ZOOM_STEP = 2;
/** One press of ← / → moves the view by this share of its span. */
export const PAN_STEP = 0.2;

const span = (d: Domain) => d[1] - d[0];

/** Fits a domain inside `limits`, keeping its span when it can (never narrower than MIN_SPAN). */
export function clampDomain(d: Domain, limits: Domain): Domain {
	const full = span(limits);
	let width = Math.min(Math.max(span(d), Math.min(MIN_SPAN, full)), full);
	if (!Number.isFinite(width)) width = full;
	let start = Number.isFinite(d[0]) ? d[0] + (span(d) - width) / 2 : limits[0];
	start = Math.min(Math.max(start, limits[0]), limits[1] - width);
	return [start, start + width];
}

/** Zooms by `factor` (> 1 zooms in) keeping the year at `focus` where it is on screen. */
export function zoomAt(d: Domain, factor: number, focus: number, limits: Domain): Domain {
	const f = Math.min(Math.max(focus, d[0]), d[1]);
	const k = 1 / factor;
	const target: Domain = [f - (f - d[0]) * k, f + (d[1] - f) * k];
	// Hitting the minimum span must not slide the view: re-centre on the focus proportionally.
	const width = Math.min(Math.max(span(target), MIN_SPAN), span(limits));
	const share = span(d) === 0 ? 0.5 : (f - d[0]) / span(d);
	return clampDomain([f - share * width, f + (1 - share) * width], limits);
}

/** Moves the view by `years` (positive = later), stopping at the edges. */
export function panBy(d: Domain, years: number, limits: Domain): Domain {
	return clampDomain([d[0] + years, d[1] + years], limits);
}

/**
 * The view of a phase (its `[start, end)` in axis units): 0.4 of a year either side, room for its
 * outline while the range still reads as the phase's own years.
 */
export function phaseView(start: number, end: number, limits: Domain): Domain {
	// Trimmed at the edges of the data rather than shifted, which would cut off the phase.
	return clampDomain([Math.max(start - 0.4, limits[0]), Math.min(end + 0.4, limits[1])], limits);
}

/** Two views are the same if they differ by less than a day. */
export function sameDomain(a: Domain, b: Domain): boolean {
	return Math.abs(a[0] - b[0]) < 1 / 365 && Math.abs(a[1] - b[1]) < 1 / 365;
}

// ---- ticks ---------------------------------------------------------------------------------

export type TickUnit = 'decades' | 'years' | 'months';

export interface Tick {
	value: number;
	label: string;
	/** A major tick (a decade, a year start among months) draws a darker grid line. */
	major: boolean;
}

export interface TickChoice {
	unit: TickUnit;
	/** Years between ticks: 10, 5, 2, 1, 0.5, 0.25 or 1/12. */
	step: number;
	ticks: Tick[];
}

const STEPS = [50, 20, 10, 5, 2, 1, 1 / 2, 1 / 4, 1 / 12];

/**
 * Picks the finest step whose ticks are at least `minGap` pixels apart on a plot `width` pixels
 * wide, so labels never collide: decades when zoomed out, years, then months. In aligned mode
 * (`relative`) labels read as years since the anchor (`−10`, `0`, `+5`) and stop at whole years.
 */
export function chooseTicks(d: Domain, width: number, relative = false, minGap = 64): TickChoice {
	const pxPerYear = width / Math.max(span(d), 1e-9);
	const candidates = relative ? STEPS.filter((s) => s >= 1) : STEPS;
	const step = [...candidates].reverse().find((s) => s * pxPerYear >= minGap) ?? candidates[0]!;
	const unit: TickUnit = step >= 10 ? 'decades' : step >= 1 ? 'years' : 'months';
	const ticks: Tick[] = [];
	if (step >= 1) {
		for (let v = Math.ceil(d[0] / step - 1e-9) * step; v <= d[1] + 1e-9; v += step) {
			const value = Math.round(v);
			const label = relative ? signed(value) : String(value);
			ticks.push({ value, label, major: value % (step >= 10 ? 50 : 10) === 0 });
		}
	} else {
		const perYear = Math.round(1 / step);
		const first = Math.ceil(d[0] * perYear - 1e-9);
		for (let i = first; i / perYear <= d[1] + 1e-9; i++) {
			const year = Math.floor(i / perYear);
			const month = Math.round((i / perYear - year) * 12);
			ticks.push({
				value: year + month / 12,
				label: month === 0 ? String(year) : MONTHS_SHORT[month]!,
				major: month === 0
			});
		}
	}
	return { unit, step, ticks };
}

/** `+5`, `0`, `−10` (a true minus sign). */
export function signed(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/**
 * Two-finger pinch: the years under the fingers' midpoint follow the midpoint, and the span
 * scales by how much the fingers spread. `p` are the starting pixel positions, `q` the current
 * ones, on a plot from `x0` to `x1` pixels showing `d` when the pinch began.
 */
export function pinchDomain(
	d: Domain,
	p: [number, number],
	q: [number, number],
	x0: number,
	x1: number,
	limits: Domain
): Domain {
	const toYear = (px: number) => d[0] + ((px - x0) / (x1 - x0)) * span(d);
	const startGap = Math.max(Math.abs(p[1] - p[0]), 10);
	const gap = Math.max(Math.abs(q[1] - q[0]), 10);
	const midYear = toYear((p[0] + p[1]) / 2);
	const zoomed = zoomAt(d, gap / startGap, midYear, [-Infinity, Infinity]);
	const movedYears = (((q[0] + q[1]) / 2 - (p[0] + p[1]) / 2) / (x1 - x0)) * span(zoomed);
	return clampDomain([zoomed[0] - movedYears, zoomed[1] - movedYears], limits);
}

/**
 * The overview's two handles as keyboard sliders: ←/↓ and →/↑ move one edge of the view to the
 * previous or next whole year, PageDown/PageUp by five, Home/End as far as it goes (the edge of
 * the data, or MIN_SPAN from the other handle). Null for any other key.
 */
export function moveEdge(d: Domain, edge: 0 | 1, key: string, limits: Domain): Domain | null {
	const v = d[edge];
	const lowest = edge === 0 ? limits[0] : d[0] + MIN_SPAN;
	const highest = edge === 0 ? d[1] - MIN_SPAN : limits[1];
	const steps: Record<string, number> = {
		ArrowLeft: -1,
		ArrowDown: -1,
		ArrowRight: 1,
		ArrowUp: 1,
		PageDown: -5,
		PageUp: 5
	};
	let next: number;
	if (key === 'Home') next = lowest;
	else if (key === 'End') next = highest;
	else if (key in steps) {
		const n = steps[key]!;
		// From 1987.4, → goes to 1988 and ← to 1987: whole years, as the axis labels them.
		next = n > 0 ? Math.floor(v + 1e-9) + n : Math.ceil(v - 1e-9) + n;
	} else return null;
	next = Math.min(Math.max(next, lowest), highest);
	return edge === 0 ? [next, d[1]] : [d[0], next];
}

/**
 * An edge of the view in words, for the overview sliders: "1987", "April 1987", "year +5". The
 * end edge says the last year or month shown ("end of 2010" for a view to the start of 2011), as
 * the status line's "1995–2010" does.
 */
export function edgeText(v: number, relative: boolean, end = false): string {
	if (relative) return `year ${signed(Math.round(v))}`;
	const year = Math.floor(v + 1e-9);
	const month = Math.round((v - year) * 12);
	if (!end)
		return month === 0 || month === 12 ? String(Math.round(v)) : `${MONTHS[month]!} ${year}`;
	const [y, m] = month === 0 ? [year - 1, 11] : month === 12 ? [year, 11] : [year, month - 1];
	return m === 11 ? `end of ${y}` : `end of ${MONTHS[m]!} ${y}`;
}
