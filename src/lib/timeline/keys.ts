import type { TimelineLayout } from './layout-types';
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
	i = Math.max(0, i);
	if (key === 'ArrowRight') return Math.min(i + 1, count - 1);
	if (key === 'ArrowLeft') return Math.max(i - 1, 0);
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return null;
}

/** What the keys need of the chart. */
export interface KeyHost {
	/** The chart's root: keys on it (not on a mark) zoom and pan. */
	chart(): Element | undefined;
	/** The mark an event's target is in, by id. */
	markOf(target: EventTarget | null): string | null;
	layout(): Pick<TimelineLayout, 'markOf' | 'timeOrder'>;
	pinned(): string | null;
	zoom(factor: number, focus?: number): void;
	pan(share: number): void;
	pin(id: string | null): void;
	/** Brings the mark into view if it is not, and focuses it. */
	moveTo(id: string, t: number): void;
}

/** A key pressed on the chart or on one of its marks. */
export function onTimelineKey(e: KeyboardEvent, h: KeyHost): void {
	const markId = h.markOf(e.target);
	const factor = zoomKeyFactor(e.key);
	if (!markId) {
		if (e.target !== h.chart()) return;
		const share = panKeyShare(e.key);
		if (factor) h.zoom(factor);
		else if (share) h.pan(share);
		else return;
		e.preventDefault();
		return;
	}
	const mk = h.layout().markOf(markId);
	if (!mk) return;
	if (factor) {
		e.preventDefault();
		h.zoom(factor, mk.t);
	} else if (e.key === 'Enter' || e.key === ' ') {
		e.preventDefault();
		h.pin(h.pinned() === markId ? null : markId);
	} else if (e.key === 'Escape') h.pin(null);
	else {
		const seq = h.layout().timeOrder();
		const next = markKeyIndex(
			e.key,
			seq.findIndex((s) => s.id === markId),
			seq.length
		);
		if (next === null) return;
		e.preventDefault();
		h.moveTo(seq[next]!.id, seq[next]!.t);
	}
}
