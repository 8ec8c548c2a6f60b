import { quote } from '../data/problems.ts';
import type { IndexName, IndexRow } from '../data/schema.ts';
import { countryCode, isKnownCode, isWorldBankAggregate } from './countries.ts';
import { WDI_YEAR } from './detect.ts';
import { parseNumber } from './delimiter.ts';
import type { Collector } from './collector.ts';
import type { IndicatorSeries, UploadData } from './types.ts';

/** Reads the data rows of one recognised format, one row at a time (files are streamed). */
export interface RowAdapter {
	row(cells: string[], line: number): void;
	finish(): UploadData & { rowsGood: number; valueCount: number };
}

export interface AdapterContext {
	collector: Collector;
	decimalComma: boolean;
	sourceId: string;
	fileName: string;
}

const norm = (s: string) => s.trim().toLowerCase();
const NUMBER_EXPECTED = 'a number with `.` as decimal point (or `,` in a `;`-separated file)';

/** Which column holds which UN index. Names as the data-centre export writes them. */
const EGOV_INDICES: [string, IndexName][] = [
	['e-government index', 'EGDI'],
	['online service index', 'OSI'],
	['human capital index', 'HCI'],
	['telecommunication infrastructure index', 'TII'],
	['e-participation index', 'EPI']
];

/**
 * UN E-Government Knowledgebase export: one row per country and survey year. Real files have
 * trailing spaces in names, ranks as decimals (`12.0`), repeated rows and non-ASCII names.
 */
export function egovAdapter(header: string[], headerLine: number, ctx: AdapterContext): RowAdapter {
	const { collector, decimalComma } = ctx;
	const h = header.map(norm);
	const col = (name: string) => h.indexOf(name);
	const nameAt = col('country name');
	const yearAt = col('survey year');
	const rankAt = col('e-government rank');
	const epRankAt = col('e-participation rank');
	const indexAt = EGOV_INDICES.map(([n, idx]) => [col(n), idx] as const).filter(([i]) => i >= 0);
	// A one-year export (EGOV_DATA_2022.csv) may have no year column: its name gives the year.
	const yearFromName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(ctx.fileName)?.[1];
	let fatal = false;
	if (yearAt < 0 && !yearFromName) {
		fatal = true;
		collector.problem({
			line: headerLine,
			column: header.length + 1,
			columnName: 'Survey Year',
			value: '',
			problem: 'missing column "Survey Year", and the file name has no year',
			expected: 'a Survey Year column, or a file name like EGOV_DATA_2024.csv'
		});
	}

	const out: IndexRow[] = [];
	const seen = new Map<string, { line: number; cells: string }>();
	let repeated = 0;
	let rowsGood = 0;

	const whole = (raw: string): number | null | 'bad' => {
		if (raw.trim() === '') return null;
		const n = parseNumber(raw, decimalComma);
		return n !== null && Number.isInteger(n) && n >= 1 ? n : 'bad';
	};

	return {
		row(cells, line) {
			if (fatal) return;
			const name = (cells[nameAt] ?? '').trim();
			const yearRaw = yearAt >= 0 ? (cells[yearAt] ?? '').trim() : yearFromName!;
			const signature = cells.map((c) => c.trim()).join('\u0000');
			const before = collector.problemCount;

			const code = countryCode(name);
			if (code === null) collector.unmatchedName(name, line, nameAt + 1, header[nameAt]!.trim());

			const year = parseNumber(yearRaw, decimalComma);
			if (year === null || !Number.isInteger(year) || year < 1990 || year > 2100) {
				collector.problem({
					line,
					column: yearAt + 1,
					columnName: 'Survey Year',
					value: yearRaw,
					problem: `Survey Year ${quote(yearRaw)} is not a survey year`,
					expected: 'a four-digit year such as 2024'
				});
			}
			const ranks: [number, number | null][] = [];
			for (const at of [rankAt, epRankAt]) {
				if (at < 0) continue;
				const raw = cells[at] ?? '';
				const r = whole(raw);
				if (r === 'bad') {
					collector.problem({
						line,
						column: at + 1,
						columnName: header[at]!.trim(),
						value: raw,
						problem: `${header[at]!.trim()} ${quote(raw)} is not a rank`,
						expected: 'a whole number from 1 (a decimal like 12.0 is read as 12)'
					});
				} else ranks.push([at, r]);
			}
			const values: [IndexName, number][] = [];
			for (const [at, idx] of indexAt) {
				const raw = cells[at] ?? '';
				if (raw.trim() === '') continue;
				const v = parseNumber(raw, decimalComma);
				if (v === null || v < 0 || v > 1) {
					collector.problem({
						line,
						column: at + 1,
						columnName: header[at]!.trim(),
						value: raw,
						problem: `${header[at]!.trim()} ${quote(raw)} is not an index value`,
						expected: 'a number between 0 and 1'
					});
				} else values.push([idx, v]);
			}
			if (collector.problemCount > before || code === null || year === null) return;

			const key = `${code}\u0000${year}`;
			const first = seen.get(key);
			if (first) {
				if (first.cells === signature) repeated++;
				else {
					collector.problem({
						line,
						column: nameAt + 1,
						columnName: header[nameAt]!.trim(),
						value: name,
						problem: `${name} ${year} appears again with other values (first on line ${first.line})`,
						expected: 'one row per country and survey year'
					});
				}
				return;
			}
			seen.set(key, { line, cells: signature });
			rowsGood++;
			collector.countries.add(code);
			const rankOf = (at: number) => ranks.find(([a]) => a === at)?.[1] ?? null;
			for (const [idx, value] of values) {
				out.push({
					country: code,
					index: idx,
					edition: year,
					value,
					rank: idx === 'EGDI' ? rankOf(rankAt) : idx === 'EPI' ? rankOf(epRankAt) : null,
					of: null,
					source_ids: [ctx.sourceId],
					notes: ''
				});
			}
		},
		finish() {
			if (repeated > 0) {
				collector.notes.push(
					`${repeated} repeated row${repeated === 1 ? '' : 's'} (same country, year and values) read once.`
				);
			}
			return { tables: { indices: out }, series: [], rowsGood, valueCount: out.length };
		}
	};
}

