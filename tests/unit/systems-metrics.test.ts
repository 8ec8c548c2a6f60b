import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/charts/text';
import { loadData } from '../../src/lib/data/load.server';
import { FONT } from '../../src/lib/charts/theme';
import {
	COMPARISONS,
	NOT_COMPARABLE,
	comparisonPanels,
	comparisonTakeaway,
	noComparisonText
} from '../../src/lib/systems/comparable';
import {
	axisUnit,
	formatFigure,
	periodLabel,
	shiftDecimal,
	unitFactor
} from '../../src/lib/systems/figures';
import { metricSeries, metricsTable, pointName } from '../../src/lib/systems/metrics';
import { metricsLayout, PANEL_W, systemPanels, WIDTH } from '../../src/lib/systems/metrics-layout';

const { data } = loadData('data');
const countryOf = (id: string) => data.systems.find((s) => s.system_id === id)!.country;
const seriesOf = (systemId: string, metric: string) =>
	metricSeries(data.system_metrics, systemId, countryOf(systemId)).find(
		(s) => s.metric === metric
	)!;
const years = (segments: { year: number }[][]) => segments.map((g) => g.map((p) => p.year));

describe('figures as their sources write them', () => {
	it.each([
		// India: lakh and crore, where that takes at most two decimals, with Indian grouping.
		[0.322, 'million returns', 'indian', '3.22 lakh returns'],
		[66.8, 'million returns', 'indian', '6.68 crore returns'],
		[1316.8, 'million numbers', 'indian', '131.68 crore numbers'],
		[12.55, 'million documents', 'indian', '125.5 lakh documents'],
		[14091249, 'taxpayers', 'indian', '1,40,91,249 taxpayers'],
		[34000, 'organisations', 'indian', '34,000 organisations'],
		[1490860.44, '₹ crore', 'indian', '₹14,90,860.44 crore'],
		[540000, '₹ crore', 'indian', '₹5,40,000 crore'],
		[32, 'days', 'indian', '32 days'],
		// Korea: as stored, Western grouping, every digit the source gives and no more.
		[243621, 'suppliers', 'western', '243,621 suppliers'],
		[4.531, 'million users', 'western', '4.531 million users'],
		[36.742, 'KRW trillion', 'western', 'KRW 36.742 trillion'],
		[102.8339, 'KRW trillion', 'western', 'KRW 102.8339 trillion'],
		[92.8, 'percent', 'western', '92.8%'],
		[1.5, 'hours', 'western', '1.5 hours']
	] as const)('%d %s (%s) → %s', (value, unit, style, text) => {
		expect(formatFigure(value, unit, style)).toBe(text);
	});

	it('moves the decimal point on the digits themselves, never through float arithmetic', () => {
		expect(shiftDecimal(14.091249, 6)).toBe('14091249');
		expect(shiftDecimal(0.322, -1)).toBe('0.0322');
		expect(shiftDecimal(2.193, -1)).toBe('0.2193');
		expect(shiftDecimal(1490860.44, 0)).toBe('1490860.44');
		expect(shiftDecimal(0.3, 6)).toBe('300000');
		expect(shiftDecimal(1e-7, 7)).toBe('1');
		expect(shiftDecimal(1.5e21, -21)).toBe('1.5');
	});

	it.each([
		[{ year: 2018, period: 'fiscal_year' }, '2018-19'],
		[{ year: 1999, period: 'fiscal_year' }, '1999-00'],
		[{ year: 2023, period: 'assessment_year' }, 'AY 2023-24'],
		[{ year: 2012, period: 'calendar_year' }, '2012']
	] as const)('gives the period of %o as %s', (row, text) => {
		expect(periodLabel(row)).toBe(text);
	});

	it('reads an Indian count axis in the crore or lakh its largest figure reaches', () => {
		const returns = axisUnit('million returns', 73.8, 'indian');
		expect([returns.title, returns.factor, returns.tick(6)]).toEqual(['crore returns', 0.1, '6']);
		const filers = axisUnit('million filers', 5.857, 'indian');
		expect([filers.title, filers.factor]).toEqual(['lakh filers', 10]);
		expect(axisUnit('₹ crore', 540000, 'indian').tick(500000)).toBe('5,00,000');
		expect(axisUnit('million users', 20, 'western').title).toBe('million users');
		expect(axisUnit('suppliers', 430000, 'western').tick(400000)).toBe('400,000');
	});

	it('converts between units only when they count the same thing', () => {
		expect(unitFactor('suppliers', 'thousand suppliers')).toBe(0.001);
		expect(unitFactor('million users', 'million users')).toBe(1);
		expect(unitFactor('₹ crore', 'KRW trillion')).toBeNull();
		expect(unitFactor('million complaints', 'grievances')).toBeNull();
		expect(unitFactor('percent', 'suppliers')).toBeNull();
	});
});

