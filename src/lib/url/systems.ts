/**
 * `/systems` view state: `?pair=tax&sort=function`. Unknown values fall back to the defaults (no
 * pair selected, sorted by lag); parsing never throws.
 */
export type PairSort = 'function' | 'lag';

export interface SystemsState {
	pair: string | null;
	sort: PairSort;
}

export function parseSystemsState(search: string, functions: string[]): SystemsState {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return { pair: null, sort: 'lag' };
	}
	const pair = params.get('pair');
	return {
		pair: pair !== null && functions.includes(pair) ? pair : null,
		sort: params.get('sort') === 'function' ? 'function' : 'lag'
	};
}

export function serializeSystemsState(state: SystemsState): string {
	const params = new URLSearchParams();
	if (state.pair) params.set('pair', state.pair);
	if (state.sort !== 'lag') params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}
