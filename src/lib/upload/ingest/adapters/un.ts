import { quote } from '../../../data/problems.ts';
import type { IndexName, IndexRow } from '../../../data/schema.ts';
import { countryCode } from '../../../data/country-codes.ts';
import { CELL_LEFT_OUT, norm, type AdapterContext, type RowAdapter } from './adapter.ts';
import { readNumberCell } from './number.ts';

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
	const { collector } = ctx;
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
		const n = readNumberCell(raw, ctx);
		return n === null || (n !== 'bad' && Number.isInteger(n) && n >= 1) ? n : 'bad';
	};

	return {
		row(cells, line) {
			if (fatal) return;
			const name = (cells[nameAt] ?? '').trim();
			const yearRaw = yearAt >= 0 ? (cells[yearAt] ?? '').trim() : yearFromName!;
			const signature = cells.map((c) => c.trim()).join('\u0000');
			const code = countryCode(name);
			if (code === null) collector.unmatchedName(name, line, nameAt + 1, header[nameAt]!.trim());

			const yearCell = readNumberCell(yearRaw, ctx);
			const year = typeof yearCell === 'number' ? yearCell : null;
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
				const v = readNumberCell(raw, ctx);
				if (v === null) continue;
				if (v === 'bad' || v < 0 || v > 1) {
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
