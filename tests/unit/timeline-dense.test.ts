import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Milestone, MilestoneCategory } from '../../src/lib/data/schema';
import { canvasBox, drawMarks, markAt, pixel, type CanvasBox } from '../../src/lib/timeline/canvas';
import { anchorsFor, keyTitles } from '../../src/lib/timeline/kinds';
import { LABEL_GAP, labelWidth, overlaps, placeLabels } from '../../src/lib/timeline/labels';
import {
	DENSE_ROW,
	layoutTimeline,
	type LaneLayout,
	type LayoutInput
} from '../../src/lib/timeline/layout';
import {
	ALL_CATEGORIES,
	CATEGORY_STYLE,
	importance,
	shortLabel
} from '../../src/lib/timeline/marks';
import { syntheticMilestones, syntheticPhases } from '../bench/zoom/synthetic';
import { monthlyMilestones } from '../component/TimelineFixture';

function input(milestones: Milestone[], over: Partial<LayoutInput> = {}): LayoutInput {
	const countries = ['KOR', 'IND'];
	return {
		phases: [],
		milestones,
		countries,
		anchors: anchorsFor('calendar', countries, milestones, {}),
		relative: false,
		domain: null,
		width: 1118,
		categories: new Set<MilestoneCategory>(ALL_CATEGORIES),
		query: '',
		keyTitles: keyTitles(),
		currentYear: 2026,
		...over
	};
}

