/**
 * `/budget` view state in the query string: `?mode=amount&series=a,b`. Unknown or malformed
 * values fall back to the defaults; parsing never throws.
 */
export type BudgetMode = 'share' | 'amount';

export interface BudgetState {
	mode: BudgetMode;
	/** The series drawn, in the data's order. */
	series: string[];
}

/** `known`: every series id in the data, in order; `defaults`: those drawn when the URL says nothing. */
export function parseBudgetState(search: string, known: string[], defaults: string[]): BudgetState {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return { mode: 'share', series: [...defaults] };
	}
	const mode = params.get('mode') === 'amount' ? 'amount' : 'share';
	const raw = params.get('series');
	let series = [...defaults];
	if (raw === 'none') series = [];
	else if (raw !== null) {
		const wanted = new Set(raw.split(',').map((s) => s.trim()));
		const picked = known.filter((id) => wanted.has(id));
		if (picked.length) series = picked;
	}
	return { mode, series };
}

/** The query string for a state, without the parts that equal the defaults (`''` for the default view). */
export function serializeBudgetState(state: BudgetState, defaults: string[]): string {
	const params = new URLSearchParams();
	if (state.mode !== 'share') params.set('mode', state.mode);
	const same =
		state.series.length === defaults.length && state.series.every((s, i) => s === defaults[i]);
	if (!same) params.set('series', state.series.length ? state.series.join(',') : 'none');
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
