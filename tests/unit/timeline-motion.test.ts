import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MilestoneCategory } from '../../src/lib/data/schema';
import { anchorsFor, keyTitles } from '../../src/lib/timeline/kinds';
import { layoutTimeline, type TimelineLayout } from '../../src/lib/timeline/layout';
import { ALL_CATEGORIES } from '../../src/lib/timeline/marks';
import { drawMotionFrame, type MotionStyle } from '../../src/lib/timeline/motion';
import { syntheticMilestones, syntheticPhases } from '../bench/zoom/synthetic';
import { monthlyMilestones } from '../component/TimelineFixture';

// Node has no canvas: a fake 2D context records every call and property set, in order. What it
// checks is what the frame says (which text goes where, what is drawn once); Chromium draws it
// for real in tests/e2e/timeline-motion.test.ts, which compares it with the SVG pixel by pixel.
type Call = [string, ...unknown[]];
interface FakeCanvas {
	width: number;
	height: number;
	calls: Call[];
	getContext: () => unknown;
}
function fakeCanvas(): FakeCanvas {
	const canvas: FakeCanvas = { width: 300, height: 150, calls: [], getContext: () => ctx };
	const ctx: unknown = new Proxy(
		{ canvas },
		{
			get: (target, key) =>
				key === 'canvas'
					? canvas
					: key === 'measureText'
						? (s: string) => ({ width: s.length * 7 })
						: key === 'createImageData'
							? (w: number, h: number) => ({
									width: w,
									height: h,
									data: new Uint8ClampedArray(w * h * 4)
								})
							: (...args: unknown[]) => void canvas.calls.push([String(key), ...args]),
			set: (_, key, value) => (canvas.calls.push([`${String(key)}=`, value]), true)
		}
	);
	return canvas;
}

beforeAll(() => {
	Object.assign(globalThis, {
		Path2D: class {
			constructor(public d: string) {}
		},
		document: {
			createElement: fakeCanvas
		}
	});
});
afterAll(() => {
	delete (globalThis as { document?: unknown }).document;
	delete (globalThis as { Path2D?: unknown }).Path2D;
});

const countries = ['KOR', 'IND'];
const synthetic = syntheticMilestones(10_000);
function layoutOf(milestones = synthetic, domain: [number, number] | null = null) {
	return layoutTimeline({
		phases: syntheticPhases(),
		milestones,
		countries,
		anchors: anchorsFor('calendar', countries, milestones, {}),
		relative: false,
		domain,
		width: 1118,
		categories: new Set<MilestoneCategory>(ALL_CATEGORIES),
		query: '',
		keyTitles: keyTitles(),
		currentYear: 2025
	});
}
const style = (over: Partial<MotionStyle> = {}): MotionStyle => ({
	font: 'sans-serif',
	k: 1,
	hasQuery: false,
	pinned: null,
	symbols: [],
	shown: new Set(ALL_CATEGORIES),
	denseNote: (n) => `${n} as ticks`,
	focus: '#1a5fb4',
	background: 'rgb(255, 255, 255)',
	...over
});
function frame(layout: TimelineLayout, s = style()) {
	const screen = fakeCanvas();
	screen.width = 1118;
	screen.height = Math.round(layout.height);
	drawMotionFrame(screen.getContext() as CanvasRenderingContext2D, layout, s);
	return screen.calls;
}
const texts = (calls: Call[], kind = 'fillText') =>
	calls.filter((c) => c[0] === kind).map((c) => [c[1], c[2], c[3]]);

describe('motion frames', () => {
	it('draw what the SVG shows: lane titles, dense notes, phase names, every label over a halo, the axis years', () => {
		const layout = layoutOf(undefined, [1985, 2000]);
		const calls = frame(layout);
		const filled = texts(calls);
		const [kor, ind] = layout.lanes;
		expect(kor!.dense && ind!.dense).toBe(true);
		expect(filled).toContainEqual(['Korea', layout.x0, kor!.y + 16]);
		expect(filled).toContainEqual([
			`${kor!.dots.count} as ticks`,
			layout.x0 + 5 * 7 + 10,
			kor!.y + 16
		]);
		for (const band of [...kor!.phases, ...ind!.phases])
			expect(filled).toContainEqual([band.text, band.x + 5, band.y + 17]);
		const labels = layout.lanes.flatMap((l) => l.labels);
		expect(labels.length).toBeGreaterThan(20);
		// Each label: the white halo (strokeText), then the text, at the label's place.
		for (const l of labels) {
			const i = calls.findIndex((c) => c[0] === 'strokeText' && c[1] === l.text);
			expect(calls[i]).toEqual(['strokeText', l.text, l.x, l.y]);
			expect(calls[i + 1]).toEqual(['fillText', l.text, l.x, l.y]);
		}
		expect(texts(calls, 'strokeText')).toHaveLength(labels.length);
		for (const t of layout.axis.items)
			expect(filled).toContainEqual([t.label, t.lx, layout.axis.y]);
		expect(layout.axis.items.map((t) => t.label)).toContain('1990');
	});

	it('draw the legend and the overview once, then copy them in place of a clear', () => {
		// A scale not drawn before, so the backdrop is drawn anew for the first frame only.
		const s = style({ k: 2 });
		const a = frame(layoutOf(undefined, [1980, 2010]), s);
		const copied = (calls: Call[]) => calls.find((c) => c[0] === 'drawImage')?.[1] as FakeCanvas;
		const backdrop = copied(a);
		const draws = () => backdrop.calls.filter((c) => c[0] === 'getImageData').length;
		const before = draws();
		const b = frame(layoutOf(undefined, [1990, 2000]), s);
		expect(copied(b)).toBe(backdrop);
		expect(draws()).toBe(before);
		// The backdrop holds the legend and the overview's two lane paths.
		expect(texts(backdrop.calls).map((t) => t[0])).toContain('System launch');
		expect(backdrop.calls.filter((c) => c[0] === 'stroke' && c[1]).length).toBeGreaterThanOrEqual(
			2
		);
		for (const calls of [a, b]) {
			const copy = calls.findIndex((c) => c[0] === 'drawImage');
			expect(calls[copy - 1]).toEqual(['globalCompositeOperation=', 'copy']);
			expect(calls[copy]).toEqual(['drawImage', backdrop, 0, 0]);
			// Neither is drawn on the screen's canvas itself.
			expect(texts(calls).map((t) => t[0])).not.toContain('System launch');
			expect(calls.filter((c) => c[0] === 'stroke' && c[1])).toEqual([]);
		}
	});

	it('show a dense lane’s tab stop and pinned mark as symbols, the pinned one ringed', () => {
		const milestones = [
			...monthlyMilestones('KOR', 'Korea', 1970, 300),
			...monthlyMilestones('IND', 'India', 1971, 12)
		];
		const layout = layoutOf(milestones);
		const [kor] = layout.lanes;
		expect(kor!.dense).toBe(true);
		const tabStop = layout.first!;
		const pinned = kor!.marks[40]!;
		const calls = frame(layout, style({ pinned: pinned.id, symbols: [tabStop, pinned.id] }));
		const rings = calls.filter((c) => c[0] === 'arc');
		expect(rings).toEqual([['arc', pinned.x, pinned.y, 11, 0, 2 * Math.PI]]);
		const moved = calls.filter((c) => c[0] === 'translate' && (c[1] as number) > 0);
		const first = kor!.markOf(tabStop)!;
		expect(moved).toContainEqual(['translate', first.x, first.y]);
		expect(moved).toContainEqual(['translate', pinned.x, pinned.y]);
	});
});
