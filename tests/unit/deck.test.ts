import { describe, expect, it } from 'vitest';
import {
	deckReducer,
	parseDeck,
	slideFromQuery,
	slideState,
	type Slide
} from '../../src/lib/present/deck';

const s = (id: string, chartId = 'phases'): Slide => ({
	id,
	chartId,
	title: id,
	query: '',
	note: '',
	caption: ''
});
const knownIds = new Set(['overview', 'phases', 'egdi-rank']);
const known = (id: string) => knownIds.has(id);

describe('deckReducer', () => {
	const deck = [s('a'), s('b'), s('c')];

	it('adds a view at the end with a fresh id', () => {
		const next = deckReducer(deck, {
			type: 'add',
			slide: { chartId: 'egdi-rank', title: 'EGDI', query: 'mode=score', note: '' }
		});
		expect(next.map((x) => x.id)).toEqual(['a', 'b', 'c', 's4']);
		expect(next[3]).toEqual({
			id: 's4',
			chartId: 'egdi-rank',
			title: 'EGDI',
			query: 'mode=score',
			note: ''
		});
		expect(deck).toHaveLength(3);
	});

	it('moves up and down, and ignores moves past either end', () => {
		expect(deckReducer(deck, { type: 'move', id: 'b', by: -1 }).map((x) => x.id)).toEqual([
			'b',
			'a',
			'c'
		]);
		expect(deckReducer(deck, { type: 'move', id: 'b', by: 1 }).map((x) => x.id)).toEqual([
			'a',
			'c',
			'b'
		]);
		expect(deckReducer(deck, { type: 'move', id: 'a', by: -1 })).toBe(deck);
		expect(deckReducer(deck, { type: 'move', id: 'c', by: 1 })).toBe(deck);
	});

	it('removes a slide and sets a note', () => {
		expect(deckReducer(deck, { type: 'remove', id: 'b' }).map((x) => x.id)).toEqual(['a', 'c']);
		expect(deckReducer(deck, { type: 'note', id: 'c', note: 'Pause here' })[2]?.note).toBe(
			'Pause here'
		);
	});
});

describe('parseDeck', () => {
	it('keeps well-formed slides of known charts and drops the rest', () => {
		const stored = JSON.stringify([
			s('a'),
			{ id: 'x', chartId: 'gone-chart', title: 'Old' },
			{ id: 'b', chartId: 'egdi-rank', title: 42, query: null, caption: 7 },
			'garbage',
			null,
			s('a')
		]);
		expect(parseDeck(stored, known)).toEqual([
			s('a'),
			{ id: 'b', chartId: 'egdi-rank', title: 'egdi-rank', query: '', note: '', caption: '' }
		]);
	});

	it.each([null, '', 'not json', '{"a":1}', '42'])('returns null for %j', (stored) => {
		expect(parseDeck(stored, known)).toBeNull();
	});
});

describe('slideFromQuery', () => {
	it.each([
		['3', 5, 2],
		['1', 5, 0],
		['5', 5, 4],
		['6', 5, 0],
		['0', 5, 0],
		['-2', 5, 0],
		['2.5', 5, 0],
		['abc', 5, 0],
		[null, 5, 0]
	] as const)('slide=%s of %i → index %i', (value, count, expected) => {
		expect(slideFromQuery(value, count)).toBe(expected);
	});
});

describe('slideState', () => {
	it.each([
		[{ chartId: 'overview', caption: '', query: '' }, 'home', 'Title slide · default view'],
		[{ chartId: 'timeline', caption: '', query: '' }, 'timeline', 'Timeline · default view'],
		[
			{ chartId: 'timeline', caption: '1995–2010 · pinned: E-Government Act', query: 'from=1995' },
			'timeline',
			'Timeline · 1995–2010 · pinned: E-Government Act'
		],
		[{ chartId: 'egdi-rank', caption: '', query: 'mode=score' }, 'rankings', 'Rankings · as added']
	] as const)('%j → %s', (slide, view, text) => {
		expect(slideState(slide, view)).toBe(text);
	});
});
