import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	endGesture,
	startGesture,
	stepGesture,
	wheelFactor,
	type GestureView
} from '../../src/lib/timeline/gestures';
import { markKeyIndex, panKeyShare, zoomKeyFactor } from '../../src/lib/timeline/keys';
import { Viewport } from '../../src/lib/timeline/viewport';
import type { Domain } from '../../src/lib/timeline/zoom';

// A plot from x 0 to 1000 over 1950–2050: 10 px a year, on the chart and on the overview.
const view: GestureView = {
	x0: 0,
	x1: 1000,
	limits: [1950, 2050],
	domain: [1990, 2010],
	window: [400, 600]
};

describe('pointer gestures', () => {
	it.each([
		[[500], false, 'pan'],
		[[500, 700], false, 'pinch'],
		[[404], true, 'brush-edge'],
		[[597], true, 'brush-edge'],
		[[500], true, 'brush-move'],
		[[100], true, 'brush-new']
	] as const)('pointers at %j (overview: %s) start a %s', (pointers, onOverview, kind) => {
		expect(startGesture([...pointers], onOverview, view)?.kind).toBe(kind);
	});

	it('a third finger starts nothing', () => {
		expect(startGesture([1, 2, 3], false, view)).toBeNull();
	});

	it('a drag pans only once it has moved more than 3 px, then by the distance in years', () => {
		const g = startGesture([500], false, view)!;
		expect(stepGesture(g, [502], 502, view)).toEqual({ domain: null, moved: false });
		// 100 px to the right on a 20-year view 1000 px wide: 2 years earlier.
		expect(stepGesture(g, [600], 600, view)).toEqual({ domain: [1988, 2008], moved: true });
	});

	it('the brush moves the window by overview years, and an edge sets one end', () => {
		const move = startGesture([500], true, view)!;
		expect(stepGesture(move, [550], 550, view).domain).toEqual([1995, 2015]);
		const end = startGesture([600], true, view)!;
		expect(stepGesture(end, [700], 700, view).domain).toEqual([1990, 2020]);
	});

	it('drawing a new window needs a year of it; a click on the overview centres the view there', () => {
		const g = startGesture([100], true, view)!;
		expect(stepGesture(g, [105], 105, view).domain).toBeNull();
		expect(stepGesture(g, [300], 300, view).domain).toEqual([1960, 1980]);
		expect(endGesture(startGesture([100], true, view), 100, view)).toEqual([1950, 1970]);
		expect(endGesture(startGesture([100], true, view), 300, view)).toBeNull();
	});

	it('a wheel notch zooms by e^0.4 (1.49×), clamped to ±100 px, and a line counts as 16 px', () => {
		expect(wheelFactor(-100, 0)).toBeCloseTo(1.4918, 4);
		expect(wheelFactor(-500, 0)).toBeCloseTo(1.4918, 4);
		expect(wheelFactor(100, 0)).toBeCloseTo(1 / 1.4918, 4);
		expect(wheelFactor(3, 1)).toBeCloseTo(Math.exp(-0.192), 12);
	});
});

describe('timeline keys', () => {
	it.each([
		['+', 2],
		['=', 2],
		['-', 0.5],
		['_', 0.5],
		['a', null]
	] as const)('%s zooms by %s', (key, factor) => expect(zoomKeyFactor(key)).toBe(factor));

	it('← and → pan by a fifth of the view', () => {
		expect([panKeyShare('ArrowLeft'), panKeyShare('ArrowRight'), panKeyShare('Home')]).toEqual([
			-0.2,
			0.2,
			null
		]);
	});

	it('move between marks in time order, stopping at either end', () => {
		expect(
			['ArrowRight', 'ArrowLeft', 'Home', 'End', 'x'].map((k) => markKeyIndex(k, 3, 5))
		).toEqual([4, 2, 0, 4, null]);
		expect(markKeyIndex('ArrowRight', 4, 5)).toBe(4);
		expect(markKeyIndex('ArrowLeft', 0, 5)).toBe(0);
	});
});

describe('the viewport', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	const svg = { domain: [1990, 2010] as Domain };
	function make(canvas = true) {
		const log: string[] = [];
		const vp = new Viewport<{ domain: Domain }>({
			frame: (d) => (canvas ? (log.push(`frame ${d}`), { domain: d }) : null),
			commit: (d) => void log.push(`commit ${d}`),
			moving: (on) => void log.push(`moving ${on}`)
		});
		return { vp, log };
	}

	it('draws a gesture’s steps as frames and hands the last to the page once it has been still 150 ms', async () => {
		const { vp, log } = make();
		vp.set([1991, 2011], svg, true);
		vp.set([1992, 2012], svg, true);
		expect(vp.shown(svg).domain).toEqual([1992, 2012]);
		await vi.advanceTimersByTimeAsync(149);
		expect(log).toEqual(['frame 1991,2011', 'moving true', 'frame 1992,2012', 'moving true']);
		await vi.advanceTimersByTimeAsync(1);
		expect(log.slice(4)).toEqual(['commit 1992,2012', 'moving false']);
		expect(vp.shown(svg)).toBe(svg);
	});

	it('a key or button during a gesture drops the motion and commits its own view at once', async () => {
		const { vp, log } = make();
		vp.set([1991, 2011], svg, true);
		vp.set([2000, 2020], svg);
		await vi.runAllTimersAsync();
		expect(log).toEqual(['frame 1991,2011', 'moving true', 'moving false', 'commit 2000,2020']);
	});

	it('without a canvas every step goes straight to the page; the same view does nothing', async () => {
		const { vp, log } = make(false);
		vp.set([1991, 2011], svg, true);
		vp.set([1990, 2010.001], svg);
		await vi.runAllTimersAsync();
		expect(log).toEqual(['commit 1991,2011']);
	});
});