describe('dense lanes', () => {
	const many = [
		...monthlyMilestones('KOR', 'Korea', 1970, 300),
		...monthlyMilestones('IND', 'India', 1971, 12)
	];

	it('draws a lane with more than 250 marks in view as ticks, one row per category, the other as symbols', () => {
		const layout = layoutTimeline(input(many));
		const [kor, ind] = layout.lanes;
		expect([kor!.dense, ind!.dense]).toEqual([true, false]);
		expect(kor!.dots.count).toBe(300);
		// Row = category in legend order: law on the first row, plan on the second…
		const band = kor!.marksBand;
		expect(kor!.marks[0]!.y).toBeCloseTo(band.y + 0.5 * DENSE_ROW);
		expect(kor!.marks[1]!.y).toBeCloseTo(band.y + 1.5 * DENSE_ROW);
		expect(kor!.marks[10]!.y).toBeCloseTo(band.y + 0.5 * DENSE_ROW);
		// Zoomed to 1990–1994 Korea has 60 marks in view: symbols again.
		expect(layoutTimeline(input(many, { domain: [1990, 1994.99] })).lanes[0]!.dense).toBe(false);
	});

	it('finds a mark in view by id without building every mark, and builds them when asked', () => {
		const layout = layoutTimeline(input(many));
		const kor = layout.lanes[0]!;
		expect(layout.first).toBe('KOR-1970-01-korea-event-1');
		expect(kor.markOf('KOR-1975-03-korea-event-63')?.accessibleName).toBe(
			'Korea event 63, March 1975 (Korea, institution)'
		);
		expect(kor.markOf('IND-1971-01-india-event-1')).toBeUndefined();
		expect(layout.inView('KOR-1975-03-korea-event-63')).toBe(true);
		const zoomed = layoutTimeline(input(many, { domain: [1980, 1990] }));
		expect(zoomed.inView('KOR-1975-03-korea-event-63')).toBe(false);
		expect(zoomed.lanes[0]!.markOf('KOR-1975-03-korea-event-63')).toBeUndefined();
		expect(kor.marks.map((m) => m.milestone.title).slice(0, 2)).toEqual([
			'Korea event 1',
			'Korea event 2'
		]);
	});

	it('hit-tests a tick: the nearest mark within reach on its category row, else nothing', () => {
		const layout = layoutTimeline(input(many));
		const kor = layout.lanes[0]!;
		const j = 62; // Korea event 63, institution: third row
		const hit = markAt(layout, kor.marks[j]!.x + 0.2, kor.marks[j]!.y);
		expect(hit).toBe('KOR-1975-03-korea-event-63');
		expect(markAt(layout, kor.marks[j]!.x, kor.marks[j]!.y + 3 * DENSE_ROW)).not.toBe(hit);
		expect(markAt(layout, kor.marks[j]!.x, kor.y - 5)).toBeNull();
	});

	it('writes each tick into the pixels in its category colour, faint ones while a search misses them', () => {
		const kor = layoutTimeline(input(many)).lanes[0]!;
		const box = canvasBox(kor);
		const canvas = fakeCanvas();
		drawMarks(canvas.element, kor, box, 1, false);
		const at = (x: number, y: number) =>
			canvas.pixels()[Math.round(y - box.y) * canvas.width() + Math.round(x - box.x)];
		expect(at(kor.marks[0]!.x, kor.marks[0]!.y)).toBe(pixel(CATEGORY_STYLE.law.colour, 1));
		expect(at(kor.marks[1]!.x, kor.marks[1]!.y)).toBe(pixel(CATEGORY_STYLE.plan.colour, 1));
		// Nothing between two rows' ticks.
		expect(at(kor.marks[0]!.x, kor.marks[0]!.y + DENSE_ROW / 2)).toBe(0);
		const searching = layoutTimeline(input(many, { query: 'event 2' })).lanes[0]!;
		drawMarks(canvas.element, searching, box, 1, true);
		expect(at(searching.marks[0]!.x, searching.marks[0]!.y)).toBe(
			pixel(CATEGORY_STYLE.law.colour, 0.3)
		);
		expect(at(searching.marks[1]!.x, searching.marks[1]!.y)).toBe(
			pixel(CATEGORY_STYLE.plan.colour, 1)
		);
	});

	it('draws the same pixels as tick-by-tick drawing, matches on top, at any resolution', () => {
		const plain = layoutTimeline(input(many)).lanes[0]!;
		const searching = layoutTimeline(input(many, { query: 'event 2' })).lanes[0]!;
		for (const k of [1, 1.5, 2, 3]) {
			for (const [lane, hasQuery] of [
				[plain, false],
				[searching, true]
			] as const) {
				const box = canvasBox(lane);
				const canvas = fakeCanvas();
				drawMarks(canvas.element, lane, box, k, hasQuery);
				const want = tickByTick(lane, box, k, hasQuery);
				const got = canvas.pixels();
				expect(got.length).toBe(want.length);
				expect(want.filter((p) => p !== 0).length).toBeGreaterThan(1000);
				expect([...want.keys()].filter((i) => got[i] !== want[i]).slice(0, 5)).toEqual([]);
			}
		}
	});

	it('summarises a packed lane a column at a time with the same pixels, matches included', () => {
		// 14,000 marks over 1990–2009, every category in every pixel column: the loop jumps.
		const cats = ALL_CATEGORIES;
		const packed: Milestone[] = Array.from({ length: 14_000 }, (_, i) => ({
			country: 'KOR',
			date: `${1990 + Math.floor(i / 700)}-${String(1 + (Math.floor(i / 58) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
			title: `Packed ${i}`,
			category: cats[i % cats.length]!,
			description: '',
			system_id: '',
			source_ids: ['s']
		}));
		for (const [query, hasQuery] of [
			['', false],
			['packed 77', true]
		] as const) {
			const lane = layoutTimeline(input(packed, { query })).lanes[0]!;
			expect(lane.dense).toBe(true);
			for (const k of [1, 2]) {
				const box = canvasBox(lane);
				const canvas = fakeCanvas();
				drawMarks(canvas.element, lane, box, k, hasQuery);
				const want = tickByTick(lane, box, k, hasQuery);
				const got = canvas.pixels();
				expect([...want.keys()].filter((i) => got[i] !== want[i]).slice(0, 5)).toEqual([]);
			}
			// Every word anywhere: each "Packed <i>" with 77 in its number is a hit.
			const want = Array.from({ length: 14_000 }, (_, i) => i).filter((i) =>
				String(i).includes('77')
			);
			expect(lane.dots.hits.length).toBe(hasQuery ? want.length : 0);
			expect(want.length).toBe(356);
		}
	});

	it('keeps every row’s ticks when rows overlap on a tiny chart', () => {
		const kor = layoutTimeline(input(many)).lanes[0]!;
		const box = canvasBox(kor);
		const canvas = fakeCanvas();
		const k = 0.25;
		drawMarks(canvas.element, kor, box, k, false);
		const tickH = Math.max(2, Math.round((DENSE_ROW - 1.5) * k));
		const xs = kor.marks.map((m) => m.x);
		const ys = kor.marks.map((m) => m.y);
		const colours = Object.values(CATEGORY_STYLE).map((s) => pixel(s.colour, 1));
		// Rows 1.6 px apart, ticks 2 px tall: no row may blank the pixels of the row above.
		const tops = [...new Set(ys)].map((y) => Math.round((y - box.y) * k - tickH / 2));
		expect(tops.some((t, i) => i > 0 && t - tops[i - 1]! < tickH)).toBe(true);
		const px = canvas.pixels();
		const w = canvas.width();
		const missing = [...xs.keys()].filter((j) => {
			const col = Math.max(0, Math.round((xs[j]! - box.x) * k - 0.5));
			const top = Math.min(
				Math.round(box.height * k) - tickH,
				Math.max(0, Math.round((ys[j]! - box.y) * k - tickH / 2))
			);
			return !px[top * w + col] || !px[(top + 1) * w + col];
		});
		expect(missing).toEqual([]);
		const allowed = new Set([0, ...colours]);
		expect([...new Set(canvas.pixels())].filter((p) => !allowed.has(p))).toEqual([]);
	});

	it('labels the marks plain greedy placement over every mark in view would label', () => {
		// The layout reads only the marks in view, run by run of equal importance; the plain
		// version sorts every mark in view by importance, then time, and places them in turn.
		const ms = syntheticMilestones(10_000);
		const keys = new Set(ms.filter((_, i) => i % 97 === 0).map((m) => m.title));
		fc.assert(
			fc.property(
				fc.double({ min: 1967, max: 2024, noNaN: true }),
				fc.double({ min: 0.05, max: 60, noNaN: true }),
				fc.constantFrom('', 'milestone 12', 'Synthetic milestone 777'),
				(start, span, query) => {
					const layout = layoutTimeline({
						...input(ms),
						domain: [start, start + span],
						keyTitles: keys,
						query
					});
					for (const lane of layout.lanes) {
						const candidates = lane.marks.map((mk, j) => ({
							id: mk.id,
							x: mk.x,
							width: labelWidth(shortLabel(mk.milestone.title)),
							importance: importance(mk.milestone, keys.has(mk.milestone.title), mk.matched),
							order: j
						}));
						const plain = placeLabels(candidates, 3, [layout.x0, layout.x1]);
						expect(lane.labels.map((l) => [l.id, l.x])).toEqual(plain.map((l) => [l.id, l.x]));
					}
				}
			),
			{ numRuns: 40 }
		);
		// A 10,000-mark property check: seconds of work, more when the machine is busy.
	}, 30_000);

	it('labels as greedy placement does with titles of every length, near the edges too', () => {
		// Marks of one lane bunched into a few years, titles from 1 to 60 characters; near the right
		// edge labels hang left of their mark.
		const pad = (n: number) => String(n).padStart(2, '0');
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 119 }), fc.integer({ min: 1, max: 60 })), {
					minLength: 100,
					maxLength: 700
				}),
				fc.double({ min: 1995, max: 2004, noNaN: true }),
				fc.double({ min: 0.5, max: 12, noNaN: true }),
				(rows, start, span) => {
					const ms = rows.map(([month, length], i) => ({
						country: 'KOR',
						date: `${1995 + Math.floor(month / 12)}-${pad((month % 12) + 1)}`,
						title: `${i} ${'w'.repeat(length)}`,
						category: ALL_CATEGORIES[i % ALL_CATEGORIES.length]!,
						description: '',
						system_id: '',
						source_ids: ['t']
					})) as Milestone[];
					const layout = layoutTimeline({
						...input(ms, { countries: ['KOR'] }),
						anchors: anchorsFor('calendar', ['KOR'], ms, {}),
						domain: [start, start + span]
					});
					const lane = layout.lanes[0]!;
					const candidates = lane.marks.map((mk, j) => ({
						id: mk.id,
						x: mk.x,
						width: labelWidth(shortLabel(mk.milestone.title)),
						importance: importance(mk.milestone, false, false),
						order: j
					}));
					const plain = placeLabels(candidates, 3, [layout.x0, layout.x1]);
					expect(lane.labels.map((l) => [l.id, l.x])).toEqual(plain.map((l) => [l.id, l.x]));
				}
			),
			{ numRuns: 60 }
		);
	});

	it('keeps labels apart with 10,000 marks in view, and names the first mark', () => {
		const ms = syntheticMilestones(10_000);
		const layout = layoutTimeline({ ...input(ms), phases: syntheticPhases() });
		for (const lane of layout.lanes) {
			expect(lane.dense).toBe(true);
			expect(lane.labels.length).toBeGreaterThan(5);
			expect(
				overlaps(
					lane.labels.map((l) => {
						const w = labelWidth(l.text);
						const left = l.anchorEnd ? l.x - w : l.x;
						return { row: l.y, left: left - LABEL_GAP / 2, right: left + w + LABEL_GAP / 2 };
					})
				)
			).toBe(false);
		}
		expect(layout.first).not.toBeNull();
	});
});

describe('label placer', () => {
	/** The placement before the per-row look-up was added: every candidate scans every row. */
	function reference(cs: ReturnType<typeof candidate>[], rows: number, bounds: [number, number]) {
		const taken: [number, number][][] = Array.from({ length: rows }, () => []);
		const out = [];
		for (const c of [...cs].sort((a, b) => b.importance - a.importance || a.order - b.order)) {
			let left = c.x - 4;
			let anchorEnd = false;
			if (left + c.width > bounds[1]) {
				left = c.x + 4 - c.width;
				anchorEnd = true;
			}
			if (left < bounds[0]) continue;
			const right = left + c.width;
			const row = taken.findIndex((s) =>
				s.every(([a, b]) => right + LABEL_GAP <= a || left >= b + LABEL_GAP)
			);
			if (row === -1) continue;
			taken[row]!.push([left, right]);
			out.push({ id: c.id, row, x: anchorEnd ? left + c.width : left, anchorEnd });
		}
		return out;
	}
	const candidate = (id: string, x: number, width: number, importance: number, order: number) => ({
		id,
		x,
		width,
		importance,
		order
	});

	it('places exactly what scanning every row would place', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						// Crowded on purpose, on whole pixels (so labels often meet exactly at the gap):
						// rows fill up and later labels must squeeze into the gaps left.
						x: fc.oneof(
							fc.integer({ min: 0, max: 300 }),
							fc.double({ min: 0, max: 300, noNaN: true })
						),
						width: fc.integer({ min: 4, max: 60 }),
						importance: fc.integer({ min: 0, max: 15 })
					}),
					{ maxLength: 400 }
				),
				fc.integer({ min: 1, max: 3 }),
				(raw, rows) => {
					const cs = raw.map((r, i) => candidate(`m${i}`, r.x, r.width, r.importance, i));
					expect(placeLabels(cs, rows, [12, 306])).toEqual(reference(cs, rows, [12, 306]));
				}
			),
			{ numRuns: 300 }
		);
	});
});

/** The rug drawn the plain way, one tick at a time, pixel by pixel: what drawMarks must match. */
function tickByTick(lane: LaneLayout, box: CanvasBox, k: number, hasQuery: boolean) {
	const w = Math.round(box.width * k);
	const h = Math.round(box.height * k);
	const px = new Uint32Array(w * h);
	const tickW = Math.max(1, Math.round(1.5 * k));
	const tickH = Math.max(2, Math.round((DENSE_ROW - 1.5) * k));
	const styles = Object.values(CATEGORY_STYLE);
	const { categories, matched } = lane.dots;
	const xs = lane.marks.map((m) => m.x);
	const ys = lane.marks.map((m) => m.y);
	const order = [...xs.keys()].sort((a, b) => matched[a]! - matched[b]! || a - b);
	for (const j of order) {
		const hit = matched[j] === 1;
		const grow = hit ? Math.round(k) : 0;
		const colour = pixel(styles[categories[j]!]!.colour, hasQuery && !hit ? 0.3 : 1);
		const col = Math.round((xs[j]! - box.x) * k - tickW / 2);
		const top = Math.round((ys[j]! - box.y) * k - tickH / 2) - grow;
		for (let y = top; y < top + tickH + 2 * grow; y++)
			for (let x = col; x < col + tickW; x++)
				if (x >= 0 && x < w && y >= 0 && y < h) px[y * w + x] = colour;
	}
	return px;
}

/** Just enough of a canvas for drawMarks: ImageData in, pixels kept. */
function fakeCanvas() {
	let data: Uint8ClampedArray = new Uint8ClampedArray(0);
	const element = {
		width: 0,
		height: 0,
		getContext: () => ({
			createImageData: (w: number, h: number) => ({
				width: w,
				height: h,
				data: new Uint8ClampedArray(w * h * 4)
			}),
			putImageData: (img: { data: Uint8ClampedArray }) => {
				data = new Uint8ClampedArray(img.data);
			}
		})
	} as unknown as HTMLCanvasElement;
	return {
		element,
		width: () => element.width,
		pixels: () => new Uint32Array(data.buffer)
	};
}
