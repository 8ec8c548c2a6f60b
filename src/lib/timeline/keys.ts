import { PAN_STEP, ZOOM_STEP } from './zoom';

/*
 * The timeline's keys, as pure functions (the overview's sliders use zoom.ts's moveEdge):
 * + and − zoom (around the focused mark, or the middle), ← and → pan the chart or move between
 * marks in time order, Home and End go to the first and last mark.
 */

/** The zoom factor of a key (> 1 zooms in), or null if the key does not zoom. */
export function zoomKeyFactor(key: string): number | null {
	if (key === '+' || key === '=') return ZOOM_STEP;
	if (key === '-' || key === '_') return 1 / ZOOM_STEP;
	return null;
}

/** The share of its span a key pans the chart by (the chart itself has focus), or null. */
export function panKeyShare(key: string): number | null {
	return key === 'ArrowLeft' ? -PAN_STEP : key === 'ArrowRight' ? PAN_STEP : null;
}

/**
 * Where a key moves the focus from the mark at `i` of `count` in time order: the index, `i`
 * itself at either end (the key is still the chart's), or null if the key does not move it.
 */
export function markKeyIndex(key: string, i: number, count: number): number | null {
	if (count === 0) return null;
	if (key === 'ArrowRight') return Math.min(i + 1, count - 1);
	if (key === 'ArrowLeft') return Math.max(i - 1, 0);
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return null;
}
