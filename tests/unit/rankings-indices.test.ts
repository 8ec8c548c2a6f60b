import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import {
	egdiTakeaway,
	gapSeries,
	gapTakeaway,
	isComputedRank,
	ordinal,
	rankFellScoreRose,
	rankOf
} from '../../src/lib/rankings/indices';
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
