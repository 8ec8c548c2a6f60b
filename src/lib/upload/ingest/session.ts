import Papa from 'papaparse';
import { parseCsv } from '../../data/parse.ts';
import { quote, type Problem } from '../../data/problems.ts';
import { type DatasetName } from '../../data/schema.ts';
import { SCHEMAS } from '../../data/columns.ts';
import type { RowAdapter } from './adapters/adapter.ts';
import { owidAdapter } from './adapters/owid.ts';
import { egovAdapter } from './adapters/un.ts';
import { wdiAdapter } from './adapters/wdi.ts';
import { Collector } from './collector.ts';
import { countryCode, isKnownCode } from '../../data/country-codes.ts';
import { DELIMITER_LABELS, detectDelimiter, type Delimiter } from './delimiter.ts';
import { detectFormat, KNOWN_HEADERS } from './detect.ts';
import { ENCODING_LABELS, type Encoding } from './encoding.ts';
import { formatBytes, MAX_STORED_VALUES } from './limits.ts';
import type { FormatId, UploadResult, UploadTables } from '../types.ts';

/** Text needed before the delimiter is guessed: enough for the WDI preamble and the header. */
const PROBE_CHARS = 64 * 1024;

/** A dataset id that is also a valid source id: `upload-<file>-<time>`. */
export function datasetId(fileName: string, now = Date.now()): string {
	const slug = fileName
		.toLowerCase()
		.replace(/\.[a-z0-9]+$/, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return `upload-${slug || 'file'}-${now.toString(36)}`;
}

/**
 * Splits streamed text into whole CSV records: a newline ends a record only outside quotes
 * (a quoted field may hold newlines). Keeps the unfinished tail for the next chunk.
 */
export class RecordSplitter {
	private buffer = '';
	private quoted = false;

	push(chunk: string): string {
		const start = this.buffer.length;
		this.buffer += chunk;
		let cut = -1;
		for (let i = start; i < this.buffer.length; i++) {
			const c = this.buffer.charCodeAt(i);
			if (c === 34) this.quoted = !this.quoted;
			else if (c === 10 && !this.quoted) cut = i + 1;
		}
		if (cut < 0) return '';
		const done = this.buffer.slice(0, cut);
		this.buffer = this.buffer.slice(cut);
		return done;
	}

	end(): string {
		const rest = this.buffer;
		this.buffer = '';
		return rest;
	}
}

/**
 * Reads one uploaded file from its decoded text, chunk by chunk: guesses the delimiter, finds the
 * header (after WDI's preamble), recognises the format and hands rows to its adapter. Never
 * throws on bad input; everything wrong ends up as a located problem.
 */
export class UploadSession {
	readonly collector: Collector;
	readonly id: string;
	private probe = '';
	private delimiter: Delimiter | null = null;
	private splitter = new RecordSplitter();
	private line = 1;
	private adapter: RowAdapter | null = null;
	private format: FormatId | null = null;
	private formatLabel = 'not recognised';
	private own: DatasetName | null = null;
	private ownText: string[] = [];
	private header: string[] = [];
	private rowsRead = 0;
	private fatal = false;
	/** True once nothing more can be learnt from the rest of the file. */
	stopped = false;

	constructor(
		readonly fileName: string,
		readonly bytes: number,
		public encoding: Encoding | null,
		now = Date.now()
	) {
		this.collector = new Collector(fileName);
		this.id = datasetId(fileName, now);
	}

	push(chunk: string): void {
		if (this.stopped) return;
		if (this.delimiter === null) {
			this.probe += chunk;
			if (this.probe.length < PROBE_CHARS) return;
			chunk = this.start();
		}
		this.feed(chunk);
	}

	private start(): string {
		const text = this.probe.charCodeAt(0) === 0xfeff ? this.probe.slice(1) : this.probe;
		this.probe = '';
		this.delimiter = detectDelimiter(text.slice(0, PROBE_CHARS));
		return text;
	}

	private feed(chunk: string): void {
		// Until the header is known, keep the text: the dashboard's own formats are read whole.
		if (this.own || this.format === null) this.ownText.push(chunk);
		const records = this.splitter.push(chunk);
		if (records) this.parseRecords(records);
	}

	private parseRecords(text: string): void {
		let line = this.line;
		let counted = 0;
		let cursor = 0;
		Papa.parse<string[]>(text, {
			delimiter: this.delimiter!,
			skipEmptyLines: false,
			step: (result, parser) => {
				const start = cursor;
				cursor = result.meta.cursor;
				for (let i = counted; i < start; i++) if (text.charCodeAt(i) === 10) line++;
				counted = start;
				if (this.stopped) return parser.abort();
				if (result.errors.length > 0) {
					this.collector.problem({
						line,
						column: 1,
						columnName: '',
						value: '',
						problem:
							result.errors[0]!.code === 'MissingQuotes'
								? 'a quoted field is never closed'
								: `the row cannot be read (${result.errors[0]!.message})`,
						expected: 'a double quote closing every quoted field'
					});
					return;
				}
				this.record(result.data, line);
			}
		});
		for (let i = counted; i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
		this.line = line;
	}

	private record(cells: string[], line: number): void {
		// A blank line, or a row of empty cells (DataBank's footer rows `,,,,`).
		if (cells.every((c) => c.trim() === '')) return;
		if (this.format === null && this.own === null) {
			const found = detectFormat(cells);
			if (found?.kind === 'preamble') return;
			this.header = cells;
			if (found === null) {
				this.fail({
					line,
					column: 1,
					columnName: '',
					value: cells.join(this.delimiter!),
					problem: `the header ${quote(cells.join(this.delimiter!))} is not one of the formats the dashboard reads`,
					expected: KNOWN_HEADERS
				});
				return;
			}
			this.formatLabel = found.label;
			this.format = found.kind;
			const ctx = {
				collector: this.collector,
				decimalComma: this.delimiter === ';',
				sourceId: this.id,
				fileName: this.fileName
			};
			if (found.kind === 'own') this.own = found.dataset;
			else this.ownText = [];
			if (found.kind === 'own') return;
			else if (found.kind === 'egov') this.adapter = egovAdapter(cells, line, ctx);
			else if (found.kind === 'wdi') this.adapter = wdiAdapter(cells, line, ctx);
			else this.adapter = owidAdapter(cells, line, ctx);
			return;
		}
		this.rowsRead++;
		if (this.own) return; // read whole by parseCsv at the end
		const isFooter =
			/^(data from database|last updated)/i.test(cells[0]!.trim()) &&
			cells.slice(1).every((c) => c.trim() === '');
		if (cells.length !== this.header.length && !isFooter) {
			const column = Math.min(cells.length, this.header.length) + 1;
			this.collector.problem({
				line,
				column,
				columnName: (this.header[column - 1] ?? '').trim(),
				value: cells[column - 1] ?? '',
				problem: `the row has ${cells.length} field${cells.length === 1 ? '' : 's'}`,
				expected: `${this.header.length} fields, as in the header`
			});
			return;
		}
		this.adapter!.row(cells, line);
	}

	/** Marks the file unusable with one problem and stops reading. */
	fail(problem: Omit<Problem, 'file'>): void {
		this.collector.problem(problem);
		this.fatal = true;
		this.stopped = true;
	}

	finish(): UploadResult {
		if (this.delimiter === null) this.feed(this.start());
		if (!this.stopped) {
			const rest = this.splitter.end();
			if (rest.trim() !== '') this.parseRecords(rest);
		}
		const c = this.collector;
		if (!this.fatal && this.format === null && this.own === null) {
			this.fail({
				line: 1,
				column: 1,
				columnName: '',
				value: '',
				problem: 'the file is empty',
				expected: `a header row and data rows — ${KNOWN_HEADERS}`
			});
		}
		let tables: UploadTables = {};
		let series: UploadResult['data']['series'] = [];
		let rowsGood = 0;
		let valueCount = 0;
		if (!this.fatal && this.own) {
			const out = this.finishOwn(this.own);
			tables = out.tables;
			rowsGood = valueCount = out.rows;
		} else if (!this.fatal && this.adapter) {
			const out = this.adapter.finish();
			tables = out.tables;
			series = out.series;
			rowsGood = out.rowsGood;
			valueCount = out.valueCount;
		}
		if (!this.fatal && valueCount > MAX_STORED_VALUES) {
			this.fail({
				line: 1,
				column: 1,
				columnName: '',
				value: '',
				problem: `the file holds ${valueCount.toLocaleString('en')} values`,
				expected: `at most ${MAX_STORED_VALUES.toLocaleString('en')} values, what the browser keeps (${formatBytes(this.bytes)} read)`
			});
			tables = {};
			series = [];
			rowsGood = valueCount = 0;
		}
		if (!this.fatal && rowsGood === 0 && c.problemCount === 0) {
			c.notes.push('The file has a header but no data rows.');
		}
		return {
			fileName: this.fileName,
			bytes: this.bytes,
			id: this.id,
			encoding: this.encoding ? ENCODING_LABELS[this.encoding] : null,
			delimiter: this.delimiter ? DELIMITER_LABELS[this.delimiter] : null,
			format: this.fatal ? null : this.format,
			formatLabel: this.formatLabel,
			rowsRead: this.rowsRead,
			rowsGood,
			valueCount,
			countries: c.countryList(),
			unmatched: [...c.unmatched.values()],
			aggregates: [...c.aggregates],
			notes: c.notes,
			problemCount: c.problemCount,
			groups: [...c.groups.values()],
			fatal: this.fatal,
			blocking: !this.fatal && this.format === 'own' && c.problemCount > 0,
			data: { tables, series }
		};
	}

	/** The dashboard's own formats go through the build's own parser, unchanged. */
	private finishOwn(name: DatasetName): { tables: UploadTables; rows: number } {
		const text = this.ownText.join('');
		const result = parseCsv(text, SCHEMAS[name], this.fileName, {
			delimiter: this.delimiter!,
			decimalComma: this.delimiter === ';'
		});
		for (const p of result.problems) this.collector.problem(p);
		const rows = result.rows as unknown as Record<string, unknown>[];
		for (const row of rows) {
			const code = typeof row.country === 'string' ? row.country : null;
			if (code && isKnownCode(code)) this.collector.countries.add(code);
			else if (code) this.collector.countries.add(countryCode(code) ?? code);
		}
		return { tables: { [name]: result.rows } as UploadTables, rows: result.rows.length };
	}
}

/** Reads a whole text at once: for tests and small files; the worker streams instead. */
export function readText(
	text: string,
	fileName: string,
	encoding: Encoding | null = 'utf-8',
	now = 0
): UploadResult {
	const session = new UploadSession(fileName, text.length, encoding, now);
	session.push(text);
	return session.finish();
}
