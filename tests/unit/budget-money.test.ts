import { describe, expect, it } from 'vitest';
import { formatAmount, groupIndian, plainDecimal } from '../../src/lib/budget/money';
import { budgetYearLabel } from '../../src/lib/data/format';

describe('Indian digit grouping', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1000, '1,000'],
		[113000, '1,13,000'],
		[4820512, '48,20,512'],
		[123456789, '12,34,56,789'],
		[1244.93, '1,244.93'],
		[-113000, '-1,13,000']
	])('%d → %s', (n, text) => {
		expect(groupIndian(n)).toBe(text);
	});
});

describe('amounts in analysts’ units', () => {
	it.each([
		[1130000, 'INR', '₹1,13,000 crore (≈ 1.13 lakh crore)'],
		[19520, 'INR', '₹1,952 crore'],
		[12449.3, 'INR', '₹1,244.93 crore'],
		[48205120, 'INR', '₹48,20,512 crore (≈ 48.21 lakh crore)'],
		[2844500, 'KRW', 'KRW 2.8445 trillion'],
		[256172100, 'KRW', 'KRW 256.1721 trillion'],
		[150300, 'KRW', 'KRW 150.3 billion'],
		[5, 'USD', 'USD 5 million'],
		[null, 'INR', 'not in the data']
	])('%s %s → %s', (m, cur, text) => {
		expect(formatAmount(m, cur)).toBe(text);
	});

	it('prints decimals without float noise', () => {
		expect(plainDecimal(0.1 + 0.2)).toBe('0.3');
		expect(plainDecimal(2)).toBe('2');
	});
});

describe('fiscal-year labels', () => {
	it.each([
		['IND', 2015, '2015-16'],
		['IND', 1999, '1999-00'],
		['IND', 2009, '2009-10'],
		['KOR', 2015, '2015']
	])('%s %i → %s', (c, y, text) => {
		expect(budgetYearLabel(c, y)).toBe(text);
	});
});
