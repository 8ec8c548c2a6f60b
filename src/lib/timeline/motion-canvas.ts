import type { TimelineLayout } from './layout';
import { drawMotionFrame, prepareBackdrop, type MotionStyle } from './motion';
import { TIMELINE as T } from './theme';

/*
 * The motion canvas as TimelineChart uses it: sized to the chart, the page's font and colours read
 * when a gesture starts, warmed up once the page is idle, cleared when the SVG takes over. Loaded
 * with motion.ts after the chart mounts.
 */

/** What TimelineChart passes for a frame; the page's font and colours are read here. */
export type FrameOptions = Omit<MotionStyle, 'font' | 'focus' | 'background'> & {
	/** Read the font and colours from the page again (a gesture starts). */
	fresh: boolean;
};
let look: Pick<MotionStyle, 'font' | 'focus' | 'background'> | undefined;

/**
 * Sizes `canvas` to `frame` at `k` device pixels per unit and draws it, or with `backdropOnly`
 * just what a frame copies from (legend, overview).
 */
export function paintOn(
	canvas: HTMLCanvasElement,
	svg: SVGSVGElement,
	frame: TimelineLayout,
	backdropOnly: boolean,
	o: FrameOptions
): void {
	const ctx = canvas.getContext('2d');
	if (!ctx) return;
	const w = Math.round(frame.width * o.k);
	const h = Math.round(frame.height * o.k);
	if (canvas.width !== w || canvas.height !== h) {
		canvas.width = w;
		canvas.height = h;
	}
	if (o.fresh || !look) {
		const css = getComputedStyle(svg);
		look = {
			font: css.fontFamily,
			focus: css.getPropertyValue('--focus').trim() || T.window,
			background: backgroundOf(svg)
		};
	}
	(backdropOnly ? prepareBackdrop : drawMotionFrame)(ctx, frame, { ...o, ...look });
}

/** The colour behind the chart: the first ancestor with a background that is not transparent. */
function backgroundOf(el: Element): string {
	for (let e: Element | null = el; e; e = e.parentElement) {
		const bg = getComputedStyle(e).backgroundColor;
		if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
	}
	return T.paper;
}

/**
 * Draws one motion frame, unseen, once the page is idle: the first frame of the first gesture then
 * finds the backdrop drawn, the canvas allocated and this code compiled (measured at 4× CPU:
 * 100–120 ms for that frame otherwise). In two idle tasks, `backdrop` then `frame` (each false
 * when it could not draw): as one it was a 60 ms task on /timeline/ at 4×, counted as blocking.
 * Then the canvas is cleared. Returns a cancel.
 */
export function warmUp(
	canvas: HTMLCanvasElement,
	backdrop: () => boolean,
	frame: () => boolean
): () => void {
	if (typeof requestIdleCallback === 'undefined') return () => {};
	const idle = (f: () => void) => (task = requestIdleCallback(f, { timeout: 3000 }));
	let task = 0;
	idle(() => {
		if (!backdrop()) return;
		idle(() => {
			if (!frame()) return;
			// Reading a pixel makes the browser draw the frame now (glyphs, paths).
			canvas.getContext('2d')?.getImageData(0, 0, 1, 1);
			clearCanvas(canvas);
		});
	});
	return () => cancelIdleCallback(task);
}

export function clearCanvas(canvas: HTMLCanvasElement): void {
	const ctx = canvas.getContext('2d');
	ctx?.setTransform(1, 0, 0, 1, 0, 0);
	ctx?.clearRect(0, 0, canvas.width, canvas.height);
}