describe('usage series from the committed data', () => {
	it("draws India's e-filed returns as one definition: no break, lines wherever years follow", () => {
		const s = seriesOf('ind-itr-efiling', 'efiled_returns');
		expect(s.title).toBe('E-filed income-tax returns');
		expect(s.definitions).toHaveLength(1);
		expect(s.breaks).toEqual([]);
		expect(years(s.segments)).toEqual([[2006, 2007], [2011], [2015], [2017, 2018, 2019, 2020]]);
	});

	it('keeps one series across a change of period: fiscal years, then dates', () => {
		const s = seriesOf('ind-digilocker', 'registered_users');
		expect(s.points.map(periodLabel)).toEqual(['2015-16', '2016-17', '2021', '2022']);
		expect(s.breaks).toEqual([]);
		expect(years(s.segments)).toEqual([
			[2015, 2016],
			[2021, 2022]
		]);
	});

	it('breaks where what is measured changes: the 2017 count covers all certificate types', () => {
		const s = seriesOf('kor-edoc-wallet', 'paper_certificates_issued');
		expect(s.breaks).toEqual([2017]);
		expect(years(s.segments)).toEqual([[2015], [2017]]);
	});

	it('leaves breaks only in the metrics whose definition really changes (data/notes/systems.md)', () => {
		const changing = data.systems.flatMap((sys) =>
			metricSeries(data.system_metrics, sys.system_id, sys.country)
				.filter((s) => s.breaks.length)
				.map((s) => `${s.key} ${s.breaks.join(',')}`)
		);
		expect(changing).toEqual([
			'kor-koneps|procurement_share 2012,2014,2018,2024',
			'kor-government24|online_application_services 2008',
			'kor-edoc-wallet|paper_certificates_issued 2017',
			'kor-onnara|institutions_using 2009',
			'kor-onnara|users 2009',
			'kor-epeople|complaints_received 2021',
			'ind-gem|gmv_services 2023',
			'ind-aadhaar|bank_accounts_linked 2022',
			'ind-aadhaar|aeps_transactions 2021',
			'ind-umang|services 2019,2021',
			'ind-eoffice|active_efiles 2022',
			'ind-eoffice|efile_share 2024',
			'ind-eoffice|ministries_using 2025'
		]);
	});

	it('names every point with its metric, its period and its figure', () => {
		const s = seriesOf('ind-itr-efiling', 'efiled_returns');
		expect(s.points.map((p) => pointName(s, p))).toContain(
			'E-filed income-tax returns, 2018-19: 6.68 crore returns'
		);
		const gst = seriesOf('ind-gstn', 'active_taxpayers');
		expect(gst.points.map((p) => pointName(gst, p))).toEqual([
			'Active GST taxpayers, 2023: 1,40,91,249 taxpayers',
			'Active GST taxpayers, 2024: 1,46,93,051 taxpayers'
		]);
	});

	it('writes the table and CSV rows as the chart does, with the stored value beside them', () => {
		const t = metricsTable([seriesOf('ind-cppp', 'tender_value_cumulative')]);
		expect(
			t.rows.map((r) => [r.cells.metric, r.cells.year, r.cells.figure, r.cells.value])
		).toEqual([
			['Value of tenders processed (cumulative)', '2015', '₹14,90,860.44 crore', 1490860.44]
		]);
	});
});

