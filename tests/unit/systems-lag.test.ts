import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import type { System, SystemMetric } from '../../src/lib/data/schema';
import {
	lagSummary,
	lagText,
	median,
	medianSentence,
	pairRows,
	sortPairs,
	systemsTakeaway
} from '../../src/lib/systems/lag';
import { metricSeries } from '../../src/lib/systems/metrics';
import { parseSystemsState, serializeSystemsState } from '../../src/lib/url/systems';

const sys = (p: Partial<System> & Pick<System, 'system_id' | 'country' | 'function'>): System => ({
	name: p.system_id,
	native_name: '',
	launch_date: '',
	operator: '',
	description: '',
	url: 'https://example.org',
	source_ids: ['s'],
	...p
});

describe('median', () => {
	it.each([
		[[], null],
		[[3], 3],
		[[5, 1, 3], 3],
		[[2, 5, 1, 23, 3, 3, 2, -1], 2.5]
	])('%o → %s', (v, m) => {
		expect(median(v)).toBe(m);
	});
});

describe('lag per function', () => {
	const rows = pairRows([
		sys({ system_id: 'k-tax', country: 'KOR', function: 'tax', launch_date: '2002-04' }),
		sys({ system_id: 'i-itr', country: 'IND', function: 'tax', launch_date: '2004-09-30' }),
		sys({ system_id: 'i-gst', country: 'IND', function: 'tax', launch_date: '2017-07-01' }),
		sys({ system_id: 'k-data', country: 'KOR', function: 'open_data', launch_date: '2013' }),
		sys({ system_id: 'i-data', country: 'IND', function: 'open_data', launch_date: '2012' }),
		sys({ system_id: 'k-cus', country: 'KOR', function: 'customs' }),
		sys({ system_id: 'i-cus', country: 'IND', function: 'customs', launch_date: '2000' }),
		sys({ system_id: 'k-id', country: 'KOR', function: 'identity', launch_date: '1987' })
	]);

	it("measures from each country's first launch and keeps both Indian tax systems", () => {
		const tax = rows.find((r) => r.function === 'tax')!;
		expect(tax.ind.map((s) => s.system_id)).toEqual(['i-itr', 'i-gst']);
		expect([tax.korYear, tax.indYear, tax.lag, tax.lagText]).toEqual([
			2002,
			2004,
			2,
			'India 2 years later'
		]);
	});

	it('says honestly when a gap is unknown, and when India came first', () => {
		expect(Object.fromEntries(rows.map((r) => [r.function, r.lagText]))).toEqual({
			identity: 'No Indian system in the data',
			customs: "Gap unknown: Korea's launch is not dated",
			tax: 'India 2 years later',
			open_data: 'India 1 year earlier'
		});
		expect(lagText({ kor: rows[0]!.kor, ind: rows[0]!.kor, korYear: 2001, indYear: 2002 })).toBe(
			'India 1 year later'
		);
	});

	it('states the median over dated pairs only', () => {
		expect(medianSentence(lagSummary(rows))).toBe(
			'Median lag across 2 functions with both launches dated: India 0.5 years after Korea (gap unknown for Identity, Customs).'
		);
	});

	it('sorts by lag (unknown last) or by function name', () => {
		expect(sortPairs(rows, 'lag').map((r) => r.function)).toEqual([
			'tax',
			'open_data',
			'customs',
			'identity'
		]);
		expect(sortPairs(rows, 'function').map((r) => r.function)).toEqual([
			'customs',
			'identity',
			'open_data',
			'tax'
		]);
	});
});

describe('the committed systems data', () => {
	it('gives a median lag of 2.5 years over 8 functions', () => {
		const { data } = loadData();
		expect(systemsTakeaway(pairRows(data.systems))).toBe(
			'Median lag across 8 functions with both launches dated: India 2.5 years after Korea (gap unknown for Documents, Customs). ' +
				'The longest gap is identity: Resident registration 1991, Aadhaar 2010.'
		);
	});
});

describe('metric series', () => {
	const m = (year: number, definition: string): SystemMetric => ({
		system_id: 'x',
		metric: 'share',
		title: 'Share',
		year,
		period: 'calendar_year',
		value: year - 2000,
		unit: 'percent',
		definition,
		source_ids: ['s'],
		notes: ''
	});
	it('never joins points across a definition change or a missing year', () => {
		const [s] = metricSeries(
			[m(2003, 'A'), m(2004, 'A'), m(2005, 'B'), m(2006, 'B'), m(2008, 'B')],
			'x',
			'KOR'
		);
		expect(s!.segments.map((g) => g.map((p) => p.year))).toEqual([
			[2003, 2004],
			[2005, 2006],
			[2008]
		]);
		expect(s!.breaks).toEqual([2005]);
	});
});

describe('systems URL codec', () => {
	const fns = ['tax', 'identity'];
	it.each([
		['', { pair: null, sort: 'lag' }],
		['?pair=tax', { pair: 'tax', sort: 'lag' }],
		['?pair=TAX&sort=nonsense', { pair: null, sort: 'lag' }],
		['?pair=identity&sort=function', { pair: 'identity', sort: 'function' }],
		['?pair=<script>&pair=tax', { pair: null, sort: 'lag' }]
	])('%s → %o', (q, state) => {
		expect(parseSystemsState(q, fns)).toEqual(state);
	});
	it('round-trips', () => {
		const q = serializeSystemsState({ pair: 'tax', sort: 'function' });
		expect(q).toBe('?pair=tax&sort=function');
		expect(parseSystemsState(q, fns)).toEqual({ pair: 'tax', sort: 'function' });
		expect(serializeSystemsState({ pair: null, sort: 'lag' })).toBe('');
	});
});
