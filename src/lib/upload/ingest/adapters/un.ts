import { quote } from '../../../data/problems.ts';
import type { IndexName, IndexRow } from '../../../data/schema.ts';
import {
	countryCode,
	isAggregateName,
	isKnownCode,
	isWorldBankAggregate
} from '../../../data/country-codes.ts';
import { WDI_YEAR } from '../detect.ts';
import { parseNumber } from '../delimiter.ts';
import type { Collector } from '../collector.ts';
import type { IndicatorSeries, UploadData } from '../../types.ts';

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
/** What happens to a bad cell in a public download: the cell goes, the row stays. */
const CELL_LEFT_OUT = "this value is left out, the row's other values are kept";

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
	const notSurveyed = new Map<number, string[]>();
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
						problem: `${header[at]!.trim()} ${quote(raw)} is not a rank; ${CELL_LEFT_OUT}`,
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
						problem: `${header[at]!.trim()} ${quote(raw)} is not an index value; ${CELL_LEFT_OUT}`,
						expected: 'a number between 0 and 1'
					});
				} else values.push([idx, v]);
			}
			if (code === null || year === null || !Number.isInteger(year) || year < 1990 || year > 2100)
				return;
			const rankOf = (at: number) => ranks.find(([a]) => a === at)?.[1] ?? null;
			// The 2003–2005 exports list countries the survey did not cover with no rank and every
			// index 0: not surveyed, which is not a score of 0.
			if (rankAt >= 0 && rankOf(rankAt) === null && values.every(([, v]) => v === 0)) {
				const list = notSurveyed.get(year) ?? [];
				list.push(name);
				notSurveyed.set(year, list);
				return;
			}
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
			for (const [year, names] of [...notSurveyed].sort((a, b) => a[0] - b[0])) {
				collector.notes.push(
					`Not surveyed in ${year} (no rank and every index 0), left out and never drawn as 0: ${names.join(', ')}.`
				);
			}
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

	constructor(
		private sourceId: string,
		private period: 'year' | 'day' = 'year'
	) {}

	/** Returns the value already stored for that year, if any. */
	add(code: string, name: string, country: string, year: number, value: number): number | null {
		const key = `${code}\u0000${country}`;
		let s = this.byKey.get(key);
		if (!s) {
			s = { code, name, country, points: [], source_id: this.sourceId, years: new Map() };
			if (this.period === 'day') s.period = 'day';
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

/** DataBank exports end with blank rows and "Data from database: ...", "Last Updated: ..." lines. */
const FOOTER = /^(data from database|last updated)/i;

/**
 * World Bank WDI wide CSV (the API download and the DataBank export): four metadata columns, found
 * by name in any order, one column per year, aggregates mixed with countries, `..` or empty for
 * missing. A bad cell is reported and left out; the row's other years are kept.
 */
export function wdiAdapter(header: string[], _headerLine: number, ctx: AdapterContext): RowAdapter {
	const { collector, decimalComma } = ctx;
	const h = header.map(norm);
	const at = (...names: string[]) => names.map((n) => h.indexOf(n)).find((i) => i >= 0) ?? -1;
	const nameAt = at('country name');
	const codeAt = at('country code');
	const indicatorNameAt = at('indicator name', 'series name');
	const indicatorAt = at('indicator code', 'series code');
	const years: [number, number][] = [];
	header.forEach((c, i) => {
		const m = WDI_YEAR.exec(c.trim());
		if (m) years.push([i, Number(m[1])]);
	});
	const series = new SeriesBuilder(ctx.sourceId);
	let rowsGood = 0;
	let repeated = 0;

	return {
		row(cells, line) {
			const name = (cells[nameAt] ?? '').trim();
			const codeRaw = (cells[codeAt] ?? '').trim();
			if (codeRaw === '' && cells.some((c) => FOOTER.test(c.trim()))) return;
			if (isWorldBankAggregate(codeRaw) || (!isKnownCode(codeRaw) && isAggregateName(name))) {
				collector.aggregates.add(name);
				return;
			}
			const code = isKnownCode(codeRaw) ? codeRaw : countryCode(name);
			if (code === null) {
				collector.unmatchedName(name, line, nameAt + 1, header[nameAt]!.trim());
				return;
			}
			const indicator = (cells[indicatorAt] ?? '').trim();
			const indicatorName = (cells[indicatorNameAt] ?? '').trim();
			let dup = false;
			let kept = 0;
			let bad = 0;
			for (const [col, year] of years) {
				const raw = (cells[col] ?? '').trim();
				if (raw === '' || raw === '..') continue;
				const v = parseNumber(raw, decimalComma);
				if (v === null) {
					collector.problem({
						line,
						column: col + 1,
						columnName: header[col]!.trim(),
						value: raw,
						problem: `${year} value ${quote(raw)} is not a number; ${CELL_LEFT_OUT}`,
						expected: `${NUMBER_EXPECTED}, or empty or \`..\` when missing`
					});
					bad++;
					continue;
				}
				kept++;
				if (series.add(indicator, indicatorName, code, year, v) !== null) dup = true;
			}
			if (kept === 0 && bad > 0) return;
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

/** Days since 1970-01-01 of an ISO date, or null: the x of a daily OWID series. */
export function dayNumber(text: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return null;
	const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	const d = new Date(t);
	if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
	return t / 86_400_000;
}

/** OWID columns that hold words, not figures (a continent, a region): not indicators. */
const OWID_TEXT_COLUMN =
	/^(continent|world regions? according to owid|.*\bregion\b.*|owid_region)$/i;

/**
 * Our World in Data grapher CSV: `Entity, Code, Year` (or `Day`, a date, in daily files) and one
 * column per indicator. Regions and income groups have no code (or an `OWID_` code) and are left
 * out with a note; a bad cell is reported and left out, the row's other columns kept.
 */
export function owidAdapter(
	header: string[],
	_headerLine: number,
	ctx: AdapterContext
): RowAdapter {
	const { collector, decimalComma } = ctx;
	const daily = norm(header[2] ?? '') === 'day';
	const timeName = daily ? 'Day' : 'Year';
	const all = header.map((h, i) => [i, h.trim()] as const).filter(([i]) => i >= 3);
	const text = all.filter(([, c]) => OWID_TEXT_COLUMN.test(c));
	const valueColumns = all.filter(([, c]) => !OWID_TEXT_COLUMN.test(c));
	if (text.length > 0) {
		collector.notes.push(
			`${text.map(([, c]) => c).join(', ')}: words, not figures; not read as an indicator.`
		);
	}
	const series = new SeriesBuilder(ctx.sourceId, daily ? 'day' : 'year');
	let rowsGood = 0;
	let repeated = 0;

	return {
		row(cells, line) {
			const name = (cells[0] ?? '').trim();
			const codeRaw = (cells[1] ?? '').trim();
			let code: string | null;
			if (codeRaw === 'OWID_KOS') code = 'XKX';
			else if (codeRaw === '' || codeRaw.startsWith('OWID_')) {
				// A few countries come without a code in some files; everything else is a group.
				code = countryCode(name);
				if (code === null) {
					collector.aggregates.add(name);
					return;
				}
			} else code = isKnownCode(codeRaw) ? codeRaw : countryCode(name);
			if (code === null) {
				collector.unmatchedName(name, line, 1, 'Entity');
				return;
			}
			const timeRaw = (cells[2] ?? '').trim();
			const time = daily
				? dayNumber(timeRaw)
				: /^-?\d{1,4}$/.test(timeRaw)
					? Number(timeRaw)
					: null;
			if (time === null) {
				collector.problem({
					line,
					column: 3,
					columnName: timeName,
					value: timeRaw,
					problem: daily
						? `Day ${quote(timeRaw)} is not a date; the row is left out`
						: `Year ${quote(timeRaw)} is not a year; the row is left out`,
					expected: daily ? 'a date such as 2022-03-31' : 'a whole year such as 2022'
				});
				return;
			}
			let dup = false;
			let kept = 0;
			let bad = 0;
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
						problem: `${col} ${quote(raw)} is not a number; ${CELL_LEFT_OUT}`,
						expected: `${NUMBER_EXPECTED}, or empty when missing`
					});
					bad++;
					continue;
				}
				kept++;
				if (series.add(col, col, code, time, v) !== null) dup = true;
			}
			if (kept === 0 && bad > 0) return;
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
