import { describe, expect, it } from 'vitest';
import { parseBudgetState, serializeBudgetState } from '../../src/lib/url/budget';

const KNOWN = ['a', 'b', 'c'];
const DEFAULTS = ['a', 'b'];

describe('budget URL codec', () => {
	it.each([
		['', { mode: 'share', currency: 'local', series: ['a', 'b'] }],
		['?mode=amount', { mode: 'amount', currency: 'local', series: ['a', 'b'] }],
		['?mode=amount&currency=usd', { mode: 'amount', currency: 'usd', series: ['a', 'b'] }],
		['?currency=ppp&mode=amount', { mode: 'amount', currency: 'ppp', series: ['a', 'b'] }],
		['?mode=amount&currency=USD', { mode: 'amount', currency: 'local', series: ['a', 'b'] }],
		['?mode=AMOUNT&series=zzz', { mode: 'share', currency: 'local', series: ['a', 'b'] }],
		['?series=c,a', { mode: 'share', currency: 'local', series: ['a', 'c'] }],
		['?series=none', { mode: 'share', currency: 'local', series: [] }],
		['?series=,,,&mode[]=1', { mode: 'share', currency: 'local', series: ['a', 'b'] }],
		['?%E0%A4%A=bad&series=%', { mode: 'share', currency: 'local', series: ['a', 'b'] }]
	])('%s → %o', (search, state) => {
		expect(parseBudgetState(search, KNOWN, DEFAULTS)).toEqual(state);
	});

	it('writes only what differs from the defaults, and reads back what it writes', () => {
		const local = 'local' as const;
		expect(
			serializeBudgetState({ mode: 'share', currency: local, series: ['a', 'b'] }, DEFAULTS)
		).toBe('');
		const q = serializeBudgetState({ mode: 'amount', currency: 'ppp', series: ['c'] }, DEFAULTS);
		expect(q).toBe('?mode=amount&currency=ppp&series=c');
		expect(parseBudgetState(q, KNOWN, DEFAULTS)).toEqual({
			mode: 'amount',
			currency: 'ppp',
			series: ['c']
		});
		expect(serializeBudgetState({ mode: 'share', currency: local, series: [] }, DEFAULTS)).toBe(
			'?series=none'
		);
	});
});