/** Series for (indicator, country), built as rows arrive; a repeated row is read once. */
class SeriesBuilder {
	private byKey = new Map<string, IndicatorSeries & { years: Map<number, number> }>();
	valueCount = 0;

	constructor(private sourceId: string) {}

	/** Returns the value already stored for that year, if any. */
	add(code: string, name: string, country: string, year: number, value: number): number | null {
		const key = `${code}\u0000${country}`;
		let s = this.byKey.get(key);
		if (!s) {
			s = { code, name, country, points: [], source_id: this.sourceId, years: new Map() };
			this.byKey.set(key, s);
		}
		const had = s.years.get(year);
		if (had !== undefined) return had;
		s.years.set(year, value);
		this.valueCount++;
		return null;
	}

	build(): IndicatorSeries[] {
		return [...this.byKey.values()].map(({ years, ...s }) => ({
			...s,
			points: [...years].sort((a, b) => a[0] - b[0])
		}));
	}
}

/**
 * World Bank WDI wide CSV (the API download and the DataBank export): four metadata columns, one
 * column per year, aggregates mixed with countries, `..` or empty for missing.
 */
export function wdiAdapter(header: string[], _headerLine: number, ctx: AdapterContext): RowAdapter {
	const { collector, decimalComma } = ctx;
	const years: [number, number][] = [];
	header.forEach((h, i) => {
		const m = WDI_YEAR.exec(h.trim());
		if (m && i >= 4) years.push([i, Number(m[1])]);
	});
	const series = new SeriesBuilder(ctx.sourceId);
	let rowsGood = 0;
	let repeated = 0;

	return {
		row(cells, line) {
			const name = (cells[0] ?? '').trim();
			const codeRaw = (cells[1] ?? '').trim();
			// DataBank exports end with "Data from database: ..." and "Last Updated: ..." lines.
			if (codeRaw === '' && /^(data from database|last updated)/i.test(name)) return;
			if (isWorldBankAggregate(codeRaw)) {
				collector.aggregates.add(name);
				return;
			}
			const code = isKnownCode(codeRaw) ? codeRaw : countryCode(name);
			if (code === null) {
				collector.unmatchedName(name, line, 1, header[0]!.trim());
				return;
			}
			const indicator = (cells[3] ?? '').trim();
			const indicatorName = (cells[2] ?? '').trim();
			const before = collector.problemCount;
			const values: [number, number][] = [];
			for (const [at, year] of years) {
				const raw = (cells[at] ?? '').trim();
				if (raw === '' || raw === '..') continue;
				const v = parseNumber(raw, decimalComma);
				if (v === null) {
					collector.problem({
						line,
						column: at + 1,
						columnName: header[at]!.trim(),
						value: raw,
						problem: `${year} value ${quote(raw)} is not a number`,
						expected: `${NUMBER_EXPECTED}, or empty or \`..\` when missing`
					});
				} else values.push([year, v]);
			}
			if (collector.problemCount > before) return;
			let dup = false;
			for (const [year, v] of values) {
				if (series.add(indicator, indicatorName, code, year, v) !== null) dup = true;
			}
			if (dup) repeated++;
			else rowsGood++;
			collector.countries.add(code);
		},
		finish() {
			if (collector.aggregates.size > 0) {
				collector.notes.push(
					`${collector.aggregates.size} aggregates (World, regions, income groups) recognised and left out.`
				);
			}
			if (repeated > 0)
				collector.notes.push(`${repeated.toLocaleString('en')} repeated rows read once.`);
			return { tables: {}, series: series.build(), rowsGood, valueCount: series.valueCount };
		}
	};
}

