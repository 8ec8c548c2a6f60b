import { quote } from '../../../data/problems.ts';
import {
	countryCode,
	isAggregateName,
	isKnownCode,
	isWorldBankAggregate
} from '../../../data/country-codes.ts';
import { WDI_YEAR } from '../detect.ts';
import { CELL_LEFT_OUT, norm, type AdapterContext, type RowAdapter } from './adapter.ts';
import { NUMBER_EXPECTED, readNumberCell, type NumberRules } from './number.ts';
import { finishSeries, SeriesBuilder } from './series.ts';

/** WDI writes `..` for a year without a value. */
const WDI_MISSING = ['..'];

/** DataBank exports end with blank rows and "Data from database: ...", "Last Updated: ..." lines. */
const FOOTER = /^(data from database|last updated)/i;

/**
 * World Bank WDI wide CSV (the API download and the DataBank export): four metadata columns, found
 * by name in any order, one column per year, aggregates mixed with countries, `..` or empty for
 * missing. A bad cell is reported and left out; the row's other years are kept.
 */
export function wdiAdapter(header: string[], _headerLine: number, ctx: AdapterContext): RowAdapter {
	const { collector } = ctx;
	const cell: NumberRules = { decimalComma: ctx.decimalComma, missing: WDI_MISSING };
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
				const v = readNumberCell(raw, cell);
				if (v === null) continue;
				if (v === 'bad') {
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
		finish: () =>
			finishSeries(collector, series, rowsGood, repeated, 'World, regions, income groups')
	};
}
