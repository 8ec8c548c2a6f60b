import { type DatasetName } from '../../data/schema.ts';
import { SCHEMAS } from '../../data/columns.ts';
import type { StoredDataset } from '../types.ts';

/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading `'`, so an uploaded `=HYPERLINK(...)` stays text when the export is opened in Excel.
 * Numbers are written as numbers.
 */
export function csvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	let s = Array.isArray(value) ? value.join(';') : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: unknown[]) => cells.map(csvCell).join(',');

/**
 * A dataset as normalised CSV: the dashboard's own columns for table rows (UN exports become
 * indices.csv rows), long `country,indicator_code,indicator_name,year,value,source_id` for series.
 */
export function datasetCsv(d: StoredDataset): { fileName: string; text: string } {
	const base = d.id;
	const entry = Object.entries(d.data.tables).find(([, r]) => (r?.length ?? 0) > 0);
	const name = entry?.[0] as DatasetName | undefined;
	const rows = entry?.[1] as unknown as Record<string, unknown>[] | undefined;
	if (name && rows) {
		const columns = SCHEMAS[name].columns.map((c) => c.name);
		const body = rows.map((r) => line(columns.map((c) => r[c])));
		return {
			fileName: `${base}-${name}.csv`,
			text: [columns.join(','), ...body].join('\n') + '\n'
		};
	}
	const header = 'country,indicator_code,indicator_name,year,value,source_id';
	const body = d.data.series.flatMap((s) =>
		s.points.map(([year, value]) => line([s.country, s.code, s.name, year, value, s.source_id]))
	);
	return { fileName: `${base}-series.csv`, text: [header, ...body].join('\n') + '\n' };
}
