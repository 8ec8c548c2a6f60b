import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import {
	convertedMillions,
	factorFor,
	factorIndex,
	formatConverted
} from '../../src/lib/budget/convert';
import {
	amountTakeaway,
	budgetTable,
	defaultSeries,
	LOCAL,
	pointName,
	seriesIds
} from '../../src/lib/budget/series';

const { data } = loadData();
const factors = factorIndex(data.conversion_factors);
const shown = defaultSeries(data.budget);
const find = (country: string, year: number, series: string, status = 'budgeted') =>
	data.budget.find(
		(r) => r.country === country && r.year === year && r.series === series && r.status === status
	)!;

describe('amounts in US dollars, from data/conversion_factors.csv', () => {
	const kor2004 = find('KOR', 2004, 'kor-gov-informatization-2004');
	const ind2023 = find('IND', 2023, 'ind-digital-india-programme');

	it('divides the local amount by the factor of its year, as the World Bank prints it', () => {
		expect(factorFor(kor2004, 'usd', factors)!.value).toBe(1146.24916666667);
		expect(factorFor(kor2004, 'ppp', factors)!.value).toBe(794.711552);
		expect(convertedMillions(kor2004, 'usd', factors)).toBeCloseTo(2481.5721421825756, 9);
		// India's fiscal year 2023-24 at the factors of 2023.
		expect(factorFor(ind2023, 'usd', factors)!.value).toBe(82.5992764460784);
		expect(convertedMillions(ind2023, 'usd', factors)).toBeCloseTo(580.542615664482, 9);
		expect(convertedMillions(ind2023, 'ppp', factors)).toBeCloseTo(2371.9288382020122, 9);
		expect(formatConverted(2481.5721421825756, 'usd')).toBe('≈ US$2.48 billion');
		expect(formatConverted(580.542615664482, 'usd')).toBe('≈ US$580.5 million');
	});

	it('has no factor, and so no converted amount, for a year the source does not cover', () => {
		const ind2024 = find('IND', 2024, 'ind-it-ministry-total');
		expect(factorFor(ind2024, 'ppp', factors)).toBeNull();
		expect(convertedMillions(ind2024, 'ppp', factors)).toBeNull();
		expect(factorFor(ind2024, 'usd', factors)!.value).toBe(83.669281580941);
		expect(factorFor(find('IND', 2026, 'ind-it-ministry-total'), 'usd', factors)).toBeNull();
	});

	it('puts the converted amount, its factor and the factor source in the table and CSV rows', () => {
		const table = budgetTable([kor2004], { currency: 'usd', factors });
		expect(table.columns.map((c) => c.label).slice(-4)).toEqual([
			'Amount (US$ million, at market exchange rates)',
			'Factor (local currency per US$)',
			'Factor year',
			'Factor source'
		]);
		expect(table.rows[0]!.cells).toMatchObject({
			converted_m: 2481.5721,
			factor: 1146.24916666667,
			factor_year: '2004',
			factor_source: 'bud-wb-wdi-fcrf'
		});
		expect(table.rows[0]!.source_ids).toContain('bud-wb-wdi-fcrf');
		expect(budgetTable([kor2004], LOCAL).columns.map((c) => c.key)).not.toContain('converted_m');
	});

	it('says the converted amount and its factor on a mark', () => {
		expect(pointName(ind2023, { currency: 'ppp', factors })).toBe(
			'India 2023-24, Digital India, budgeted: 0.11% of the national budget, ₹4,795.24 crore, ' +
				'≈ international $2.37 billion at purchasing power parity (INR 20.216627 per international $ (2023))'
		);
	});
});

describe('the amount view takeaway speaks of amounts', () => {
	it('in local currency: the range of each default line a year, with the years missing', () => {
		expect(amountTakeaway(data.budget, shown, LOCAL)).toBe(
			"Korea's central informatization budget was KRW 2.8445–5.1687 trillion a year in 2004–20 (no figure for 2013, 2016); " +
				"India's e-governance line (NeGP, then Digital India) was ₹440–800 crore a year in 2006-07 to 2007-08 and ₹755–7,603.5 crore in 2014-15 to 2023-24 (no figure for 2021-22). " +
				'Each in its own currency; US$ (exchange rate) or US$ (PPP) puts both on one scale.'
		);
	});

	it('in US dollars at market rates and at PPP', () => {
		expect(amountTakeaway(data.budget, shown, { currency: 'usd', factors })).toBe(
			"At market exchange rates, Korea's central informatization budget was US$2.46–4.38 billion a year in 2004–20 (no figure for 2013, 2016); " +
				"India's e-governance line (NeGP, then Digital India) was US$97.1–193.5 million a year in 2006-07 to 2007-08 and US$123.7–967.3 million in 2014-15 to 2023-24 (no figure for 2021-22)."
		);
		expect(amountTakeaway(data.budget, shown, { currency: 'ppp', factors })).toBe(
			"At purchasing power parity, Korea's central informatization budget was international $3.58–6.23 billion a year in 2004–20 (no figure for 2013, 2016); " +
				"India's e-governance line (NeGP, then Digital India) was international $390.6–682.1 million a year in 2006-07 to 2007-08 and international $0.41–3.68 billion in 2014-15 to 2023-24 (no figure for 2021-22)."
		);
	});

	it('names the years without a factor, which are not drawn', () => {
		const ministry = ['ind-it-ministry-total'];
		expect(amountTakeaway(data.budget, ministry, { currency: 'ppp', factors })).toBe(
			"At purchasing power parity, India's IT ministry (DIT Plan outlay, then DeitY/MeitY total) was international $2.15 billion in 2014-15 and international $3.92–6.35 billion a year in 2021-22 to 2023-24. " +
				'No PPP factor for 2024-25, 2025-26, 2026-27 (India): those years are not drawn.'
		);
		expect(
			amountTakeaway(data.budget, seriesIds(data.budget), { currency: 'usd', factors })
		).toMatch(/ No exchange rate for 2026-27 \(India\): those years are not drawn\.$/);
	});
});
