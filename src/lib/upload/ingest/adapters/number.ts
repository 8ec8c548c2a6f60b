/**
 * Number cells of the public downloads (UN, WDI, OWID): one reader for every adapter, so they
 * take and refuse the same texts. A cell reads as
 * - a number: `.` as decimal point, an optional leading `-`, an exponent (`1e3`), spaces around
 *   ignored; with `decimalComma` (a `;`-separated file: the delimiter detectDelimiter finds) also
 *   one comma between digits (`0,97`; so `1,234` there is 1.234);
 * - missing (null): empty, or one of the format's own markers (WDI's `..`);
 * - 'bad' (reported, and the cell left out): anything else — `n/a`, `-`, `NaN`, a leading `+`,
 *   thousands separators (`1,234.5`, `1 234`, `1.234,5`), units or signs (`12%`, `$5`).
 */
export type NumberCell = number | null | 'bad';

export interface NumberRules {
	/** A `,` decimal point is taken too: true in `;`-separated files. */
	decimalComma: boolean;
	/** Texts besides the empty cell that mean "no value" in this format. */
	missing?: readonly string[];
}

/** What the problem list says a number cell should look like. */
export const NUMBER_EXPECTED =
	'a number with `.` as decimal point (or `,` in a `;`-separated file)';

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/**
 * A number: `.` decimal point, or with `decimalComma` (semicolon files) `0,8123`.
 * Returns null when the text is not a number.
 */
export function parseNumber(raw: string, decimalComma: boolean): number | null {
	const s = raw.trim();
	if (NUMBER.test(s)) return Number(s);
	if (decimalComma && DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'));
	return null;
}

/** A number cell: its number, null when missing, 'bad' when it holds something else. */
export function readNumberCell(raw: string, rules: NumberRules): NumberCell {
	const s = raw.trim();
	if (s === '' || rules.missing?.includes(s)) return null;
	return parseNumber(s, rules.decimalComma) ?? 'bad';
}
