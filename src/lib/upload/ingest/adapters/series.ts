import type { IndicatorSeries } from '../../types.ts';

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
