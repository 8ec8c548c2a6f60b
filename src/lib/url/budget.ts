/**
 * `/budget` view state in the query string: `?mode=amount&currency=usd&series=a,b`. Unknown or
 * malformed values fall back to the defaults; parsing never throws.
 */
export type BudgetMode = 'share' | 'amount';
/** Amounts in local currency, or in US dollars at market exchange rates (`usd`) or at PPP (`ppp`). */
export type Currency = 'local' | 'usd' | 'ppp';

export interface BudgetState {
	mode: BudgetMode;
	/** What the amount view counts in; kept while the share view is shown. */
	currency: Currency;
	/** The series drawn, in the data's order. */
	series: string[];
}

/** `known`: every series id in the data, in order; `defaults`: those drawn when the URL says nothing. */
export function parseBudgetState(search: string, known: string[], defaults: string[]): BudgetState {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return { mode: 'share', currency: 'local', series: [...defaults] };
	}
	const mode = params.get('mode') === 'amount' ? 'amount' : 'share';
	const cur = params.get('currency');
	const currency: Currency = cur === 'usd' || cur === 'ppp' ? cur : 'local';
	const raw = params.get('series');
	let series = [...defaults];
	if (raw === 'none') series = [];
	else if (raw !== null) {
		const wanted = new Set(raw.split(',').map((s) => s.trim()));
		const picked = known.filter((id) => wanted.has(id));
		if (picked.length) series = picked;
	}
	return { mode, currency, series };
}

/** The query string for a state, without the parts that equal the defaults (`''` for the default view). */
export function serializeBudgetState(state: BudgetState, defaults: string[]): string {
	const params = new URLSearchParams();
	if (state.mode !== 'share') params.set('mode', state.mode);
	if (state.currency !== 'local') params.set('currency', state.currency);
	const same =
		state.series.length === defaults.length && state.series.every((s, i) => s === defaults[i]);
	if (!same) params.set('series', state.series.length ? state.series.join(',') : 'none');
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
