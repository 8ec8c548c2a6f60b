/**
 * `/rankings` view state: `?mode=score&countries=EST,TUR`. `mode` is rank unless it says score;
 * `countries` lists uploaded countries shown beside Korea and India (ISO3 codes, others ignored).
 * Never throws.
 */
export type RankMode = 'rank' | 'score';

export interface RankingsState {
	mode: RankMode;
	countries: string[];
}

const MAX_COUNTRIES = 20;

export function parseRankingsState(search: string): RankingsState {
	try {
		const q = new URLSearchParams(search);
		const countries = [
			...new Set(
				(q.get('countries') ?? '')
					.split(',')
					.map((c) => c.trim().toUpperCase())
					.filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'KOR' && c !== 'IND')
			)
		].slice(0, MAX_COUNTRIES);
		return { mode: q.get('mode') === 'score' ? 'score' : 'rank', countries };
	} catch {
		return { mode: 'rank', countries: [] };
	}
}

export function serializeRankingsState(state: { mode: RankMode; countries?: string[] }): string {
	const q: string[] = [];
	if (state.mode !== 'rank') q.push(`mode=${state.mode}`);
	if (state.countries?.length) q.push(`countries=${state.countries.join(',')}`);
	return q.length ? `?${q.join('&')}` : '';
}
