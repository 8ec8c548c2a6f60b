import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import type { SystemMetric } from '../../src/lib/data/schema';
import { pairRows, systemsTakeaway } from '../../src/lib/systems/pair-rows';
import { pairsTable, sortPairs } from '../../src/lib/systems/lag';
import { metricSeries } from '../../src/lib/systems/metrics';
import { parseSystemsState, serializeSystemsState } from '../../src/lib/url/systems';

describe('the committed systems data', () => {
	const { data } = loadData();
	const rows = pairRows(data.systems);

	it('gives a median lag of 2.5 years over 8 functions, naming the longest gap', () => {
		expect(systemsTakeaway(rows)).toBe(
			'Median lag across 8 system functions with both launches dated: India 2.5 years after Korea (gap unknown for Documents, Customs). ' +
				'The longest gap is identity: Resident registration 1991 → Aadhaar 2010.'
		);
	});

	it('puts the compared system first and keeps the others as alternatives', () => {
		const proc = rows.find((r) => r.function === 'procurement')!;
		expect(proc.ind.map((s) => s.system_id)).toEqual(['ind-cppp', 'ind-gem']);
		expect([proc.korYear, proc.indYear, proc.lag, proc.lagText, proc.compared]).toEqual([
			2002,
			2012,
			10,
			'India 10 years later',
			'KONEPS 2002 → CPPP 2012 (GeM 2016)'
		]);
		const table = pairsTable([proc]);
		expect(table.rows.map((r) => [r.cells.system, r.cells.role])).toEqual([
			['KONEPS (Korea ON-line E-Procurement System)', 'compared'],
			['Central Public Procurement Portal (CPPP) / GePNIC e-tendering', 'compared'],
			['Government e-Marketplace (GeM)', 'alternative, not counted']
		]);
	});

	it('sorts by lag (unknown last) or by function name', () => {
		expect(sortPairs(rows, 'lag').map((r) => r.function)).toEqual([
			'identity',
			'procurement',
			'citizen_portal',
			'e_office',
			'complaints',
			'tax',
			'budget_accounting',
			'open_data',
			'customs',
			'documents'
		]);
		expect(sortPairs(rows, 'function').map((r) => r.label)).toEqual([
			'Budget and accounting',
			'Citizen portal',
			'Complaints',
			'Customs',
			'Documents',
			'E-office',
			'Identity',
			'Open data',
			'Procurement',
			'Tax'
		]);
	});
});

describe('metric series', () => {
	const m = (year: number, definition: string): SystemMetric => ({
		system_id: 'x',
		metric: 'share',
		year,
		value: year - 2000,
		unit: 'percent',
		definition,
		source_ids: ['s'],
		notes: ''
	});
	it('never joins points across a definition change or a missing year', () => {
		const [s] = metricSeries(
			[m(2003, 'A'), m(2004, 'A'), m(2005, 'B'), m(2006, 'B'), m(2008, 'B')],
			'x'
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
