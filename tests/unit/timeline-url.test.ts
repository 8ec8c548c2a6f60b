import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	parseTimelineView,
	serializeTimelineView,
	type TimelineView
} from '../../src/lib/url/timeline';

const view = (v: Partial<TimelineView>): TimelineView => ({ ...DEFAULT_VIEW, ...v });

describe('timeline URL codec', () => {
	it('writes nothing for the default view', () => {
		expect(serializeTimelineView(DEFAULT_VIEW)).toBe('');
		expect(parseTimelineView('')).toEqual(DEFAULT_VIEW);
	});

	it.each<[string, TimelineView, string]>([
		['a zoomed range', view({ range: [1995.25, 2005] }), '?from=1995.25&to=2005'],
		[
			'an anchor and aligned range',
			view({ align: 'egov-law', range: [-5, 10] }),
			'?from=-5&to=10&align=egov-law'
		],
		[
			'typed years',
			view({ align: 'year', years: { KOR: 1987, IND: 1998 } }),
			'?align=year&at=KOR%3A1987%2CIND%3A1998'
		],
		['filters', view({ categories: ['law', 'plan'] }), '?cats=law%2Cplan'],
		['no category', view({ categories: [] }), '?cats=none'],
		['a search', view({ query: 'e-filing portal' }), '?q=e-filing+portal'],
		[
			'a pinned mark',
			view({ pin: 'KOR-2002-04-hometax-launched' }),
			'?pin=KOR-2002-04-hometax-launched'
		]
	])('round-trips %s', (_, v, search) => {
		expect(serializeTimelineView(v)).toBe(search);
		expect(parseTimelineView(search)).toEqual(v);
	});

	it('rounds a range to two decimals', () => {
		expect(serializeTimelineView(view({ range: [1995.123456, 2005.987] }))).toBe(
			'?from=1995.12&to=2005.99'
		);
	});

	it.each([
		'from=abc&to=2000',
		'from=2000&to=1990',
		'from=2000&to=2000',
		'from=1e3&to=2000',
		'from=-99999&to=2000',
		'from=1990',
		'align=sideways',
		'align=',
		'cats=nonsense',
		'cats=,,,',
		'at=KOR:abc,XX:1990',
		'pin=<script>',
		'pin=' + 'K'.repeat(500),
		'%E0%A4%A',
		'from=1990&from=2000&to=abc',
		'q'
	])('falls back to defaults for garbage: %s', (search) => {
		expect(() => parseTimelineView(search)).not.toThrow();
		const v = parseTimelineView(search);
		expect(v.range).toBeNull();
		expect(v.align).toBe('calendar');
		expect(v.categories).toEqual(DEFAULT_VIEW.categories);
		expect(v.pin).toBeNull();
	});

	it('keeps the good parts of a partly bad URL', () => {
		expect(
			parseTimelineView('?from=1990&to=2000&align=bogus&cats=law,bogus&q=' + 'x'.repeat(200))
		).toEqual(view({ range: [1990, 2000], categories: ['law'], query: 'x'.repeat(80) }));
		expect(parseTimelineView('?align=year&at=KOR:1987,XX:1990,IND:12345').years).toEqual({
			KOR: 1987
		});
	});
});
