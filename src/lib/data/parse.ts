import Papa from 'papaparse';
import { quote, type Problem } from './problems.ts';
import type { DatasetName, DatasetSchema, RowTypes } from './schema.ts';
import { convertCell } from './values.ts';

export interface ParseResult<T> {
	/** Rows without any problem, typed. */
	rows: T[];
	/** The 1-based line on which each of `rows` starts (parallel array). */
	lines: number[];
	/** Every problem found, in file order. */
	problems: Problem[];
	/** The header as it appears in the file, to locate columns in later checks. */
	header: string[];
}

/** For uploaded files; the committed data is always comma-separated with `.` decimals. */
export interface ParseOptions {
	/** Field delimiter; default `,`. */
	delimiter?: ',' | ';' | '\t';
	/** Read `0,81` as 0.81 in number columns (files written with `;` by European spreadsheets). */
	decimalComma?: boolean;
}

const DECIMAL_COMMA = /^-?\d+,\d+$/;

/**
 * Parses a CSV text against a schema. Never throws on bad input: every problem is reported with
 * its line, column, value and what was expected, and rows with a problem are left out of `rows`.
 * Handles a byte-order mark, CRLF, quoted newlines and trailing empty lines.
 */
export function parseCsv<N extends DatasetName>(
	text: string,
	schema: DatasetSchema & { name: N },
	file = `data/${schema.name}.csv`,
	options: ParseOptions = {}
): ParseResult<RowTypes[N]> {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const lineAt = lineFinder(body);
	const problems: Problem[] = [];
	const rows: RowTypes[N][] = [];
	const lines: number[] = [];
	const at = (line: number, column: number, columnName: string, value: string) => ({
		file,
		line,
		column,
		columnName,
		value
	});

	let header: string[] | null = null;
	/** For each header position, the schema column it maps to (or null for an unknown column). */
	let mapping: (number | null)[] = [];
	let rowStart = 0;

	Papa.parse<string[]>(body, {
		delimiter: options.delimiter ?? ',',
		skipEmptyLines: false,
		step(result) {
			const start = rowStart;
			rowStart = result.meta.cursor;
			const cells = result.data;
			if (cells.length === 1 && cells[0]!.trim() === '') return; // blank line
			const line = lineAt(start);

			for (const error of result.errors) {
				problems.push({
					...at(line, 1, '', ''),
					problem:
						error.code === 'MissingQuotes'
							? 'a quoted field is never closed'
							: `the row cannot be read (${error.message})`,
					expected: 'a double quote closing every quoted field'
				});
			}
			if (result.errors.length > 0) return;

			if (header === null) {
				header = cells.map((c) => c.trim());
				mapping = checkHeader(header, schema, line, problems, file);
				return;
			}

			const before = problems.length;
			if (cells.length !== header.length) {
				const column = Math.min(cells.length, header.length) + 1;
				problems.push({
					...at(line, column, header[column - 1] ?? '', cells[column - 1] ?? ''),
					problem: `the row has ${cells.length} field${cells.length === 1 ? '' : 's'}`,
					expected: `${header.length} fields, as in the header`
				});
				return;
			}

			const row: Record<string, unknown> = {};
			cells.forEach((cell, i) => {
				const c = mapping[i];
				if (c === null || c === undefined) return;
				const column = schema.columns[c]!;
				let value = cell.trim();
				if (options.decimalComma && column.type === 'number' && DECIMAL_COMMA.test(value)) {
					value = value.replace(',', '.');
				}
				const result = convertCell(column, value);
				if (result.ok) row[column.name] = result.value;
				else problems.push({ ...at(line, i + 1, column.name, cell), ...result });
			});
			for (const column of schema.columns)
				if (column.olderFiles && !header.includes(column.name))
					row[column.name] = column.olderFiles(row);
			if (problems.length === before && mapping.every((m) => m !== null)) {
				rows.push(row as unknown as RowTypes[N]);
				lines.push(line);
			}
		}
	});

	if (header === null) {
		problems.push({
			...at(1, 1, '', ''),
			problem: 'the file is empty',
			expected: `a header row: ${schema.columns.map((c) => c.name).join(',')}`
		});
	}
	return { rows, lines, problems, header: header ?? [] };
}

/** Maps header positions to schema columns and reports missing, unknown and repeated columns. */
function checkHeader(
	header: string[],
	schema: DatasetSchema,
	line: number,
	problems: Problem[],
	file: string
): (number | null)[] {
	const names = schema.columns.map((c) => c.name);
	const expectedHeader = `the header ${names.join(',')}`;
	const seen = new Set<string>();
	const mapping = header.map((name, i) => {
		const index = names.indexOf(name);
		const where = { file, line, column: i + 1, columnName: name, value: name };
		if (index === -1) {
			problems.push({
				...where,
				problem: `unknown column ${quote(name)}`,
				expected: expectedHeader
			});
			return null;
		}
		if (seen.has(name)) {
			problems.push({
				...where,
				problem: `column ${quote(name)} appears twice`,
				expected: expectedHeader
			});
			return null;
		}
		seen.add(name);
		return index;
	});
	for (const [i, name] of names.entries()) {
		if (schema.columns[i]!.olderFiles) continue;
		if (!seen.has(name) && !header.includes(name)) {
			problems.push({
				file,
				line,
				column: header.length + 1,
				columnName: name,
				value: '',
				problem: `missing column ${quote(name)}`,
				expected: expectedHeader
			});
		}
	}
	// Rows of a file whose header is incomplete cannot be typed, so none are returned.
	if (names.some((n, i) => !seen.has(n) && !schema.columns[i]!.olderFiles))
		return header.map(() => null);
	return mapping;
}

/** Returns a function from character offset to 1-based line number. */
function lineFinder(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
}
