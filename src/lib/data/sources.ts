import type { Source } from './schema';

/** The sources cited by any of `rows`, in first-cited order, each once. */
export function citedSources(rows: { source_ids: string[] }[], sources: Source[]): Source[] {
	const byId = sourceIndex(sources);
	const ids = new Set(rows.flatMap((r) => r.source_ids));
	return [...ids].flatMap((id) => byId[id] ?? []);
}

/** Sources by id, restricted to those `rows` cite, so pages ship only what they show. */
export function sourceIndex(sources: Source[], rows?: { source_ids: string[] }[]) {
	const wanted = rows ? new Set(rows.flatMap((r) => r.source_ids)) : null;
	const index: Record<string, Source> = {};
	for (const s of sources) if (!wanted || wanted.has(s.source_id)) index[s.source_id] = s;
	return index;
}