describe('every usage chart of the committed data, laid out', () => {
	const layouts = data.systems.flatMap((sys) => {
		const series = metricSeries(data.system_metrics, sys.system_id, sys.country);
		if (!series.length) return [];
		return [WIDTH, PANEL_W].map((w) => ({
			id: `${sys.system_id} @${w}`,
			layout: metricsLayout(systemPanels(series), w, w < WIDTH ? 1 : 2)
		}));
	});

	it('keeps every value, period and year label inside its panel', () => {
		const outside: string[] = [];
		for (const { id, layout } of layouts) {
			for (const p of layout.panels) {
				const left = p.title.x;
				const right = left + PANEL_W;
				for (const m of p.series.flatMap((s) => s.points)) {
					for (const [text, x] of [
						[m.value.text, m.value.x],
						[m.active.text, m.active.x]
					] as const) {
						const w = textWidth(text, FONT.tick, 700);
						if (x < left - 0.5 || x + w > right + 0.5) outside.push(`${id} ${text}`);
					}
				}
				for (const t of p.ticks) {
					const half = textWidth(t.text, FONT.tick) / 2;
					if (t.x - half < left - 0.5 || t.x + half > right + 0.5) outside.push(`${id} ${t.text}`);
				}
			}
		}
		expect(outside).toEqual([]);
	});

	it('gives every panel a y axis with ticks from zero, and its unit as the axis title', () => {
		const efiling = layouts.find((l) => l.id === `ind-itr-efiling @${WIDTH}`)!.layout.panels[0]!;
		expect(efiling.axisTitle.text).toBe('crore returns');
		expect(efiling.yTicks.map((t) => t.text)).toEqual(['0', '2', '4', '6', '8']);
		expect(efiling.ticks.map((t) => t.text)).toEqual(['2006-07', '2011-12', '2015-16', '2020-21']);
		// Two lines: 2006-07 to 2007-08 and 2017-18 to 2020-21.
		expect(efiling.series[0]!.paths).toHaveLength(2);
		for (const { layout } of layouts)
			for (const p of layout.panels) expect(p.yTicks[0]!.text).toBe('0');
	});
});

describe('which metrics Korea and India measure the same way', () => {
	const functions = [...new Set(data.systems.map((s) => s.function))].sort();

	it('decides for every function: metrics to compare, or why there are none, never both', () => {
		const compared = [...new Set(COMPARISONS.map((c) => c.function))].sort();
		expect(compared).toEqual(['citizen_portal', 'procurement']);
		expect(Object.keys(NOT_COMPARABLE).sort()).toEqual(
			functions.filter((f) => !compared.includes(f))
		);
	});

	it("compares a Korean system's metric with an Indian one of the same function, in one unit", () => {
		for (const c of COMPARISONS) {
			const kor = seriesOf(c.kor.system_id, c.kor.metric);
			const ind = seriesOf(c.ind.system_id, c.ind.metric);
			expect([kor.country, ind.country]).toEqual(['KOR', 'IND']);
			for (const s of [kor, ind]) {
				expect(data.systems.find((x) => x.system_id === s.systemId)!.function).toBe(c.function);
				expect(unitFactor(s.unit, c.unit), `${s.key} in ${c.unit}`).not.toBeNull();
			}
		}
	});

	it('draws both countries of a comparison on one scale', () => {
		const who = (id: string) => data.systems.find((s) => s.system_id === id)!.name;
		const [suppliers] = comparisonPanels('procurement', data.system_metrics, countryOf, who);
		const layout = metricsLayout([suppliers!.panel], WIDTH, 2);
		const [kor, ind] = layout.panels[0]!.series;
		const y = (s: typeof kor, year: number) => s!.points.find((m) => m.pt.year === year)!.y;
		// KONEPS 243,621 at end of 2012 and GeM's 2,00,000 in 2018-19 on one axis in thousands.
		const zero = layout.panels[0]!.plot.bottom;
		expect((zero - y(kor, 2012)) / (zero - y(ind, 2018))).toBeCloseTo(243621 / 200000, 6);
		expect(layout.panels[0]!.axisTitle.text).toBe('thousand suppliers');
		expect(ind!.points.map((m) => m.name)).toEqual([
			'Registered sellers and service providers — Government e-Marketplace (GeM), 2018-19: 2 lakh suppliers',
			'Registered sellers and service providers — Government e-Marketplace (GeM), 2023-24: 20 lakh suppliers'
		]);
	});

	it('does not compare two metrics because they share an id: On-nara and e-Office both have `users`', () => {
		expect(seriesOf('kor-onnara', 'users')).toBeDefined();
		expect(seriesOf('ind-eoffice', 'users')).toBeDefined();
		expect(comparisonPanels('e_office', data.system_metrics, countryOf, (id) => id)).toEqual([]);
		expect(noComparisonText('e_office', 'E-office')).toMatch(
			/^No usage metric is measured the same way in both countries for e-office: On-nara's counts/
		);
	});

	it("says in the takeaway each side's latest figure with its period", () => {
		const panels = comparisonPanels('procurement', data.system_metrics, countryOf, (id) =>
			id === 'kor-koneps' ? 'KONEPS' : 'GeM'
		).map((f) => f.panel);
		expect(comparisonTakeaway(panels)).toBe(
			'Registered suppliers: KONEPS 430,000 suppliers in 2019, GeM 20 lakh suppliers in 2023-24; ' +
				'Buyer organisations: KONEPS 57,000 organisations in 2019, GeM 34,000 organisations in 2018-19.'
		);
	});
});
