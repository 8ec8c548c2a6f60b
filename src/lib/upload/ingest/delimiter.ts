export type Delimiter = ',' | ';' | '\t';

export const DELIMITER_LABELS: Record<Delimiter, string> = {
	',': 'comma',
	';': 'semicolon',
	'\t': 'tab'
};

/** Counts a character outside double-quoted fields on each of the first lines. */
function countsPerLine(lines: string[], d: string): number[] {
	return lines.map((line) => {
		let n = 0;
		let quoted = false;
		for (const ch of line) {
			if (ch === '"') quoted = !quoted;
			else if (ch === d && !quoted) n++;
		}
		return n;
	});
}

/**
 * The delimiter that splits the first lines most consistently: the one whose count per line
 * agrees on the most lines, then the one with more fields. A one-column file reads as comma.
 */
export function detectDelimiter(text: string): Delimiter {
	const lines = text
		.split(/\r?\n/)
		.slice(0, 30)
		.filter((l) => l.trim() !== '');
	let best: Delimiter = ',';
	let bestScore = [0, 0];
	for (const d of [',', ';', '\t'] as const) {
		const counts = countsPerLine(lines, d);
		const freq = new Map<number, number>();
		for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
		let mode = 0;
		let agree = 0;
		for (const [c, f] of freq) if (f > agree || (f === agree && c > mode)) [mode, agree] = [c, f];
		if (agree > bestScore[0]! || (agree === bestScore[0] && mode > bestScore[1]!)) {
			best = d;
			bestScore = [agree, mode];
		}
	}
	return best;
}
