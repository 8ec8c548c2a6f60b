import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import {
	egdiTakeaway,
	gapPointName,
	gapSeries,
	gapTable,
	gapTakeaway,
	isComputedRank,
	ordinal,
	rankFellScoreRose,
	rankOf,
	subIndexTakeaway
} from '../../src/lib/rankings/indices';
import { registerCountryNames } from '../../src/lib/data/countries';
import { readFileSync } from 'node:fs';
import { readText } from '../../src/lib/upload/ingest/session';
import { parseRankingsState, serializeRankingsState } from '../../src/lib/url/rankings';

const { data } = loadData();

describe('ordinals and "of N"', () => {
	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[97, '97th'],
		[101, '101st'],
		[112, '112th']
	])('%i → %s', (n, t) => expect(ordinal(n)).toBe(t));
	it('says of how many countries', () => {
		expect(rankOf({ rank: 97, of: 193 })).toBe('97th of 193 countries');
		expect(rankOf({ rank: 1, of: null })).toBe('1st');
		expect(rankOf({ rank: null, of: 193 })).toBe('rank not published');
	});
});

describe('EGDI in the committed data', () => {
	it('takes first and latest editions from the data', () => {
		expect(egdiTakeaway(data.indices, 'rank')).toBe(
			'Korea ranked 13th of 191 countries in 2003 and 4th of 193 countries in 2024; India ranked 87th of 191 countries in 2003 and 97th of 193 countries in 2024.'
		);
		expect(egdiTakeaway(data.indices, 'score')).toBe(
			"Korea's score went from 0.74413 in 2003 to 0.96789 in 2024; India's score went from 0.37309 in 2003 to 0.66776 in 2024."
		);
	});

	it('computes the gap per edition, Korea minus India', () => {
		expect(gapSeries(data.indices, 'EGDI', 'rank').map((g) => [g.edition, g.value])).toEqual([
			[2003, 74],
			[2004, 81],
			[2005, 82],
			[2008, 107],
			[2010, 118],
			[2012, 124],
			[2014, 117],
			[2016, 104],
			[2018, 93],
			[2020, 98],
			[2022, 102],
			[2024, 93]
		]);
		expect(gapSeries(data.indices, 'EGDI', 'score').at(-1)!.value).toBe(0.30013);
		expect(gapTakeaway(data.indices, 'rank')).toBe(
			'In 2024, Korea against India, by rank: EGDI 93 places ahead; OSI 43 places ahead; TII 129 places ahead; HCI 98 places ahead; EPI 57 places ahead.'
		);
	});

	it('flags ranks the UN did not publish', () => {
		const computed = data.indices.filter((r) => r.rank !== null && isComputedRank(r));
		expect(computed.some((r) => r.index === 'EGDI')).toBe(false);
		expect(computed.filter((r) => r.index === 'OSI')).toHaveLength(24);
	});

	it('finds where a falling rank hid a rising score', () => {
		const e = rankFellScoreRose(data.indices)!;
		expect([e.country, e.from.edition, e.from.rank, e.to.edition, e.to.rank]).toEqual([
			'KOR',
			2022,
			3,
			2024,
			4
		]);
	});
});

