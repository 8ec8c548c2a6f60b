import { describe, expect, it } from 'vitest';
import { slideSourceLine } from '../../src/lib/charts/source-line';
import { slideBox } from '../../src/lib/charts/slide.svelte';

const src = (id: string, publisher: string) => ({
	source_id: id,
	title: `Title ${id}`,
	publisher,
	year: 2020,
	url: ''
});

describe('slideSourceLine', () => {
	it('names one source plainly', () => {
		expect(slideSourceLine([src('a', 'UN DESA')])).toBe('Sources (1 document): UN DESA.');
	});
	it('puts the most-cited publishers first, with their counts', () => {
		const s = [src('a', 'PIB'), src('b', 'UN DESA'), src('c', 'UN DESA'), src('d', 'MeitY')];
		expect(slideSourceLine(s)).toBe('Sources (4 documents): UN DESA (2); MeitY; PIB.');
	});
	it('says how many publishers are left out when they do not fit', () => {
		const s = [
			src('a', 'UN DESA'),
			src('b', 'UN DESA'),
			src('c', 'Ministry of the Interior and Safety'),
			src('d', 'Press Information Bureau')
		];
		expect(slideSourceLine(s, 60)).toBe(
			'Sources (4 documents): UN DESA (2); and 2 more publishers.'
		);
	});
	it('is empty without sources', () => {
		expect(slideSourceLine([])).toBe('');
	});
});

describe('slideBox', () => {
	it('zooms a 1280×720 slide so 14-unit text shows at 16 px or more', () => {
		const b = slideBox(1216, 480);
		expect(b.zoom).toBeCloseTo(1.2157, 3);
		expect(b.width).toBe(1000);
		expect(14 * b.zoom).toBeGreaterThanOrEqual(16);
	});
	it('keeps the design width on a wide screen and zooms in instead', () => {
		const b = slideBox(1824, 700);
		expect(b.zoom).toBeCloseTo(1.824, 3);
		expect(b.width).toBe(1000);
		expect(b.height).toBe(383);
	});
	it('zooms out for a chart that wants more height, down to the 16 px floor', () => {
		// The timeline asks for 530 units: 1920×1080 gives it a wider, taller box at 1.59×…
		const wide = slideBox(1824, 829, 530);
		expect([wide.zoom, wide.width, wide.height]).toEqual([829 / 530, 1166, 530]);
		// … and 1280×720 the most the floor allows.
		const small = slideBox(1216, 546, 530);
		expect(small.zoom).toBeCloseTo(16 / 14 + 0.02, 6);
		expect([small.width, small.height]).toEqual([1045, 469]);
	});
	it('never zooms below the minimum on a small screen', () => {
		const b = slideBox(970, 500);
		expect(b.width).toBe(834);
		expect(b.height).toBe(429);
	});
});
