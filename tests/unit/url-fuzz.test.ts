import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slideFromQuery } from '../../src/lib/present/deck';
import { parseBudgetState, serializeBudgetState } from '../../src/lib/url/budget';
import { parseRankingsState, serializeRankingsState } from '../../src/lib/url/rankings';
import { parseSystemsState, serializeSystemsState } from '../../src/lib/url/systems';
import { OPENNESS_KINDS, parsePeopleState, serializePeopleState } from '../../src/lib/url/people';
import { USE_KEYS } from '../../src/lib/people/use-keys';
import { DEFAULT_VIEW, parseTimelineView, serializeTimelineView } from '../../src/lib/url/timeline';

// Every view's state parser gets garbage from a shared link or a hand-edited address bar. It must
// never throw, and must only ever return states the view can draw.

const KEYS = [
	'mode',
	'series',
	'pair',
	'sort',
	'from',
	'to',
	'align',
	'at',
	'cats',
	'q',
	'pin',
	'slide'
];
/** Query strings built from real keys with hostile values, plus raw noise. */
const query = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ maxLength: 200, unit: 'binary' }),
	fc
		.array(
			fc.tuple(
				fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })),
				fc.oneof(
					fc.string({ maxLength: 60 }),
					fc.constantFrom(
						'<script>alert(1)</script>',
						'=HYPERLINK("x")',
						'%',
						'%E0%A4%A',
						'1e309',
						'-0',
						'NaN',
						'__proto__',
						'constructor'
					)
				)
			),
			{ maxLength: 12 }
		)
		.map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
	fc
		.array(fc.constantFrom('&', '=', '%', '?', '#', ';', ',', ':', '+'), { maxLength: 30 })
		.map((a) => a.join(''))
);
const RUNS = { numRuns: 1500 };

describe('URL state parsers never throw and return drawable states', () => {
	it('timeline', () => {
		fc.assert(
			fc.property(query, (q) => {
				const view = parseTimelineView(`?${q}`);
				if (view.range) {
					const [from, to] = view.range;
					expect(Number.isFinite(from) && Number.isFinite(to) && from < to).toBe(true);
				}
				expect(view.query.length).toBeLessThanOrEqual(80);
				// What it writes back reads back as the same link.
				const link = serializeTimelineView(view);
				expect(serializeTimelineView(parseTimelineView(link))).toBe(link);
			}),
			RUNS
		);
		expect(parseTimelineView('?from=%E0%A4%A&to=<script>')).toEqual(DEFAULT_VIEW);
	});

	it('budget', () => {
		const known = ['kor-a', 'kor-b', 'ind-c'];
		const defaults = ['kor-a', 'ind-c'];
		fc.assert(
			fc.property(query, (q) => {
				const state = parseBudgetState(`?${q}`, known, defaults);
				expect(['share', 'amount']).toContain(state.mode);
				expect(['local', 'usd', 'ppp']).toContain(state.currency);
				for (const s of state.series) expect(known).toContain(s);
				expect(
					parseBudgetState(`?${serializeBudgetState(state, defaults)}`, known, defaults)
				).toEqual(state);
			}),
			RUNS
		);
	});

	it('systems', () => {
		const functions = ['tax', 'procurement', 'identity'];
		fc.assert(
			fc.property(query, (q) => {
				const state = parseSystemsState(`?${q}`, functions);
				expect(['function', 'lag']).toContain(state.sort);
				if (state.pair !== null) expect(functions).toContain(state.pair);
				expect(parseSystemsState(`?${serializeSystemsState(state)}`, functions)).toEqual(state);
			}),
			RUNS
		);
	});

	it('people', () => {
		fc.assert(
			fc.property(query, (q) => {
				const state = parsePeopleState(`?${q}`);
				expect(OPENNESS_KINDS).toContain(state.kind);
				expect(USE_KEYS).toContain(state.use);
				expect(parsePeopleState(serializePeopleState(state))).toEqual(state);
			}),
			RUNS
		);
	});

	it('rankings', () => {
		fc.assert(
			fc.property(query, (q) => {
				const state = parseRankingsState(`?${q}`);
				expect(['rank', 'score']).toContain(state.mode);
				expect(parseRankingsState(`?${serializeRankingsState(state)}`)).toEqual(state);
			}),
			RUNS
		);
	});

	it('present: the slide number', () => {
		fc.assert(
			fc.property(
				fc.option(fc.string({ maxLength: 20 })),
				fc.integer({ min: 1, max: 50 }),
				(v, n) => {
					const i = slideFromQuery(v, n);
					expect(Number.isInteger(i) && i >= 0 && i < n).toBe(true);
				}
			),
			RUNS
		);
	});
});
