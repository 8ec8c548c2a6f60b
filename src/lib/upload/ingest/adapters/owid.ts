import { quote } from '../../../data/problems.ts';
import { countryCode, isKnownCode } from '../../../data/country-codes.ts';
import { CELL_LEFT_OUT, norm, type AdapterContext, type RowAdapter } from './adapter.ts';
import { NUMBER_EXPECTED, readNumberCell } from './number.ts';
import { finishSeries, SeriesBuilder } from './series.ts';

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
	const { collector } = ctx;
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
				const v = readNumberCell(raw, ctx);
				if (v === null) continue;
				if (v === 'bad') {
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
		finish: () =>
			finishSeries(collector, series, rowsGood, repeated, 'World, continents, income groups')
	};
}
