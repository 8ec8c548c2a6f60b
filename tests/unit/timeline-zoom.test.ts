import { describe, expect, it } from 'vitest';
import { dateSpan, dateToYear, formatDate } from '../../src/lib/timeline/dates';
import { rangeText } from '../../src/lib/timeline/table';
import {
	chooseTicks,
	clampDomain,
	edgeText,
	phaseView,
	moveEdge,
	panBy,
	pinchDomain,
	zoomAt,
	type Domain
} from '../../src/lib/timeline/zoom';

const LIMITS: Domain = [1970, 2030];
const round = (d: Domain) => d.map((v) => Math.round(v * 1000) / 1000);

describe('zoom arithmetic', () => {
	it.each<[string, Domain, number, number, Domain]>([
		['zoom in ×2 around the middle', [1970, 2030], 2, 2000, [1985, 2015]],
		['zoom in ×2 keeps the focus year in place', [1970, 2030], 2, 1970, [1970, 2000]],
		['zoom out ×2 from the middle', [1990, 2010], 0.5, 2000, [1980, 2020]],
		['zoom out stops at the full range', [1980, 2020], 0.5, 2000, [1970, 2030]],
		['zoom out near an edge slides back inside', [1972, 1982], 0.25, 1977, [1970, 2010]],
		['zoom in stops at one year', [2000, 2002], 4, 2001, [2000.5, 2001.5]],
		['a focus outside the view counts as its edge', [2000, 2010], 2, 1900, [2000, 2005]]
	])('%s', (_, d, factor, focus, expected) => {
		expect(round(zoomAt(d, factor, focus, LIMITS))).toEqual(expected);
	});

	it.each<[Domain, number, Domain]>([
		[[1990, 2000], 5, [1995, 2005]],
		[[1990, 2000], -30, [1970, 1980]],
		[[2010, 2025], 10, [2015, 2030]]
	])('pans %j by %d years to %j, never past the ends', (d, years, expected) => {
		expect(panBy(d, years, LIMITS)).toEqual(expected);
	});

	it.each<[Domain, Domain]>([
		[
			[1900, 2100],
			[1970, 2030]
		],
		[
			[2028, 2040],
			[2018, 2030]
		],
		[
			[2000, 2000.2],
			[1999.6, 2000.6]
		],
		[
			[NaN, 5],
			[1970, 2030]
		]
	])('clamps %j into the limits as %j', (d, expected) => {
		expect(round(clampDomain(d, LIMITS))).toEqual(expected);
	});

	it('zooms to a phase with 0.4 of a year either side, so the range reads as its years', () => {
		// NBIS networks, 1987–1996: shown from 1987 to the end of 1996.
		expect(round(phaseView(1987, 1997, LIMITS))).toEqual([1986.6, 1997.4]);
		expect(rangeText(phaseView(1987, 1997, LIMITS), false)).toBe('1987–1996');
	});

	it('a pinch spreading the fingers to twice the gap halves the span around their midpoint', () => {
		// Plot 0..600 px shows 1970–2030 (10 px a year); fingers at 250 and 350 px = 1995 and 2005.
		expect(round(pinchDomain([1970, 2030], [250, 350], [200, 400], 0, 600, LIMITS))).toEqual([
			1985, 2015
		]);
		// Same spread, both fingers moved 100 px right: the view moves 5 years earlier.
		expect(round(pinchDomain([1970, 2030], [250, 350], [300, 500], 0, 600, LIMITS))).toEqual([
			1980, 2010
		]);
	});
});

