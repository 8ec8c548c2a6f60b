/** `/rankings` view state: `?mode=score`. Anything else is the default, rank. Never throws. */
export type RankMode = 'rank' | 'score';

export function parseRankingsState(search: string): { mode: RankMode } {
	try {
		return { mode: new URLSearchParams(search).get('mode') === 'score' ? 'score' : 'rank' };
	} catch {
		return { mode: 'rank' };
	}
}

export function serializeRankingsState(state: { mode: RankMode }): string {
	return state.mode === 'rank' ? '' : `?mode=${state.mode}`;
}
