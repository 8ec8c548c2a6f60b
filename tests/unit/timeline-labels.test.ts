import { comparisons } from '../../src/lib/compare/comparisons';
import { textWidth } from '../../src/lib/charts/text';
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../src/lib/data/schema';
import { loadData } from '../../src/lib/data/load.server';
import { anchorsFor, keyTitles } from '../../src/lib/timeline/kinds';
import { labelPlacer, labelWidth, overlaps, placeLabels } from '../../src/lib/timeline/labels';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import {
	ALL_CATEGORIES,
	importance,
	mostImportant,
	shortLabel
} from '../../src/lib/timeline/marks';
import type { Domain } from '../../src/lib/timeline/zoom';

const c = (id: string, x: number, width: number, imp: number, order: number) => ({
	id,
	x,
	width,
	importance: imp,
	order
});

describe('label thinning', () => {
	it('places the most important label first and drops what no row can hold', () => {
		const placed = placeLabels(
			[c('a', 100, 100, 1, 0), c('b', 120, 100, 5, 1), c('c', 140, 100, 3, 2)],
			2,
			[0, 1000]
		);
		expect(placed).toEqual([
			{ id: 'b', row: 0, x: 116, anchorEnd: false },
			{ id: 'c', row: 1, x: 136, anchorEnd: false }
		]);
	});

	it('keeps a gap between neighbours in a row and ends labels at the mark near the right edge', () => {
		const placed = placeLabels(
			[c('a', 10, 50, 1, 0), c('b', 72, 50, 1, 1), c('d', 990, 60, 1, 2)],
			1,
			[0, 1000]
		);
		// b would start at 68, only 2 px after a ends at 56 + 6… it needs 8 px: 68 ≥ 56 + 8.
		expect(placed).toEqual([
			{ id: 'a', row: 0, x: 6, anchorEnd: false },
			{ id: 'b', row: 0, x: 68, anchorEnd: false },
			{ id: 'd', row: 0, x: 994, anchorEnd: true }
		]);
	});

	it('says a label is turned away before trying it only where every row is taken', () => {
		const placer = labelPlacer(2, [0, 1000]);
		expect(placer.place('a', 104, 100)).toEqual({ id: 'a', row: 0, x: 100, anchorEnd: false });
		// Row 1 is still free under a: not full, and a second label goes there.
		expect(placer.full(150, 20)).toBe(false);
		expect(placer.place('b', 150, 20)).toEqual({ id: 'b', row: 1, x: 146, anchorEnd: false });
		// A label starting at 146 would touch both; at 116 or 176 only a (b blocks 138–173).
		expect(placer.full(150, 20)).toBe(true);
		expect(placer.place('c', 150, 20)).toBeNull();
		expect(placer.full(120, 20)).toBe(false);
		expect(placer.full(180, 20)).toBe(false);
		// The next mark whose label could start on a pixel some row leaves free: 4 px right of 174.
		expect(placer.nextStart(150)).toBe(178);
		expect(placer.nextStart(120)).toBe(120);
		// Starting left of the chart is never possible; near the right edge a label ends at its mark.
		expect(placer.full(2, 20)).toBe(true);
		expect(placer.full(995, 20)).toBe(false);
	});

	it('shortens titles at the colon and drops a trailing parenthesis', () => {
		expect(shortLabel('NICNET: national satellite network launched')).toBe('NICNET');
		expect(shortLabel('First national informatization plan adopted (1996–2000)')).toBe(
			'First national informatization…'
		);
		expect(shortLabel('Hometax launched')).toBe('Hometax launched');
	});

	it('ranks search matches, then lag-table milestones, then laws/plans/systems, then the rest', () => {
		const m = (category: Milestone['category']) => ({ category }) as Milestone;
		expect([
			importance(m('ranking'), false, true),
			importance(m('budget'), true, false),
			importance(m('law'), false, false),
			importance(m('institution'), false, false),
			importance(m('ranking'), false, false)
		]).toEqual([11, 6, 3, 2, 1]);
	});

	describe('on the real data', () => {
		const { data } = loadData('data');
		const countries = ['KOR', 'IND'];
		const layoutAt = (domain: Domain | null, width: number) =>
			layoutTimeline({
				phases: data.phases,
				milestones: data.milestones,
				countries,
				anchors: anchorsFor('calendar', countries, data.milestones, {}),
				relative: false,
				domain,
				width,
				categories: new Set(ALL_CATEGORIES),
				query: '',
				keyTitles: keyTitles(comparisons(data)),
				currentYear: 2026
			});
		it('no two labels of a lane read the same: the IT Act’s assent and coming into force differ', () => {
			for (const lane of layoutAt([1998, 2003], 1118).lanes) {
				const texts = lane.labels.map((l) => l.text);
				expect(texts.length).toBeGreaterThan(3);
				expect(new Set(texts).size).toBe(texts.length);
			}
			const india = layoutAt([2000, 2001], 1118).lanes[1]!.labels.map((l) => l.text);
			expect(india).toEqual(
				expect.arrayContaining([
					'IT Act 2000, presidential assent',
					'IT Act 2000, comes into force'
				])
			);
		});

		const count = (l: ReturnType<typeof layoutAt>) =>
			l.lanes.map((lane) => [lane.marks.length, lane.labels.length]);

		it.each<[Domain | null, number]>([
			[null, 1118],
			[null, 308],
			[[1995, 2005], 1118],
			[[2001, 2003], 1118],
			[[2015, 2018], 308]
		])('never overlaps labels at %j, %d px wide', (domain, width) => {
			const l = layoutAt(domain, width);
			for (const lane of l.lanes) {
				const rows = lane.labels.map((lb) => {
					const w = labelWidth(lb.text);
					const left = lb.anchorEnd ? lb.x - w : lb.x;
					return { row: lb.y, left, right: left + w };
				});
				expect(overlaps(rows)).toBe(false);
				for (const r of rows) {
					expect(r.left).toBeGreaterThanOrEqual(l.x0);
					expect(r.right).toBeLessThanOrEqual(l.x1);
				}
			}
		});

		it('labels more of the marks the further it zooms in', () => {
			expect(count(layoutAt(null, 1118))).toEqual([
				[79, 11],
				[74, 13]
			]);
			expect(count(layoutAt([2000, 2004], 1118))).toEqual([
				[17, 10],
				[7, 6]
			]);
		});

		it('names a phase in full in its band, or numbers it there and names it in full in the key', () => {
			const l = layoutAt(null, 1118);
			for (const lane of l.lanes) {
				const key = lane.phaseKey.map((k) => k.text).join(' · ');
				for (const band of lane.phases) {
					const name = band.phase.name;
					if (band.text === name) continue;
					// Never a stub: a number (or, in a band too thin even for that, nothing) …
					expect(band.text).toMatch(/^(\d+)?$/);
					// … and the full name with its years in the key.
					expect(key).toContain(`${name} ${band.phase.start_year}–`);
				}
				for (const k of lane.phaseKey) {
					expect(k.x + textWidth(k.text, 14)).toBeLessThanOrEqual(l.x1);
				}
			}
			const kor = l.lanes[0]!;
			expect(kor.phases.find((b) => b.phase.name.startsWith('Diffusion'))!.text).toBe('5');
			expect(kor.phaseKey.map((k) => k.text).join(' · ')).toContain(
				'5 Diffusion: e-Government Roadmap (31 tasks) 2003–2007'
			);
		});

		it('on a slide keeps the most important milestones of each lane, in time order', () => {
			const kept = mostImportant(data.milestones, keyTitles(comparisons(data)), 12);
			expect(kept.filter((m) => m.country === 'KOR')).toHaveLength(12);
			expect(kept.filter((m) => m.country === 'IND')).toHaveLength(12);
			expect(kept.map((m) => m.title)).toContain('E-Government Act enacted');
			expect(kept).toEqual(data.milestones.filter((m) => kept.includes(m)));
		});

		/** A slide's timeline: the important milestones, no overview strip, a height to fit. */
		const slideAt = (width: number, height: number) =>
			layoutTimeline({
				phases: data.phases,
				milestones: mostImportant(data.milestones, keyTitles(comparisons(data)), 12),
				countries,
				anchors: anchorsFor('calendar', countries, data.milestones, {}),
				relative: false,
				domain: null,
				width,
				categories: new Set(ALL_CATEGORIES),
				query: '',
				keyTitles: keyTitles(comparisons(data)),
				currentYear: 2026,
				overview: false,
				height
			});

		it.each<[number, number]>([
			[1045, 469],
			[836, 521],
			[1166, 520]
		])(
			'on a %d×%d slide names every phase in full, after its lane title, and fits',
			(width, height) => {
				const l = slideAt(width, height);
				expect(l.height).toBeLessThanOrEqual(height);
				for (const lane of l.lanes) {
					const key = lane.phaseKey.map((k) => k.text).join(' ');
					for (const band of lane.phases) {
						if (band.text === band.phase.name) continue;
						expect(band.text).toMatch(/^\d+$/);
						expect(key).toContain(`${band.text} ${band.phase.name}`);
					}
					// The key's first line shares the title's baseline, after it; the rest sit above
					// the bands; no line runs past the chart.
					const [first, ...rest] = lane.phaseKey;
					expect(first!.y).toBe(lane.y + 16);
					expect(first!.x).toBeGreaterThan(l.x0 + textWidth(lane.title, 16, 700));
					for (const k of lane.phaseKey)
						expect(k.x + textWidth(k.text, 14)).toBeLessThanOrEqual(l.x1);
					for (const k of rest) expect(k.y).toBeLessThan(Math.min(...lane.phases.map((b) => b.y)));
				}
			}
		);

		it('on a slide gives up milestone label rows, not text size, when the screen is short', () => {
			const rowsOf = (l: ReturnType<typeof slideAt>) =>
				l.lanes.map((lane) => new Set(lane.labels.map((lb) => lb.y - lane.y)).size);
			expect(rowsOf(slideAt(1045, 469))).toEqual([1, 1]);
			// The legend's ten categories take a second row at this width, so one label row goes.
			expect(rowsOf(slideAt(836, 521))).toEqual([1, 1]);
			expect(rowsOf(slideAt(1166, 600))).toEqual([3, 3]);
			expect(slideAt(1045, 469).lanes[0]!.phaseKey.map((k) => k.text)).toEqual([
				'1 Administrative computerisation · 2 National Basic Information System (NBIS) networks · 3 Foundation: informatization framework and',
				'high-speed networks · 4 Launch: E-Government Act and 11 initiatives · 5 Diffusion: e-Government Roadmap (31 tasks) · 6 Convergence and integration ·',
				'7 Government 3.0 · 8 Digital (intelligent) government · 9 Digital Platform Government'
			]);
		});

		it.each([1118, 308])('keeps the first and last year labels inside a %d px chart', (width) => {
			const { axis } = layoutAt(null, width);
			const size = (t: (typeof axis.items)[number]) => textWidth(t.label, 14, t.major ? 600 : 400);
			const first = axis.items[0]!;
			const last = axis.items.at(-1)!;
			expect(first.lx - size(first) / 2).toBeGreaterThanOrEqual(0);
			expect(last.lx + size(last) / 2).toBeLessThanOrEqual(width);
		});

		it("moves 1970's label in from the left edge, where its grid line stays", () => {
			const first = layoutAt(null, 1118).axis.items[0]!;
			expect([first.label, first.x, first.lx]).toEqual([
				'1970',
				12,
				1 + textWidth('1970', 14, 600) / 2
			]);
		});

		it('keeps the lag-table milestones labelled in the full view', () => {
			const labelled = layoutAt(null, 1118).lanes.flatMap((lane) =>
				lane.labels.map((lb) => lb.text)
			);
			expect(labelled).toContain('National administrative network');
			expect(labelled).toContain('NICNET');
		});
	});
});
