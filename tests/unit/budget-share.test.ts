import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import type { BudgetRow } from '../../src/lib/data/schema';
import {
	budgetLines,
	budgetTakeaway,
	defaultSeries,
	describePeriods,
	familyEvidence,
	familyShares,
	periodYears,
	seriesBreaks,
	sharePeriods
} from '../../src/lib/budget/series';
import { budgetShare } from '../../src/lib/budget/share';

const row = (p: Partial<BudgetRow> & Pick<BudgetRow, 'year' | 'series'>): BudgetRow => ({
	country: 'KOR',
	definition: 'd',
	status: 'budgeted',
	amount_lcu_m: 1,
	national_lcu_m: 100,
	currency: 'KRW',
	source_ids: ['s'],
	national_source_ids: ['s'],
	notes: '',
	...p
});

describe('budgetShare', () => {
	it.each([
		[{ amount_lcu_m: 2844500, national_lcu_m: 196000000 }, 1.4512755102040815],
		[{ amount_lcu_m: 1, national_lcu_m: null }, null],
		[{ amount_lcu_m: null, national_lcu_m: 10 }, null],
		[{ amount_lcu_m: 1, national_lcu_m: 0 }, null]
	])('%o → %s', (r, expected) => {
		expect(budgetShare(r)).toBe(expected);
	});
});

describe('budgetLines', () => {
	it('never joins a missing year, a year without a total, or two series', () => {
		const rows = [
			row({ year: 2004, series: 'kor-a', amount_lcu_m: 1 }),
			row({ year: 2005, series: 'kor-a', amount_lcu_m: 2 }),
			row({ year: 2007, series: 'kor-a', amount_lcu_m: 3 }),
			row({ year: 2008, series: 'kor-a', amount_lcu_m: 3, national_lcu_m: null }),
			row({ year: 2009, series: 'kor-a', amount_lcu_m: 4 }),
			row({ year: 2010, series: 'kor-a', amount_lcu_m: 4 }),
			row({ year: 2008, series: 'kor-b', amount_lcu_m: 5 }),
			row({ year: 2009, series: 'kor-b', amount_lcu_m: 5, status: 'planned' })
		];
		const lines = budgetLines(rows, 'share');
		expect(
			lines.map((l) => [l.series, l.status, l.segments.map((s) => s.map((r) => r.year))])
		).toEqual([
			['kor-a', 'budgeted', [[2004, 2005], [2007], [2009, 2010]]],
			['kor-b', 'budgeted', [[2008]]],
			['kor-b', 'planned', [[2009]]]
		]);
		// In amount mode the row without a national total still has an amount to draw.
		expect(budgetLines(rows, 'amount')[0]!.segments.map((s) => s.map((r) => r.year))).toEqual([
			[2004, 2005],
			[2007, 2008, 2009, 2010]
		]);
	});
});

describe('periods and labels', () => {
	it.each([
		['KOR', 2004, 2008, '2004–08'],
		['KOR', 2009, 2020, '2009–20'],
		['KOR', 1999, 2003, '1999–2003'],
		['KOR', 2012, 2012, '2012'],
		['IND', 2015, 2015, '2015-16'],
		['IND', 2015, 2019, '2015-16 to 2019-20'],
		['IND', 1999, 1999, '1999-00']
	])('%s %i–%i → %s', (c, a, b, text) => {
		expect(periodYears(c, a, b)).toBe(text);
	});

	it('splits at the largest step and names the missing years', () => {
		const shares = [
			[2004, 1.45],
			[2005, 1.4],
			[2006, 1.52],
			[2008, 1.33],
			[2009, 1.1],
			[2010, 1.12],
			[2012, 0.98]
		].map(([year, share]) => ({
			year: year!,
			share: share!,
			row: row({ year: year!, series: 'x' })
		}));
		const periods = sharePeriods(shares);
		expect(describePeriods('KOR', periods)).toBe(
			'1.33–1.52% in 2004–08 and 0.98–1.12% in 2009–12 (no figure for 2007, 2011)'
		);
		expect(describePeriods('KOR', sharePeriods(shares.slice(0, 3)), 'of total expenditure')).toBe(
			'1.40–1.52% of total expenditure in 2004–06'
		);
	});
});

describe('the committed budget data', () => {
	const { data } = loadData();
	const shown = defaultSeries(data.budget);

	it("shows each country's central informatization or e-government line by default, not central + local ones nor India's whole IT ministry", () => {
		expect(shown).toEqual([
			'kor-gov-informatization-2004',
			'kor-gov-informatization-2008',
			'kor-natl-informatization-central-2014',
			'ind-dit-egov-plan-2006',
			'ind-egov-action-plan-2014',
			'ind-digital-india-programme'
		]);
	});

	it("computes Korea's observed share by period beside the 1% claim", () => {
		const evidence = familyEvidence(data.budget, shown);
		expect(evidence.map((e) => `${e.label}: ${e.summary}`)).toEqual([
			"Korea's central informatization budget: 1.33–1.52% in 2004–08 and 0.98–1.12% in 2009–20 (no figure for 2013, 2016)",
			"India's e-governance line (NeGP, then Digital India): 0.08–0.12% in 2006-07 to 2007-08 and 0.04–0.18% in 2014-15 to 2023-24 (no figure for 2021-22)"
		]);
		expect(budgetTakeaway(evidence)).toBe(
			"Korea's central informatization budget was 1.33–1.52% of total expenditure in 2004–08 and 0.98–1.12% in 2009–20 (no figure for 2013, 2016); " +
				"India's e-governance line (NeGP, then Digital India) was 0.08–0.12% of total expenditure in 2006-07 to 2007-08 and 0.04–0.18% in 2014-15 to 2023-24 (no figure for 2021-22)."
		);
	});

	it('takes the restated 2008 figure and the revised 2019 one', () => {
		const byYear = new Map(familyShares(data.budget, 'kor-central').map((s) => [s.year, s]));
		expect(byYear.get(2008)!.row.series).toBe('kor-gov-informatization-2008');
		expect(byYear.get(2008)!.share.toFixed(2)).toBe('1.33');
		expect(byYear.get(2019)!.row.status).toBe('revised');
		expect(byYear.get(2019)!.share.toFixed(2)).toBe('0.99');
	});

	it('labels every definition break of the default series', () => {
		expect(
			seriesBreaks(data.budget.filter((r) => shown.includes(r.series))).map((b) => b.text)
		).toEqual([
			'Break 2008: 2008 restated basis',
			'Break 2014: MSIT central, R&D counted',
			'Break 2014-15: NeGP Action Plan',
			'Break 2015-16: Digital India'
		]);
	});
});
