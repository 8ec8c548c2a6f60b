/**
 * `/people` view state: `?kind=transparency` (the side-by-side milestones shown: `transparency`,
 * `participation`, or both, the default) and `use=complaints` (which measure of use the
 * requests-and-participation chart shows; `requests` by default). Unknown values fall back to the
 * defaults; never throws.
 */
import { USE_KEYS, type UseKey } from '../people/use-keys';

export const OPENNESS_KINDS = ['both', 'transparency', 'participation'] as const;
export type OpennessKind = (typeof OPENNESS_KINDS)[number];

export interface PeopleState {
	kind: OpennessKind;
	use: UseKey;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
	(allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

export function parsePeopleState(search: string): PeopleState {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		return { kind: 'both', use: USE_KEYS[0] };
	}
	return {
		kind: pick(params.get('kind'), OPENNESS_KINDS, 'both'),
		use: pick(params.get('use'), USE_KEYS, USE_KEYS[0])
	};
}

export function serializePeopleState(state: PeopleState): string {
	const q = new URLSearchParams();
	if (state.kind !== 'both') q.set('kind', state.kind);
	if (state.use !== USE_KEYS[0]) q.set('use', state.use);
	const s = q.toString();
	return s ? `?${s}` : '';
}
