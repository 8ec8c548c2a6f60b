import type { IndexRow } from '../data/schema';

/** A country from the user's own data, as the rankings charts draw it. */
export interface ExtraCountry {
	code: string;
	name: string;
	/** Its place in the palette's extra colours (from the upload store). */
	colourIndex: number;
}

/**
 * Uploaded countries the picker offers, by name: those with rows of the index, without Korea and India
 * (their figures come from the dashboard's own, cited data).
 */
export function pickableCountries(
	countries: readonly ExtraCountry[],
	byCountry: ReadonlyMap<string, IndexRow[]>
): ExtraCountry[] {
	return countries
		.filter((c) => c.code !== 'KOR' && c.code !== 'IND' && byCountry.has(c.code))
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.code.localeCompare(b.code));
}

/** The uploaded rows of the picked countries that can be drawn, in the picker's order. */
export function pickedRows(
	pickable: readonly ExtraCountry[],
	picked: readonly string[],
	byCountry: ReadonlyMap<string, IndexRow[]>
): IndexRow[] {
	return pickable
		.filter((c) => picked.includes(c.code))
		.flatMap((c) => byCountry.get(c.code) ?? []);
}

/** Legend entries after Korea and India, wrapped into rows of the chart's width. */
export function legendLayout(
	names: readonly { code: string; name: string }[],
	start: number,
	width: number,
	rowHeight = 26
): { items: { code: string; x: number; y: number }[]; rows: number } {
	let x = start;
	let row = 0;
	const items = names.map((n) => {
		// 16 px text averages about 9 px a character; the marker and gap take 44.
		const w = 44 + n.name.length * 9;
		if (x + w > width && x > 0) {
			x = 0;
			row += 1;
		}
		const item = { code: n.code, x, y: 16 + row * rowHeight };
		x += w;
		return item;
	});
	return { items, rows: row + 1 };
}
