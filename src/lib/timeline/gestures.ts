import { panBy, pinchDomain, type Domain } from './zoom';

/**
 * Pointer gestures on the timeline, as pure functions of viewBox x positions: drag to pan, pinch
 * with two fingers, and the overview's brush (drag the window, drag an edge, draw a new window,
 * click to centre). TimelineChart feeds them pointer events; this module loads after the chart
 * mounts, with the motion frames, so it is not in the page's first load.
 */
export type Gesture =
	| { kind: 'pan'; startX: number; start: Domain; moved: boolean }
	| { kind: 'pinch'; p: [number, number]; start: Domain }
	| { kind: 'brush-move'; startX: number; start: Domain }
	| { kind: 'brush-new'; startX: number }
	| { kind: 'brush-edge'; edge: 0 | 1; start: Domain };

/** What a gesture needs of the chart: the plot's extent and the axis' full range, in the view. */
export interface GestureView {
	x0: number;
	x1: number;
	limits: Domain;
	/** The view when the gesture started. */
	domain: Domain;
	/** The overview's window, `[start, end]` in viewBox x. */
	window: [number, number];
}

/** A drag must move this far (viewBox px) before it pans: less is a click. */
const DRAG = 3;
/** How near (px) to an edge of the overview's window a press grabs that edge. */
const EDGE = 8;

/**
 * The gesture a pointer going down starts, given every pointer down now (their x): two make a
 * pinch; one on the overview works its brush, elsewhere pans. Null: no gesture (a third finger).
 */
export function startGesture(
	pointers: number[],
	onOverview: boolean,
	view: GestureView
): Gesture | null {
	const start = view.domain;
	if (pointers.length === 2) return { kind: 'pinch', p: [pointers[0]!, pointers[1]!], start };
	if (pointers.length !== 1) return null;
	const px = pointers[0]!;
	if (!onOverview) return { kind: 'pan', startX: px, start, moved: false };
	const [w0, w1] = view.window;
	if (Math.abs(px - w0) <= EDGE) return { kind: 'brush-edge', edge: 0, start };
	if (Math.abs(px - w1) <= EDGE) return { kind: 'brush-edge', edge: 1, start };
	if (px > w0 && px < w1) return { kind: 'brush-move', startX: px, start };
	return { kind: 'brush-new', startX: px };
}

/** The overview strip's x as a year (the strip spans the whole axis). */
export const overviewYear = (px: number, v: Pick<GestureView, 'x0' | 'x1' | 'limits'>) =>
	v.limits[0] + ((px - v.x0) / (v.x1 - v.x0)) * (v.limits[1] - v.limits[0]);

/**
 * The view a gesture reaches with its pointers at `pointers` (`px` is the one that moved), or
 * null where it does not move the view (yet). A pan that has moved marks `gesture.moved`, so the
 * click that ends it does not pin a mark; `moved` in the result says so for every kind.
 */
export function stepGesture(
	g: Gesture,
	pointers: number[],
	px: number,
	view: Pick<GestureView, 'x0' | 'x1' | 'limits'>
): { domain: Domain | null; moved: boolean } {
	const { x0, x1, limits } = view;
	if (g.kind === 'pinch') {
		if (pointers.length !== 2) return { domain: null, moved: false };
		const p: [number, number] = [pointers[0]!, pointers[1]!];
		return { domain: pinchDomain(g.start, g.p, p, x0, x1, limits), moved: true };
	}
	if (g.kind === 'pan') {
		const dx = px - g.startX;
		if (Math.abs(dx) > DRAG) g.moved = true;
		if (!g.moved) return { domain: null, moved: false };
		const d = g.start;
		return { domain: panBy(d, (-dx / (x1 - x0)) * (d[1] - d[0]), limits), moved: true };
	}
	if (g.kind === 'brush-move') {
		const years = ((px - g.startX) / (x1 - x0)) * (limits[1] - limits[0]);
		return { domain: panBy(g.start, years, limits), moved: false };
	}
	if (g.kind === 'brush-edge') {
		const y = overviewYear(px, view);
		const d: Domain = g.edge === 0 ? [y, g.start[1]] : [g.start[0], y];
		return { domain: d[1] - d[0] >= 1 ? d : null, moved: false };
	}
	const a = overviewYear(g.startX, view);
	const b = overviewYear(px, view);
	return { domain: Math.abs(b - a) >= 1 ? [Math.min(a, b), Math.max(a, b)] : null, moved: false };
}

