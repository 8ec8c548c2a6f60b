/** A problem found in a CSV file: where it is, what is wrong and what was expected. */
export interface Problem {
	/** Path as the user knows it, e.g. `data/phases.csv` or an uploaded file's name. */
	file: string;
	/** 1-based physical line in the file (a quoted newline makes a row span lines). */
	line: number;
	/** 1-based column position. */
	column: number;
	/** Header name of the column, when there is one. */
	columnName: string;
	/** The offending value as it appears in the file. */
	value: string;
	problem: string;
	expected: string;
}

/** `data/phases.csv:5:4 — start_year "19x8" is not a year — expected a four-digit year` */
export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}:${p.column} — ${p.problem} — expected ${p.expected}`;
}

/** Shows a value inside a message: quoted, one line, not endless. */
export function quote(value: string): string {
	const oneLine = value.replace(/\r?\n/g, '↵');
	const short = oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
	return `"${short}"`;
}

export class DataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`${problems.length} problem${problems.length === 1 ? '' : 's'} in the data:\n` +
				problems.map(formatProblem).join('\n')
		);
		this.name = 'DataError';
	}
}
