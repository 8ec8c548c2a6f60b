import { describe, expect, it } from 'vitest';
import { parseBudgetState, serializeBudgetState } from '../../src/lib/url/budget';

const KNOWN = ['a', 'b', 'c'];
const DEFAULTS = ['a', 'b'];

describe('budget URL codec', () => {
	it.each([
		['', { mode: 'share', series: ['a', 'b'] }],
		['?mode=amount', { mode: 'amount', series: ['a', 'b'] }],
		['?mode=AMOUNT&series=zzz', { mode: 'share', series: ['a', 'b'] }],
		['?series=c,a', { mode: 'share', series: ['a', 'c'] }],
		['?series=none', { mode: 'share', series: [] }],
		['?series=,,,&mode[]=1', { mode: 'share', series: ['a', 'b'] }],
		['?%E0%A4%A=bad&series=%', { mode: 'share', series: ['a', 'b'] }]
	])('%s → %o', (search, state) => {
		expect(parseBudgetState(search, KNOWN, DEFAULTS)).toEqual(state);
	});

	it('writes only what differs from the defaults, and reads back what it writes', () => {
		expect(serializeBudgetState({ mode: 'share', series: ['a', 'b'] }, DEFAULTS)).toBe('');
		const q = serializeBudgetState({ mode: 'amount', series: ['c'] }, DEFAULTS);
		expect(q).toBe('?mode=amount&series=c');
		expect(parseBudgetState(q, KNOWN, DEFAULTS)).toEqual({ mode: 'amount', series: ['c'] });
		expect(serializeBudgetState({ mode: 'share', series: [] }, DEFAULTS)).toBe('?series=none');
	});
});
