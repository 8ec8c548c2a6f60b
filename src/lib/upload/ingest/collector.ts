import { quote, type Problem } from '../../data/problems.ts';
import { displayName } from '../../data/country-codes.ts';
import { MAX_PROBLEM_EXAMPLES } from './limits.ts';
import type { ProblemGroup } from '../types.ts';

/** Examples kept per group: enough to find the pattern, not enough to flood the page. */
const EXAMPLES_PER_GROUP = 20;

/**
 * What an adapter found while reading rows: problems (grouped as they arrive, so a file with a
 * million bad cells stays small), countries, unmatched names, aggregates and notes.
 */
export class Collector {
	readonly groups = new Map<string, ProblemGroup>();
	problemCount = 0;
	private examples = 0;
	readonly countries = new Set<string>();
	readonly unmatched = new Map<string, { name: string; line: number; rows: number }>();
	readonly aggregates = new Set<string>();
	readonly notes: string[] = [];

	constructor(readonly file: string) {}

	problem(p: Omit<Problem, 'file'>): void {
		this.problemCount++;
		// Alike problems differ only by their value: group on the message without it.
		const title = p.value === '' ? p.problem : p.problem.split(quote(p.value)).join('…');
		const key = `${p.columnName}\u0000${title}\u0000${p.expected}`;
		let group = this.groups.get(key);
		if (!group) {
			group = { title, columnName: p.columnName, expected: p.expected, count: 0, examples: [] };
			this.groups.set(key, group);
		}
		group.count++;
		if (group.examples.length < EXAMPLES_PER_GROUP && this.examples < MAX_PROBLEM_EXAMPLES) {
			group.examples.push({ file: this.file, ...p });
			this.examples++;
		}
	}

	/** Records a name no table entry matches; it is also a problem, so importing is a choice. */
	unmatchedName(name: string, line: number, column: number, columnName: string): void {
		const seen = this.unmatched.get(name);
		if (seen) seen.rows++;
		else this.unmatched.set(name, { name, line, rows: 1 });
		this.problem({
			line,
			column,
			columnName,
			value: name,
			problem: `country name ${quote(name)} matches no country`,
			expected:
				'a country name as the UN or the World Bank writes it, or an ISO 3166-1 alpha-3 code'
		});
	}

	countryList(): { code: string; name: string }[] {
		return [...this.countries].sort().map((code) => ({ code, name: displayName(code) }));
	}
}