describe('an uploaded country beside Korea and India', () => {
	registerCountryNames([{ code: 'EST', name: 'Estonia' }]);
	// Estonia's 2024 row of tests/fixtures/upload/egov-2024.csv, read by the UN adapter.
	const upload = readText(
		readFileSync('tests/fixtures/upload/egov-2024.csv', 'utf8'),
		'egov-2024.csv',
		'utf-8',
		1
	);
	const estRows = (upload.data.tables.indices ?? []).filter((r) => r.country === 'EST');
	const rows = [...data.indices, ...estRows];

	it('measures Korea against it per index, as it does against India', () => {
		const egdi = gapSeries(rows, 'EGDI', 'score', 'EST');
		expect(egdi.map((g) => [g.edition, g.country, g.value])).toEqual([[2024, 'EST', -0.00481]]);
		expect(gapPointName(egdi[0]!, 'score')).toBe('EGDI 2024: Korea minus Estonia -0.00481');
		const rank = gapSeries(rows, 'EGDI', 'rank', 'EST');
		expect(gapPointName(rank[0]!, 'rank')).toBe('EGDI 2024: Korea 2 places behind Estonia');
		// The file has no ranks of the parts: no rank gap there.
		expect(gapSeries(rows, 'OSI', 'rank', 'EST')).toEqual([]);
		// India's series is as it was.
		expect(gapSeries(rows, 'EGDI', 'score').at(-1)!.value).toBe(0.30013);
	});

	it('adds a sentence per uploaded country to the gap takeaway, India first as before', () => {
		expect(gapTakeaway(rows, 'score', ['EST'])).toBe(
			'In 2024, Korea minus India, by score: EGDI +0.30013; OSI +0.18158; TII +0.42166; HCI +0.29711; EPI +0.3151. Korea minus Estonia in 2024: EGDI -0.00481; OSI +0.0219; TII -0.0022; HCI -0.03402; EPI +0.0548.'
		);
		expect(gapTakeaway(rows, 'rank', ['EST'])).toBe(
			'In 2024, Korea against India, by rank: EGDI 93 places ahead; OSI 43 places ahead; TII 129 places ahead; HCI 98 places ahead; EPI 57 places ahead. Korea against Estonia in 2024: EGDI 2 places behind.'
		);
		expect(gapTakeaway(rows, 'rank', ['TUR'])).toMatch(
			/ Korea and TUR: no edition has ranks of both\.$/
		);
	});

	it('names whom Korea is measured against in the gap table, only when there is more than India', () => {
		const india = gapTable(gapSeries(rows, 'EGDI', 'score'), 'score');
		expect(india.columns.map((c) => c.label)).toEqual([
			'Index',
			'Edition',
			'Korea minus India (score)'
		]);
		const both = gapTable(
			[...gapSeries(rows, 'EGDI', 'score'), ...gapSeries(rows, 'EGDI', 'score', 'EST')],
			'score'
		);
		expect(both.columns.map((c) => c.label)).toEqual([
			'Index',
			'Edition',
			'Korea against',
			'Korea minus the other (score)'
		]);
		expect(both.rows.at(-1)!.cells).toEqual({
			index: 'EGDI',
			edition: 2024,
			against: 'Estonia',
			gap: -0.00481
		});
		expect(both.rows.at(-1)!.source_ids).toContain(upload.id);
	});

	it('gives the sub-index takeaway each uploaded country in its own latest edition', () => {
		expect(subIndexTakeaway(rows, 'score', ['EST'])).toBe(
			'In 2024, by score: Korea OSI 1, TII 0.9917, HCI 0.91198, EPI 0.9726; India OSI 0.81842, TII 0.57004, HCI 0.61487, EPI 0.6575; Estonia (2024) OSI 0.9781, TII 0.9939, HCI 0.946, EPI 0.9178.'
		);
		expect(subIndexTakeaway(rows, 'rank', ['EST'])).toMatch(
			/; Estonia \(2024\) OSI –, TII –, HCI –, EPI –\.$/
		);
		// Without uploads it is Korea's and India's sentence alone.
		expect(subIndexTakeaway(data.indices, 'score')).toBe(
			'In 2024, by score: Korea OSI 1, TII 0.9917, HCI 0.91198, EPI 0.9726; India OSI 0.81842, TII 0.57004, HCI 0.61487, EPI 0.6575.'
		);
	});
});

describe('rankings URL codec', () => {
	it.each([
		['', 'rank'],
		['?mode=score', 'score'],
		['?mode=Score', 'rank'],
		['?mode=%%%', 'rank'],
		['?mode=rank&mode=score', 'rank']
	])('%s → %s', (q, mode) => expect(parseRankingsState(q)).toEqual({ mode, countries: [] }));
	it.each([
		['?countries=EST,tur', ['EST', 'TUR']],
		['?countries=EST,EST,KOR,IND,Estonia,,<img>', ['EST']],
		['?mode=score&countries=%E0%A4%A', []]
	])('countries of %s → %j', (q, countries) =>
		expect(parseRankingsState(q).countries).toEqual(countries)
	);
	it('round-trips', () => {
		expect(serializeRankingsState({ mode: 'score' })).toBe('?mode=score');
		expect(serializeRankingsState({ mode: 'rank' })).toBe('');
		expect(serializeRankingsState({ mode: 'rank', countries: ['EST', 'TUR'] })).toBe(
			'?countries=EST,TUR'
		);
		expect(
			parseRankingsState(serializeRankingsState({ mode: 'score', countries: ['CIV'] }))
		).toEqual({ mode: 'score', countries: ['CIV'] });
	});
});