/**
 * Our World in Data grapher CSV: `Entity, Code, Year` and one column per indicator. Regions and
 * income groups have no code (or an `OWID_` code) and are left out with a note.
 */
export function owidAdapter(
	header: string[],
	_headerLine: number,
	ctx: AdapterContext
): RowAdapter {
	const { collector, decimalComma } = ctx;
	const valueColumns = header.map((h, i) => [i, h.trim()] as const).filter(([i]) => i >= 3);
	const series = new SeriesBuilder(ctx.sourceId);
	let rowsGood = 0;
	let repeated = 0;

	return {
		row(cells, line) {
			const name = (cells[0] ?? '').trim();
			const codeRaw = (cells[1] ?? '').trim();
			let code: string | null;
			if (codeRaw === 'OWID_KOS') code = 'XKX';
			else if (codeRaw === '' || codeRaw.startsWith('OWID_')) {
				collector.aggregates.add(name);
				return;
			} else code = isKnownCode(codeRaw) ? codeRaw : countryCode(name);
			if (code === null) {
				collector.unmatchedName(name, line, 1, 'Entity');
				return;
			}
			const yearRaw = (cells[2] ?? '').trim();
			const year = /^-?\d{1,4}$/.test(yearRaw) ? Number(yearRaw) : null;
			const before = collector.problemCount;
			if (year === null) {
				collector.problem({
					line,
					column: 3,
					columnName: 'Year',
					value: yearRaw,
					problem: `Year ${quote(yearRaw)} is not a year`,
					expected: 'a whole year such as 2022'
				});
			}
			const values: [string, number][] = [];
			for (const [at, col] of valueColumns) {
				const raw = (cells[at] ?? '').trim();
				if (raw === '') continue;
				const v = parseNumber(raw, decimalComma);
				if (v === null) {
					collector.problem({
						line,
						column: at + 1,
						columnName: col,
						value: raw,
						problem: `${col} ${quote(raw)} is not a number`,
						expected: `${NUMBER_EXPECTED}, or empty when missing`
					});
				} else values.push([col, v]);
			}
			if (collector.problemCount > before || year === null) return;
			let dup = false;
			for (const [col, v] of values) if (series.add(col, col, code, year, v) !== null) dup = true;
			if (dup) repeated++;
			else rowsGood++;
			collector.countries.add(code);
		},
		finish() {
			if (collector.aggregates.size > 0) {
				collector.notes.push(
					`${collector.aggregates.size} aggregates (World, continents, income groups) recognised and left out.`
				);
			}
			if (repeated > 0)
				collector.notes.push(`${repeated.toLocaleString('en')} repeated rows read once.`);
			return { tables: {}, series: series.build(), rowsGood, valueCount: series.valueCount };
		}
	};
}
