import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../src/lib/data/schema';
import { byScore } from '../../src/lib/timeline/layout-marks';
import { markId, shortLabel } from '../../src/lib/timeline/marks';
import { matchesSearch } from '../../src/lib/timeline/search';

const ms = (title: string, description = '', date = '2001-03-28', system_id = ''): Milestone => ({
	country: 'EST',
	date,
	title,
	category: 'law',
	description,
	system_id,
	source_ids: ['s']
});

describe('the shortcuts a 960,000-milestone lane needs keep every answer', () => {
	it('orders by score, highest first, time order among equals, as the comparison sort did', () => {
		const score = Int32Array.from([3, 13, 3, 8, 13, 0, 8, 3]);
		const sorted = Int32Array.from(score.keys()).sort((a, b) => score[b]! - score[a]! || a - b);
		expect([...byScore(score)]).toEqual([...sorted]);
		expect([...byScore(score)]).toEqual([1, 4, 3, 6, 0, 2, 7, 5]);
		expect([...byScore(new Int32Array(0))]).toEqual([]);
	});

	it('searches every word in any field, case-insensitively, with no pattern syntax', () => {
		const m = ms(
			'E-Government Act enacted',
			'Basis of the 11 flagship initiatives',
			'2001-03-28',
			'hometax'
		);
		expect(matchesSearch(m, 'act 2001')).toBe(true);
		expect(matchesSearch(m, 'FLAGSHIP   hometax')).toBe(true);
		expect(matchesSearch(m, 'act enacted-x')).toBe(false);
		// A word never spans two fields.
		expect(matchesSearch(m, 'enacted basis')).toBe(true);
		expect(matchesSearch(m, 'enactedbasis')).toBe(false);
		// Characters of regular expressions are plain text.
		expect(matchesSearch(ms('IT Act (2000)'), '(2000)')).toBe(true);
		expect(matchesSearch(ms('IT Act 2000'), '.*')).toBe(false);
		expect(matchesSearch(m, '   ')).toBe(false);
		expect(matchesSearch(ms('Türkiye e-Devlet'), 'TÜRKIYE')).toBe(true);
	});

	it('gives short labels and ids as before, with or without the fast path', () => {
		expect(shortLabel('Milestone 777777')).toBe('Milestone 777777');
		expect(shortLabel('IT Act 2000: presidential assent')).toBe('IT Act 2000');
		expect(shortLabel('National ID card (chip) ')).toBe('National ID card');
		expect(markId(ms('Milestone 777777'))).toBe('EST-2001-03-28-milestone-777777');
		expect(markId(ms('Türkiye’s e-Devlet Kapısı'))).toBe(
			'EST-2001-03-28-tu-rkiye-s-e-devlet-kap-s' // unchanged: NFKD keeps the marks apart
		);
	});
});
