import type { BudgetRow, ConversionFactor, ConversionKind } from '../data/schema';
import { plainDecimal } from './money';

/**
 * Budget amounts in US dollars, from the factors in data/conversion_factors.csv: `usd` at the
 * official (market) exchange rate, `ppp` at the PPP conversion factor for GDP (international
 * dollars). India's fiscal year is converted at the factor of the calendar year it starts in
 * (2015-16 at 2015). A year without a factor has no converted amount: the chart leaves a gap.
 */
import type { Currency } from '../url/budget';
export type { Currency };
export const CURRENCY_ORDER: readonly Currency[] = ['local', 'usd', 'ppp'];

const KIND: Record<Exclude<Currency, 'local'>, ConversionKind> = { usd: 'fx', ppp: 'ppp' };

/** How each currency view is named: on its button, in the takeaway and the axis title. */
export const CURRENCY_TEXT: Record<
	Currency,
	{ button: string; rate: string; axis: string; unit: string }
> = {
	local: { button: 'Local', rate: '', axis: '', unit: '' },
	usd: {
		button: 'US$ (exchange rate)',
		rate: 'at market exchange rates',
		axis: 'US$ billion, at market exchange rates',
		unit: 'US$'
	},
	ppp: {
		button: 'US$ (PPP)',
		rate: 'at purchasing power parity',
		axis: 'International $ billion (PPP)',
		unit: 'international $'
	}
};

/** Factors by `country|year|kind`, for the rows a page shows. */
export type FactorIndex = ReadonlyMap<string, ConversionFactor>;

export function factorIndex(factors: readonly ConversionFactor[]): FactorIndex {
	return new Map(factors.map((f) => [`${f.country}|${f.year}|${f.factor}`, f]));
}

/** The factor that converts `row` into `currency`; null for local currency or a year without one. */
export function factorFor(
	row: Pick<BudgetRow, 'country' | 'year'>,
	currency: Currency,
	index: FactorIndex
): ConversionFactor | null {
	if (currency === 'local') return null;
	return index.get(`${row.country}|${row.year}|${KIND[currency]}`) ?? null;
}

/** The amount in millions of US (or international) dollars: local millions ÷ the factor. */
export function convertedMillions(
	row: Pick<BudgetRow, 'country' | 'year' | 'amount_lcu_m'>,
	currency: Exclude<Currency, 'local'>,
	index: FactorIndex
): number | null {
	const f = factorFor(row, currency, index);
	if (!f || row.amount_lcu_m === null) return null;
	return row.amount_lcu_m / f.value;
}

/**
 * A converted amount as people read it, rounded (it is an estimate, so it says `≈`):
 * `≈ US$2.48 billion`, `≈ international $612.3 million`.
 */
export function formatConverted(millions: number, currency: Exclude<Currency, 'local'>): string {
	const unit = CURRENCY_TEXT[currency].unit;
	return millions >= 1000
		? `≈ ${unit}${plainDecimal(millions / 1000, 2)} billion`
		: `≈ ${unit}${plainDecimal(millions, 1)} million`;
}

/** `KRW 1,156.46 per US$` — the factor as the table and details give it. */
export function factorText(f: ConversionFactor): string {
	return `${f.currency} ${plainDecimal(f.value, 6)} per ${f.factor === 'fx' ? 'US$' : 'international $'} (${f.year})`;
}
