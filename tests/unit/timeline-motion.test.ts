import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MilestoneCategory } from '../../src/lib/data/schema';
import { anchorsFor, keyTitles } from '../../src/lib/timeline/kinds';
import { layoutTimeline, type TimelineLayout } from '../../src/lib/timeline/layout';
import { ALL_CATEGORIES } from '../../src/lib/timeline/marks';
import { drawMotionFrame, type MotionStyle } from '../../src/lib/timeline/motion';
import { dashArray, TIMELINE, TIMELINE_FONT } from '../../src/lib/timeline/theme';
import { CATEGORY_STYLE } from '../../src/lib/timeline/marks';
import { MILESTONES, PHASES } from '../component/TimelineFixture';
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
/** Every fake canvas made, the chart's and the ones motion.ts makes for itself (the backdrop). */
const made: FakeCanvas[] = [];
function fakeCanvas(): FakeCanvas {
	const canvas: FakeCanvas = { width: 300, height: 150, calls: [], getContext: () => ctx };
	made.push(canvas);
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
			`${kor!.dots.count.toLocaleString('en')} milestones in view: a tick each, one row per category in legend order. Zoom in for symbols.`,
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
		// The labels and the phase key, each over its halo, as the SVG's paint-order draws them.
		const keys = layout.lanes.flatMap((l) => l.phaseKey);
		expect(texts(calls, 'strokeText')).toHaveLength(labels.length + keys.length);
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

	it('draw every category of the legend with the SVG legend’s shape, colour and place', () => {
		const layout = layoutOf(undefined, [1980, 2010]);
		const a = frame(layout, style({ k: 3 }));
		const backdrop = a.find((c) => c[0] === 'drawImage')?.[1] as FakeCanvas;
		const calls = backdrop.calls;
		expect(layout.legend.map((i) => i.label)).toEqual([
			'Law',
			'Plan',
			'Institution',
			'System launch',
			'Infrastructure',
			'Budget',
			'Ranking',
			'Literacy',
			'Transparency',
			'Participation'
		]);
		for (const item of layout.legend) {
			const style = CATEGORY_STYLE[item.category];
			const at = calls.findIndex(
				(c) => c[0] === 'translate' && c[1] === item.symbolX && c[2] === item.symbolY
			);
			expect(at, item.label).toBeGreaterThan(-1);
			expect(calls.slice(at + 1, at + 3)).toEqual([
				['fillStyle=', style.colour],
				['fill', { d: style.path }]
			]);
			expect(calls).toContainEqual(['fillText', item.label, item.x, item.y]);
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

	it('take every colour, width, opacity, dash and font size from the theme the SVG reads', () => {
		// Every kind of thing a frame draws: phases and keys, labels, a search (matches ringed, the
		// rest faded), a pinned and a weak mark, year 0 in aligned mode, a dense lane, the overview.
		const anchors = anchorsFor('egov-law', countries, MILESTONES, {});
		const base = {
			phases: PHASES,
			countries,
			domain: null,
			width: 1118,
			categories: new Set<MilestoneCategory>(ALL_CATEGORIES),
			keyTitles: keyTitles(),
			currentYear: 2026
		};
		const aligned = layoutTimeline({
			...base,
			milestones: MILESTONES,
			anchors,
			relative: true,
			query: 'act'
		});
		const dense = layoutOf();
		const marks = aligned.lanes.flatMap((l) => l.marks);
		const pinned = marks[0]!.id;
		// A weak mark's dashed ring shows where no other ring (a match, the pin) takes its place.
		const weak = marks.find((m) => !m.matched && m.id !== pinned)!.id;
		for (const c of made) c.calls.length = 0;
		// A width the backdrop has not been drawn at, so it is drawn again here.
		const drawn = [
			...frame(aligned, style({ hasQuery: true, pinned, weak: new Set([weak]), k: 1.5 })),
			...frame(dense, style({ k: 1.5 }))
		];
		const calls = [...drawn, ...made.flatMap((c) => c.calls)];
		const set = (prop: string) => [...new Set(calls.filter((c) => c[0] === prop).map((c) => c[1]))];

		const theme = Object.values(TIMELINE);
		const colours = new Set<unknown>([
			...theme.filter((v) => typeof v === 'string'),
			...Object.values(CATEGORY_STYLE).map((c) => c.colour),
			...[...aligned.lanes, ...dense.lanes].map((l) => l.colour),
			style().focus,
			style().background
		]);
		const numbers = new Set<unknown>([1, ...theme.filter((v) => typeof v === 'number')]);
		const dashes = new Set(
			[
				[],
				dashArray(TIMELINE.zeroDash),
				dashArray(TIMELINE.weakDash),
				...[...aligned.lanes, ...dense.lanes].map((l) => l.dash)
			].map(String)
		);
		expect(set('fillStyle=').filter((v) => !colours.has(v))).toEqual([]);
		expect(set('strokeStyle=').filter((v) => !colours.has(v))).toEqual([]);
		expect(set('lineWidth=').filter((v) => !numbers.has(v))).toEqual([]);
		expect(set('globalAlpha=').filter((v) => !numbers.has(v))).toEqual([]);
		expect(
			set('setLineDash')
				.map(String)
				.filter((v) => !dashes.has(v))
		).toEqual([]);
		const sizes = set('font=').map((f) => Number(/ (\d+)px /.exec(String(f))?.[1]));
		expect([...new Set(sizes)].sort()).toEqual([TIMELINE_FONT.text, TIMELINE_FONT.title].sort());
		// And each is really drawn: the zero line's dash, the weak ring's, the pinned ring's colour.
		expect(set('setLineDash').map(String)).toContain(String(dashArray(TIMELINE.zeroDash)));
		expect(set('setLineDash').map(String)).toContain(String(dashArray(TIMELINE.weakDash)));
		expect(set('strokeStyle=')).toContain(style().focus);
		expect(set('fillStyle=')).toContain(TIMELINE.panel);
	});
});