/**
 * A pointer went up at `px`: a click on the overview (a brush that never became a window)
 * centres the view there. Returns that view, or null.
 */
export function endGesture(g: Gesture | null, px: number, view: GestureView): Domain | null {
	if (g?.kind !== 'brush-new' || Math.abs(px - g.startX) >= DRAG) return null;
	const d = view.domain;
	return panBy(d, overviewYear(px, view) - (d[0] + d[1]) / 2, view.limits);
}

/**
 * ctrl/⌘ + wheel (and a trackpad's pinch, which sends ctrl): the zoom factor of one event. A
 * mouse notch (100 px) zooms by e^0.4 ≈ 1.49×, so a reader can stop where they want: at e× a
 * notch, three notches went from 16 years to 12 months.
 */
export function wheelFactor(deltaY: number, deltaMode: number): number {
	const delta = deltaMode === 1 ? deltaY * 16 : deltaY;
	return Math.exp(-Math.max(-100, Math.min(100, delta)) * 0.004);
}

/** What the gesture listeners need of the chart. */
export interface GestureHost {
	/** A pointer event's position in viewBox units. */
	point(e: { clientX: number; clientY: number }): [number, number];
	/** The chart's extent now, and the view it shows (a motion frame's while there is one). */
	view(): GestureView;
	/** Where the overview strip starts (viewBox y): a press below it works the brush. */
	overviewTop(): number;
	/** A new view; `live` for a step of a gesture (a motion frame). */
	set(d: Domain, live: boolean): void;
	/** Zooms by `factor` around the year `focus`, live. */
	zoom(factor: number, focus: number): void;
	/** The gesture is over: the view the motion reached goes to the page. */
	settle(): void;
	/** The pointer moved enough that the click ending this gesture is not a click. */
	moved(): void;
}

/** Listens for pointer gestures and ctrl/⌘+wheel on `node`; returns the clean-up. */
export function attachGestures(node: Element, host: GestureHost): () => void {
	// Pointer bookkeeping, not drawn: which pointers are down, at which x.
	const pointers = new Map<number, number>();
	let gesture: Gesture | null = null;

	const down = (e: PointerEvent) => {
		if (e.pointerType === 'mouse' && e.button !== 0) return;
		const [px, py] = host.point(e);
		pointers.set(e.pointerId, px);
		const next = startGesture([...pointers.values()], py >= host.overviewTop(), host.view());
		if (next) gesture = next;
		node.setPointerCapture?.(e.pointerId);
	};
	const move = (e: PointerEvent) => {
		if (!pointers.has(e.pointerId) || !gesture) return;
		const [px] = host.point(e);
		pointers.set(e.pointerId, px);
		const step = stepGesture(gesture, [...pointers.values()], px, host.view());
		if (step.moved) host.moved();
		if (step.domain) host.set(step.domain, true);
	};
	const up = (e: PointerEvent) => {
		if (!pointers.has(e.pointerId)) return;
		const centred = endGesture(gesture, host.point(e)[0], host.view());
		if (centred) host.set(centred, false);
		pointers.delete(e.pointerId);
		if (pointers.size === 0) {
			gesture = null;
			// The gesture is over: no need to wait for it to settle.
			host.settle();
		} else if (gesture?.kind === 'pinch') {
			// One finger lifted: carry on panning with the other.
			const [rest] = [...pointers.values()] as [number];
			gesture = { kind: 'pan', startX: rest, start: host.view().domain, moved: true };
		}
	};
	// Off the chart the gesture is over (the pointer may be on its way to Reset).
	const leave = () => gesture || host.settle();
	const wheel = (e: WheelEvent) => {
		// A plain wheel scrolls the page.
		if (!(e.ctrlKey || e.metaKey)) return;
		e.preventDefault();
		const v = host.view();
		const [d0, d1] = v.domain;
		const year = d0 + ((host.point(e)[0] - v.x0) / (v.x1 - v.x0)) * (d1 - d0);
		host.zoom(wheelFactor(e.deltaY, e.deltaMode), year);
	};
	const events: [string, EventListener, AddEventListenerOptions?][] = [
		['pointerdown', down as EventListener],
		['pointermove', move as EventListener],
		['pointerup', up as EventListener],
		['pointercancel', up as EventListener],
		['pointerleave', leave],
		['wheel', wheel as EventListener, { passive: false }]
	];
	for (const [type, f, options] of events) node.addEventListener(type, f, options);
	return () => {
		for (const [type, f] of events) node.removeEventListener(type, f);
	};
}
