import { describe, expect, it } from 'vitest';
import { parseBudgetState, serializeBudgetState, type BudgetState } from '../../src/lib/url/budget';
import { parseRankingsState, serializeRankingsState } from '../../src/lib/url/rankings';
import { queryToWrite, viewToApply } from '../../src/lib/url/sync';
import { parseSystemsState, serializeSystemsState } from '../../src/lib/url/systems';
import {
	DEFAULT_VIEW,
	parseTimelineView,
	serializeTimelineView,
	type TimelineView
} from '../../src/lib/url/timeline';

// The decisions syncView (src/lib/url/sync-view.svelte.ts) makes for every view, with each view's
// own codec: what the URL's query changes in the view shown after hydration, and what is written.

const KNOWN = ['a', 'b', 'c'];
const DEFAULTS = ['a', 'b'];
const budget = {
	parse: (s: string) => parseBudgetState(s, KNOWN, DEFAULTS),
	serialize: (v: BudgetState) => serializeBudgetState(v, DEFAULTS)
};
const shownBudget: BudgetState = { mode: 'share', currency: 'local', series: ['a', 'b'] };

describe('the URL’s view, applied once after hydration', () => {
	it('applies nothing when the query asks for the view shown (a bare URL, or only its defaults)', () => {
		for (const search of ['', '?mode=share', '?series=a,b', '?series=zzz', '?mode=%%%'])
			expect(viewToApply(search, shownBudget, budget.parse, budget.serialize)).toBeNull();
		expect(
			viewToApply('', structuredClone(DEFAULT_VIEW), parseTimelineView, serializeTimelineView)
		).toBeNull();
		expect(
			viewToApply(
				'?sort=lag',
				{ pair: null, sort: 'lag' },
				(s) => parseSystemsState(s, ['tax']),
				serializeSystemsState
			)
		).toBeNull();
	});

	it('applies the parsed view when it differs', () => {
		expect(
			viewToApply('?mode=amount&series=c', shownBudget, budget.parse, budget.serialize)
		).toEqual({
			mode: 'amount',
			currency: 'local',
			series: ['c']
		});
		expect(
			viewToApply(
				'?from=1995&to=2005&pin=KOR-2002-04-hometax-launched',
				structuredClone(DEFAULT_VIEW),
				parseTimelineView,
				serializeTimelineView
			)
		).toEqual<TimelineView>({
			...DEFAULT_VIEW,
			range: [1995, 2005],
			pin: 'KOR-2002-04-hometax-launched'
		});
		expect(
			viewToApply(
				'?pair=tax&sort=function',
				{ pair: null, sort: 'lag' },
				(s) => parseSystemsState(s, ['tax', 'procurement']),
				serializeSystemsState
			)
		).toEqual({ pair: 'tax', sort: 'function' });
		expect(
			viewToApply(
				'?countries=est,TUR,KOR',
				{ mode: 'rank', countries: [] },
				parseRankingsState,
				serializeRankingsState
			)
		).toEqual({ mode: 'rank', countries: ['EST', 'TUR'] });
	});

	it('applies the default view when the page shows another and the URL says nothing', () => {
		// An embed of the amount chart shows the amounts before the URL is read; the view's own
		// `set` keeps the embedded chart's mode.
		expect(
			viewToApply(
				'',
				{ mode: 'amount', currency: 'local', series: ['a', 'b'] },
				budget.parse,
				budget.serialize
			)
		).toEqual(shownBudget);
	});
});

describe('the view, written back', () => {
	it('writes nothing while the address bar already says the view', () => {
		expect(queryToWrite(shownBudget, '', budget.serialize)).toBeNull();
		expect(
			queryToWrite(
				{ mode: 'amount', currency: 'local', series: ['c'] },
				'?mode=amount&series=c',
				budget.serialize
			)
		).toBeNull();
		expect(queryToWrite(structuredClone(DEFAULT_VIEW), '', serializeTimelineView)).toBeNull();
	});

	it('writes the canonical query of a changed view, or of a URL said another way', () => {
		expect(
			queryToWrite({ mode: 'amount', currency: 'local', series: ['a', 'b'] }, '', budget.serialize)
		).toBe('?mode=amount');
		expect(queryToWrite(shownBudget, '?mode=amount', budget.serialize)).toBe('');
		expect(
			queryToWrite(
				{ mode: 'share', currency: 'local', series: ['a', 'c'] },
				'?series=c,a',
				budget.serialize
			)
		).toBe('?series=a,c');
		expect(
			queryToWrite(
				{ pair: 'tax', sort: 'function' },
				'?sort=function&pair=tax',
				serializeSystemsState
			)
		).toBe('?pair=tax&sort=function');
		expect(
			queryToWrite({ mode: 'score', countries: ['EST'] }, '?mode=score', serializeRankingsState)
		).toBe('?mode=score&countries=EST');
		expect(
			queryToWrite(
				{ ...DEFAULT_VIEW, range: [1995.123, 2005], align: 'egov-law' },
				'?present=1',
				serializeTimelineView
			)
		).toBe('?from=1995.12&to=2005&align=egov-law');
	});
});
