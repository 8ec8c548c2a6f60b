import { kindLabel } from '../data/evidence.ts';
import type { SourceRef } from '../data/schema.ts';
import { cellText, rowEvidence, type ChartTable } from '../charts/table.ts';

/** Byte-order mark: spreadsheet programs read the file as UTF-8 only when it is there. */
export const BOM = '\uFEFF';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `@SUM`, ...)
 * by prefixing an apostrophe. Numbers, including negative ones, stay as they are.
 */
export function escapeFormula(text: string): string {
	if (FORMULA_START.test(text) && !NUMBER.test(text)) return `'${text}`;
	return text;
}

/** RFC 4180 quoting: only cells with a comma, quote or line break are quoted. */
export function quoteCsv(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows a chart shows as CSV: one fact per row, its columns, what evidence it rests on, then
 * the titles, kinds and URLs of its sources. UTF-8 with a BOM and CRLF line ends, which every spreadsheet program opens correctly.
 */
export function tableToCsv(table: ChartTable, sources: SourceRef[]): string {
	const byId = new Map(sources.map((s) => [s.source_id, s]));
	const index = Object.fromEntries(byId);
	const header = [
		...table.columns.map((c) => c.label),
		'Evidence',
		'Source',
		'Source kind',
		'Source URL'
	];
	const lines = table.rows.map((row) => {
		const cited = row.source_ids.flatMap((id) => byId.get(id) ?? []);
		return [
			...table.columns.map((c) => cellText(row.cells[c.key])),
			rowEvidence(row, index),
			cited.map((s) => s.title).join('; '),
			cited.map(kindLabel).join('; '),
			cited.map((s) => s.url).join(' ')
		];
	});
	return (
		BOM +
		[header, ...lines]
			.map((cells) => cells.map((c) => quoteCsv(escapeFormula(c))).join(','))
			.join('\r\n') +
		'\r\n'
	);
}

/**
 * The CSV as a `data:` address, for the plain "Download CSV" link a page without scripts offers
 * (built when the page is prerendered; the browser drops the link when scripts run). Only what
 * a URL parser would drop or misread is escaped: line breaks and tabs, `%` and `#`.
 */
export function csvDataUrl(table: ChartTable, sources: SourceRef[]): string {
	const text = tableToCsv(table, sources).replace(
		/[%#\r\n\t]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
	);
	return `data:text/csv;charset=utf-8,${text}`;
}
