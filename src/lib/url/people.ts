/**
 * `/people` view state: `?kind=transparency` (the side-by-side milestones shown: `transparency`,
 * `participation`, or both, the default). Unknown values fall back to the default; never throws.
 */
export const OPENNESS_KINDS = ['both', 'transparency', 'participation'] as const;
export type OpennessKind = (typeof OPENNESS_KINDS)[number];

export interface PeopleState {
	kind: OpennessKind;
}

export function parsePeopleState(search: string): PeopleState {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return { kind: 'both' };
	}
	const kind = params.get('kind');
	return {
		kind: (OPENNESS_KINDS as readonly string[]).includes(kind ?? '')
			? (kind as OpennessKind)
			: 'both'
	};
}

export function serializePeopleState(state: PeopleState): string {
	return state.kind === 'both' ? '' : `?kind=${state.kind}`;
}
