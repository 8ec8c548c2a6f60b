/**
 * Amounts in the units analysts read: KRW in trillion (조), INR in crore and lakh crore with Indian
 * digit grouping (1,13,000). Stored amounts are millions of local currency (data/README.md), and
 * the conversions are exact: nothing here rounds a figure away unless it says "≈".
 */

/** Decimal text of `value` without float noise (`0.30000000000000004` → `0.3`), at most `max` decimals. */
export function plainDecimal(value: number, max = 6): string {
	const text = value.toFixed(max);
	return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** Indian digit grouping of a non-negative number's text: `113000` → `1,13,000`, `4820512.5` → `48,20,512.5`. */
export function groupIndian(value: number, maxDecimals = 2): string {
	const sign = value < 0 ? '-' : '';
	const [int = '0', frac] = plainDecimal(Math.abs(value), maxDecimals).split('.');
	const last3 = int.slice(-3);
	const rest = int.slice(0, -3);
	const grouped = rest ? `${rest.replace(/\B(?=(\d{2})+(?!\d))/g, ',')},${last3}` : last3;
	return sign + grouped + (frac ? `.${frac}` : '');
}

/** Western grouping: `12345.6` → `12,345.6`. */
export function groupWestern(value: number, maxDecimals = 6): string {
	const [int = '0', frac] = plainDecimal(Math.abs(value), maxDecimals).split('.');
	return (
		(value < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '')
	);
}

/** INR millions → crore (1 crore = 10 million). */
export const inrCrore = (millions: number) => millions / 10;
/** KRW millions → trillion (1 조 = 1,000,000 million). */
export const krwTrillion = (millions: number) => millions / 1_000_000;

/**
 * An INR amount given in millions, as analysts write it: `₹19,520 crore`; from one lakh crore up,
 * the lakh-crore reading follows: `₹48,20,512 crore (≈ 48.21 lakh crore)`.
 */
export function formatInr(millions: number): string {
	const crore = inrCrore(millions);
	const text = `₹${groupIndian(crore)} crore`;
	if (crore < 100_000) return text;
	return `${text} (≈ ${plainDecimal(crore / 100_000, 2)} lakh crore)`;
}

/** A KRW amount given in millions: `KRW 2.8445 trillion`; below one trillion, in billion: `KRW 150.3 billion`. */
export function formatKrw(millions: number): string {
	if (millions >= 1_000_000) return `KRW ${groupWestern(krwTrillion(millions))} trillion`;
	return `KRW ${groupWestern(millions / 1000)} billion`;
}

/** Any amount in millions of `currency`, in that currency's analyst units. */
export function formatAmount(millions: number | null, currency: string): string {
	if (millions === null) return 'not in the data';
	if (currency === 'INR') return formatInr(millions);
	if (currency === 'KRW') return formatKrw(millions);
	return `${currency} ${groupWestern(millions)} million`;
}

/** The unit an amount axis shows per currency, and how a stored million converts into it. */
export function amountUnit(currency: string): {
	label: string;
	fromMillions: (m: number) => number;
	tick: (v: number) => string;
} {
	if (currency === 'INR')
		return { label: '₹ crore', fromMillions: inrCrore, tick: (v) => groupIndian(v, 0) };
	if (currency === 'KRW')
		return { label: 'KRW trillion', fromMillions: krwTrillion, tick: (v) => plainDecimal(v, 2) };
	return { label: `${currency} million`, fromMillions: (m) => m, tick: (v) => groupWestern(v, 0) };
}
