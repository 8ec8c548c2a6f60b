import type { IndicatorSeries } from '../types.ts';

/**
 * Every uploaded series in a few typed arrays, as the worker hands them to the page. A 120 MB WDI
 * file is 343,000 series of two points: as objects, copying them into the page and collecting
 * the garbage took main-thread tasks of 150–540 ms at 4× CPU; typed arrays are transferred, not
 * copied, and the page builds objects only for the series a chart draws.
 */
export interface PackedSeries {
	/** Series `i`'s pairs are `points[2 * start[i] .. 2 * start[i + 1])`: time, value, time, … */
	points: Float64Array;
	start: Uint32Array;
	/** Per series, an index into `codes` (and `names`, the same indicator's name). */
	indicator: Uint32Array;
	codes: string[];
	names: string[];
	/** Per series, an index into `countries`. */
	country: Uint16Array;
	countries: string[];
	/** Per series, an index into `sources`. */
	source: Uint16Array;
	sources: string[];
	/** Per series: 1 for a daily series (OWID `Day`), 0 for years. */
	day: Uint8Array;
}

function indexer() {
	const at = new Map<string, number>();
	const list: string[] = [];
	return {
		list,
		of(key: string): number {
			let i = at.get(key);
			if (i === undefined) {
				i = list.length;
				at.set(key, i);
				list.push(key);
			}
			return i;
		}
	};
}

export function packSeries(series: readonly IndicatorSeries[]): PackedSeries {
	const n = series.length;
	const start = new Uint32Array(n + 1);
	for (let i = 0; i < n; i++) start[i + 1] = start[i]! + series[i]!.points.length;
	const points = new Float64Array(2 * start[n]!);
	const indicator = new Uint32Array(n);
	const country = new Uint16Array(n);
	const source = new Uint16Array(n);
	const day = new Uint8Array(n);
	const codes = indexer();
	const names: string[] = [];
	const countries = indexer();
	const sources = indexer();
	for (let i = 0; i < n; i++) {
		const s = series[i]!;
		// The same code with another name is another indicator to the picker: keyed by both.
		const k = codes.list.length;
		const c = codes.of(`${s.code}\u0000${s.name}`);
		if (c === k) names.push(s.name);
		indicator[i] = c;
		country[i] = countries.of(s.country);
		source[i] = sources.of(s.source_id);
		day[i] = s.period === 'day' ? 1 : 0;
		let o = 2 * start[i]!;
		for (const [t, v] of s.points) {
			points[o++] = t;
			points[o++] = v;
		}
	}
	return {
		points,
		start,
		indicator,
		codes: codes.list.map((k) => k.slice(0, k.indexOf('\u0000'))),
		names,
		country,
		countries: countries.list,
		source,
		sources: sources.list,
		day
	};
}

/** The buffers a `postMessage` moves rather than copies. */
export function packedTransfer(p: PackedSeries): ArrayBuffer[] {
	return [p.points, p.start, p.indicator, p.country, p.source, p.day].map(
		(a) => a.buffer as ArrayBuffer
	);
}

export const packedCount = (p: PackedSeries | undefined): number => (p ? p.indicator.length : 0);

/** Series `i` as the charts read it. */
export function unpackSeries(p: PackedSeries, i: number): IndicatorSeries {
	const points: [number, number][] = [];
	for (let o = 2 * p.start[i]!, end = 2 * p.start[i + 1]!; o < end; o += 2)
		points.push([p.points[o]!, p.points[o + 1]!]);
	const s: IndicatorSeries = {
		code: p.codes[p.indicator[i]!]!,
		name: p.names[p.indicator[i]!]!,
		country: p.countries[p.country[i]!]!,
		points,
		source_id: p.sources[p.source[i]!]!
	};
	if (p.day[i]) s.period = 'day';
	return s;
}

/** Code and country of series `i`, without building it. */
export function packedKey(p: PackedSeries, i: number): { code: string; country: string } {
	return { code: p.codes[p.indicator[i]!]!, country: p.countries[p.country[i]!]! };
}
