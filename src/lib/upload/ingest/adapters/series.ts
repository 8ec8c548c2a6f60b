import type { IndicatorSeries } from '../../types.ts';
import type { Collector } from '../collector.ts';
import type { RowAdapter } from './adapter.ts';

/** Series for (indicator, country), built as rows arrive; a repeated row is read once. */
export class SeriesBuilder {
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

/**
 * The end of a series file (WDI, OWID): notes on the aggregates left out (`aggregates` names
 * them in the format's own words) and the repeated rows read once, and what was read.
 */
export function finishSeries(
	collector: Collector,
	series: SeriesBuilder,
	rowsGood: number,
	repeated: number,
	aggregates: string
): ReturnType<RowAdapter['finish']> {
	if (collector.aggregates.size > 0)
		collector.notes.push(
			`${collector.aggregates.size} aggregates (${aggregates}) recognised and left out.`
		);
	if (repeated > 0)
		collector.notes.push(`${repeated.toLocaleString('en')} repeated rows read once.`);
	return { tables: {}, series: series.build(), rowsGood, valueCount: series.valueCount };
}
