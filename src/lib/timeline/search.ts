import type { Milestone } from '../data/schema';

// The timeline's search, apart from marks.ts: the people and overview pages share that module's
// chunk and never search.

/** Whether a milestone matches a search: every word appears in its title, description or date. */
export function matchesSearch(m: Milestone, query: string): boolean {
	return searchTest(query)(m);
}

let lastTest: { query: string; test: (m: Milestone) => boolean } | null = null;
/**
 * The search as a test of one milestone, built once per query: a lane of 960,000 milestones is
 * tested row by row, and lower-casing each row's text (as a first version did) took seconds. A
 * word holds no space, so it matches within one field or not at all.
 */
export function searchTest(query: string): (m: Milestone) => boolean {
	if (lastTest?.query === query) return lastTest.test;
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	const res = words.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu'));
	// The chart's labels and the page's match list both ask of every row: answered once.
	const known = new WeakMap<Milestone, boolean>();
	const test = (m: Milestone) => {
		let hit = known.get(m);
		if (hit === undefined) {
			hit =
				res.length > 0 &&
				res.every(
					(re) =>
						re.test(m.title) || re.test(m.description) || re.test(m.date) || re.test(m.system_id)
				);
			known.set(m, hit);
		}
		return hit;
	};
	lastTest = { query, test };
	return test;
}
