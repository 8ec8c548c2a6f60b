import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import { nativeCharts } from '../../src/lib/export/native-chart';
import {
	USE_MEASURES,
	useMeasure,
	usePanels,
	useSides,
	useTable,
	useTakeaway
} from '../../src/lib/people/use';

const { data } = loadData();
const sides = (key: Parameters<typeof useMeasure>[0]) =>
	useSides(useMeasure(key), data.people_metrics, data.system_metrics);

describe('information requests and participation, each in its own unit', () => {
	it('draws each country’s requests in its own panel and unit, never on one axis', () => {
		const panels = usePanels(sides('requests'));
		expect(panels.map((p) => [p.title, p.series.length, p.series[0]!.s.unit])).toEqual([
			['Korea: Information disclosure requests', 1, 'requests'],
			['India: RTI applications, central public authorities', 1, 'applications']
		]);
		expect(panels[1]!.series[0]!.s.points.map((p) => p.year)).toEqual([
			2014, 2015, 2016, 2018, 2019, 2020
		]);
		// One definition across India's years: the line breaks only at the missing 2017-18.
		expect(panels[1]!.series[0]!.s.segments.map((g) => g.map((p) => p.year))).toEqual([
			[2014, 2015, 2016],
			[2018, 2019, 2020]
		]);
	});

	it('writes the takeaway from the first and last figures, in each country’s way of writing them', () => {
		expect(useTakeaway(useMeasure('requests'), sides('requests'))).toBe(
			"Korea — Information disclosure requests: 26,338 requests (1998) to 1,842,000 requests (2023). India — RTI applications, central public authorities: 7,55,247 applications (2014-15) to 13,33,802 applications (2020-21). Each on its own axis: Korea's count covers every public institution (central, local, education offices and others); India's only central public authorities reporting to the Central Information Commission, by fiscal year — state commissions' counts are not in it."
		);
	});

	it('says where a country publishes no figure, in the chart’s text, its table and its CSV', () => {
		const s = sides('online');
		expect(s.map((x) => [x.country, x.series.length, x.gap])).toEqual([
			['KOR', 2, null],
			[
				'IND',
				0,
				'India: no count of RTI applications filed through RTI Online (from 2013) is in the data; the CIC reports found give totals only.'
			]
		]);
		expect(useTakeaway(useMeasure('online'), s)).toContain(
			'Korea — Disclosure requests filed online: 20,471 requests (2003); Share of disclosure requests filed online: 73% (2015). India: no count'
		);
		const gapRow = useTable(useMeasure('online'), s).rows.at(-1)!;
		expect(gapRow.cells).toMatchObject({ system: 'India', figure: null, value: null });
		expect(gapRow.cells.notes).toContain('RTI Online');
	});

	it('reads complaints from the systems’ own rows, a definition change a break', () => {
		const [kor, ind] = sides('complaints');
		expect(kor!.series[0]!.breaks).toEqual([2021]);
		expect(ind!.series.map((x) => [x.title, x.points.map((p) => p.year)])).toEqual([
			['CPGRAMS grievances received (calendar year)', [2022]],
			['CPGRAMS grievances registered (fiscal year)', [2023, 2024]]
		]);
	});

	it('gives every measure a panel for each side with figures, and the PowerPoint one chart a panel', () => {
		for (const m of USE_MEASURES) {
			const s = useSides(m, data.people_metrics, data.system_metrics);
			const t = useTable(m, s);
			const charts = nativeCharts(
				t,
				{
					type: 'line',
					category: 'year',
					categoryOf: (c) => (c.year === null ? null : String(c.year).slice(0, 4)),
					series: ['system'],
					value: 'value',
					valueTitle: 'x',
					panel: 'metric'
				},
				m.label
			);
			expect(charts.length, m.key).toBe(usePanels(s).length);
		}
	});
});
