import { compareCountries } from '../../data/countries.ts';
import type { IndicatorSeries } from '../types.ts';

/** One indicator of the uploaded WDI/OWID files, with the countries that have it. */
export interface IndicatorOption {
	code: string;
	name: string;
	/** What the picker shows: the name, and the code when another indicator has the same name. */
	label: string;
	/** Shared between indicators with the same countries: read, never changed. */
	countries: readonly string[];
	/**
	 * Where its series are in the merged list, when the merge grouped them by indicator (the
	 * worker does): the chart then reads that range, not every series of a bulk file.
	 */
	range?: [start: number, end: number];
}

/**
 * The indicators in the uploads, sorted by name; countries Korea, India first, then by name.
 * One pass over the series (a big WDI file has 100,000s), so the page never waits on it.
 */
export function indicatorOptions(series: readonly IndicatorSeries[]): IndicatorOption[] {
	const byCode = new Map<string, { code: string; name: string; countries: Set<string> }>();
	for (const s of series) {
		if (s.points.length === 0) continue;
		let o = byCode.get(s.code);
		if (!o) {
			o = { code: s.code, name: s.name, countries: new Set() };
			byCode.set(s.code, o);
		}
		o.countries.add(s.country);
	}
	const names = new Map<string, number>();
	for (const o of byCode.values()) names.set(o.name, (names.get(o.name) ?? 0) + 1);
	// Indicators with the same countries share one list: a message to the page copies a shared
	// list once, and a bulk WDI file's 17,000 indicators mostly have the same 20 countries.
	const lists = new Map<string, string[]>();
	const shared = (countries: Set<string>) => {
		const sorted = [...countries].sort(compareCountries);
		const key = sorted.join(',');
		let list = lists.get(key);
		if (!list) lists.set(key, (list = sorted));
		return list;
	};
	return [...byCode.values()]
		.map((o) => ({
			code: o.code,
			name: o.name,
			label: (names.get(o.name) ?? 0) > 1 && o.code !== o.name ? `${o.name} (${o.code})` : o.name,
			countries: shared(o.countries)
		}))
		.sort((a, b) => a.label.localeCompare(b.label, 'en') || a.code.localeCompare(b.code));
}

/**
 * Series grouped by indicator (stable: file order within each) with each indicator's range: what
 * the worker hands the page, so the chart reads one range instead of every series.
 */
export function groupByIndicator(series: readonly IndicatorSeries[]): {
	series: IndicatorSeries[];
	indicators: IndicatorOption[];
} {
	const groups = new Map<string, IndicatorSeries[]>();
	for (const s of series) {
		const g = groups.get(s.code);
		if (g) g.push(s);
		else groups.set(s.code, [s]);
	}
	const out: IndicatorSeries[] = [];
	const ranges = new Map<string, [number, number]>();
	for (const [code, g] of groups) {
		ranges.set(code, [out.length, out.length + g.length]);
		for (const s of g) out.push(s);
	}
	const indicators = indicatorOptions(out).map((o) => ({ ...o, range: ranges.get(o.code) }));
	return { series: out, indicators };
}