describe('tick choice', () => {
	const labels = (d: Domain, w: number, rel = false) => {
		const c = chooseTicks(d, w, rel);
		return [c.unit, c.step, c.ticks.map((t) => t.label)];
	};

	it('shows five-year steps for the full range on a laptop, decades on a phone', () => {
		expect(labels([1970, 2027], 1094)).toEqual([
			'years',
			5,
			[
				'1970',
				'1975',
				'1980',
				'1985',
				'1990',
				'1995',
				'2000',
				'2005',
				'2010',
				'2015',
				'2020',
				'2025'
			]
		]);
		expect(labels([1970, 2027], 284)).toEqual(['decades', 20, ['1980', '2000', '2020']]);
		expect(labels([1970, 2027], 700)).toEqual([
			'decades',
			10,
			['1970', '1980', '1990', '2000', '2010', '2020']
		]);
	});
	it('shows years when zoomed to a decade', () => {
		expect(labels([1995, 2005], 1094)).toEqual([
			'years',
			1,
			['1995', '1996', '1997', '1998', '1999', '2000', '2001', '2002', '2003', '2004', '2005']
		]);
	});
	it('shows quarters, then months, when zoomed further', () => {
		expect(labels([2001, 2003], 1094)).toEqual([
			'months',
			0.25,
			['2001', 'Apr', 'Jul', 'Oct', '2002', 'Apr', 'Jul', 'Oct', '2003']
		]);
		expect(labels([2002, 2003], 1094)).toEqual([
			'months',
			1 / 12,
			['2002', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', '2003']
		]);
	});
	it('reads years since the anchor in aligned mode, never months', () => {
		expect(labels([-12, 8], 1094, true)).toEqual([
			'years',
			2,
			['−12', '−10', '−8', '−6', '−4', '−2', '0', '+2', '+4', '+6', '+8']
		]);
		expect(chooseTicks([0, 1], 1094, true).step).toBe(1);
	});
	it('keeps tick labels at least 64 px apart', () => {
		for (const [d, w] of [
			[[1970, 2027], 300],
			[[1999, 2004], 308],
			[[2001, 2002], 500]
		] as [Domain, number][]) {
			const { step } = chooseTicks(d, w);
			expect(step * (w / (d[1] - d[0]))).toBeGreaterThanOrEqual(64);
		}
	});
});

describe('partial dates on the axis', () => {
	it.each([
		['2002', [2002, 2003], 2002.5, '2002'],
		['2002-04', [2002.25, 2002 + 4 / 12], 2002 + 3.5 / 12, 'April 2002'],
		['2001-03-28', [2001 + 86 / 365, 2001 + 87 / 365], 2001 + 86.5 / 365, '28 March 2001']
	])('%s spans %j, sits at %d and reads %s', (date, span, at, text) => {
		expect(dateSpan(date)).toEqual(span);
		expect(dateToYear(date)).toBeCloseTo(at, 9);
		expect(formatDate(date)).toBe(text);
	});
});

describe('overview sliders', () => {
	it.each<[string, 0 | 1, string, Domain | null]>([
		['→ moves the start to the next whole year', 0, 'ArrowRight', [1988, 2000]],
		['← moves the start to the previous whole year', 0, 'ArrowLeft', [1987, 2000]],
		['↑ is →', 0, 'ArrowUp', [1988, 2000]],
		['↓ is ←', 0, 'ArrowDown', [1987, 2000]],
		['PageDown moves the end back five years', 1, 'PageDown', [1987.4, 1995]],
		['PageUp moves the end on five years', 1, 'PageUp', [1987.4, 2005]],
		['Home takes the start to the first year of the data', 0, 'Home', [1970, 2000]],
		['End takes the start to one year before the end', 0, 'End', [1999, 2000]],
		['Home takes the end to one year after the start', 1, 'Home', [1987.4, 1988.4]],
		['End takes the end to the last year of the data', 1, 'End', [1987.4, 2030]],
		['other keys do nothing', 0, 'a', null]
	])('%s', (_, edge, key, expected) => {
		expect(moveEdge([1987.4, 2000], edge, key, LIMITS)).toEqual(expected);
	});

	it('stops at the data and never brings the two edges closer than a year', () => {
		expect(moveEdge([1970, 2000], 0, 'ArrowLeft', LIMITS)).toEqual([1970, 2000]);
		expect(moveEdge([1970, 2030], 1, 'PageUp', LIMITS)).toEqual([1970, 2030]);
		expect(moveEdge([1990, 1991.5], 0, 'ArrowRight', LIMITS)).toEqual([1990.5, 1991.5]);
	});

	it.each<[number, boolean, string]>([
		[1987, false, '1987'],
		[1987.25, false, 'April 1987'],
		[1999.9999, false, '2000'],
		[5, true, 'year +5'],
		[-3.2, true, 'year −3']
	])('names the edge %s (aligned: %s) "%s"', (v, relative, text) => {
		expect(edgeText(v, relative)).toBe(text);
	});

	it('the end slider and the status line name the same last year', () => {
		expect([edgeText(2011, false, true), rangeText([1995, 2011], false)]).toEqual([
			'end of 2010',
			'1995–2010'
		]);
	});

	it.each<[number, string]>([
		[2011, 'end of 2010'],
		[2010.5, 'end of June 2010'],
		[2010.0833, 'end of January 2010'],
		[1999.9999, 'end of 1999']
	])('names the end edge %s "%s", the last year or month the status line shows', (v, text) => {
		expect(edgeText(v, false, true)).toBe(text);
	});
});
