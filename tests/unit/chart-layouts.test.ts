import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/charts/text';
import type { SystemMetric } from '../../src/lib/data/schema';
import { BAR_TEXT, barsLayout } from '../../src/lib/overview/bars-layout';
import type { Bar } from '../../src/lib/overview/headlines';
import { metricSeries } from '../../src/lib/systems/metrics';
import { metricsLayout, slidePanels } from '../../src/lib/systems/metrics-layout';

const metric = (name: string, year: number, value: number, definition = 'd'): SystemMetric => ({
	system_id: 'sys',
	metric: name,
	year,
	value,
	unit: 'million users',
	definition,
	source_ids: ['s'],
	notes: ''
});
const ROWS = [
	...[2010, 2011, 2012].map((y, i) => metric('users', y, 10 * (i + 1))),
	metric('returns', 2015, 4, 'old'),
	metric('returns', 2016, 5, 'new'),
	metric('share', 2020, 1500)
];
const series = metricSeries(ROWS, 'sys');

describe('metricsLayout', () => {
	it.each([
		['a desktop', 640, 2, [0, 340, 0]],
		['a phone', 300, 1, [0, 0, 0]]
	] as const)('puts panels %s wide in %i columns', (_, width, cols, lefts) => {
		const l = metricsLayout(series, width, cols);
		expect(l.panels.map((p) => p.title.x)).toEqual(lefts);
		expect(l.panels.map((p) => p.title.text)).toEqual(['Users', 'Returns', 'Share']);
		expect(l.note).toBeNull();
	});

	it('numbers the points in one keyboard order across panels', () => {
		const l = metricsLayout(series, 640, 2);
		expect(l.panels.flatMap((p) => p.points.map((m) => m.index))).toEqual([0, 1, 2, 3, 4, 5]);
		expect(l.panels[0]!.points.map((m) => m.name)).toEqual([
			'Users, 2010: 10 million users',
			'Users, 2011: 20 million users',
			'Users, 2012: 30 million users'
		]);
	});

	it.each([
		// 3 points: only the last is labelled until a point is hovered or focused.
		['Users', [false, false, true]],
		// 2 points: both, the first starting at its mark so it stays inside.
		['Returns', [true, true]],
		['Share', [true]]
	] as const)('labels the values of %s: %j', (title, always) => {
		const p = metricsLayout(series, 640, 2).panels.find((q) => q.title.text === title)!;
		expect(p.points.map((m) => m.value.always)).toEqual(always);
	});

	it('writes thousands with separators and draws one tick for a single year', () => {
		const p = metricsLayout(series, 640, 2).panels[2]!;
		expect(p.points[0]!.value.text).toBe('1,500');
		expect(p.ticks.map((t) => t.text)).toEqual(['2020']);
	});

	it('joins only one definition, breaks where it changes and says so inside the panel', () => {
		const p = metricsLayout(series, 640, 2).panels[1]!;
		expect(p.paths).toEqual([]);
		expect(p.breaks).toHaveLength(1);
		// 2016 is the right end of the second panel: the label goes left of its line.
		expect(p.breakLabel).toEqual({ x: 340 + 260 - 10, y: 4 + 58, anchor: 'end' });
		expect(p.breakLabel!.x - textWidth('new definition', 16)).toBeGreaterThanOrEqual(340);
	});

	it.each([
		['a 1280×720 slide', 1200, 530, 3, 3],
		['a 1024×768 slide', 940, 560, 2, 3],
		['a short box', 640, 240, 2, 2]
	] as const)('fits %s with %i columns and %i panels', (_, width, height, cols, shown) => {
		const fit = slidePanels(series, width, height);
		expect([fit.cols, fit.shown.length]).toEqual([cols, shown]);
	});

	it('says on a slide how many metrics it leaves out, keeping those with the most figures', () => {
		const fit = slidePanels(series, 640, 240);
		const l = metricsLayout(series, 640, fit.cols, fit.shown);
		expect(l.panels.map((p) => p.title.text)).toEqual(['Users', 'Returns']);
		expect(l.note?.text).toBe(
			'2 of 3 metrics on this slide: all 3 are on the page and in its CSV.'
		);
	});
});

const bar = (key: string, country: string, value: number, label = key): Bar => ({
	key,
	country,
	label,
	value,
	valueText: `${value}%`,
	source_ids: []
});

describe('barsLayout', () => {
	const bars = [bar('kor', 'KOR', 1.2, 'Korea, e-government budget'), bar('ind', 'IND', 0.4)];

	it('puts labels in a column left of the bars on a desktop, values after the bars', () => {
		const l = barsLayout(bars, 1000);
		expect(l.narrow).toBe(false);
		// The column is as wide as the widest label needs, but never narrower than 300.
		expect(l.rows.map((r) => [r.anchor, r.lines[0]!.x, r.bar.x])).toEqual([
			['end', 290, 300],
			['end', 290, 300]
		]);
		expect(l.rows[0]!.value.x).toBe(l.rows[0]!.bar.x + l.rows[0]!.bar.width + 8);
		// The widest value still ends inside the chart.
		expect(l.rows[0]!.value.x + textWidth('1.2%', BAR_TEXT, 700)).toBeLessThanOrEqual(1000);
	});

	it('wraps a desktop label longer than 62% of the width beside its bar, on a taller row', () => {
		const long = 'Citizen portal: Government24 2002 → National Portal 2005 (UMANG 2017)';
		const l = barsLayout([bar('a', 'IND', 3, long), bar('b', 'IND', 2)], 1000);
		expect(l.rows[0]!.lines.map((t) => [t.text, t.x])).toEqual([
			['Citizen portal: Government24 2002 → National Portal 2005 (UMANG', 610],
			['2017)', 610]
		]);
		for (const t of l.rows[0]!.lines) expect(textWidth(t.text, BAR_TEXT)).toBeLessThan(610);
		expect(l.rows[1]!.bar.y - l.rows[0]!.bar.y).toBe(2 * 22 + 22 - 11);
	});

	it('breaks the reference line wherever it would cross a label or a value', () => {
		const l = barsLayout([bar('a', 'IND', 3, 'A'), bar('b', 'IND', 2.4, 'B')], 1000, {
			value: 2.5,
			text: 'median'
		});
		// Row b's value ("2.4%") is written across x(2.5): the line stops above it and resumes below.
		const v = l.rows[1]!.value;
		expect(l.reference!.runs).toEqual([
			[4, v.y - BAR_TEXT - 2],
			[v.y + BAR_TEXT * 0.3 + 2, l.height - 30]
		]);
	});

	it('wraps labels above their bars on a phone', () => {
		const l = barsLayout(
			[bar('k', 'KOR', 1, 'A label long enough to need a second line here')],
			340
		);
		expect(l.narrow).toBe(true);
		expect(l.rows[0]!.lines.length).toBe(2);
		expect(l.rows[0]!.bar.y).toBe(10 + 2 * 22 + 2);
	});

	it('keeps the reference label inside the chart when its line is at the edge', () => {
		const text = 'The 1% claim';
		const l = barsLayout(bars, 1000, { value: 1.5, text });
		const half = textWidth(text, BAR_TEXT, 700) / 2;
		expect(l.reference!.textX + half).toBeLessThanOrEqual(1000);
		expect(l.reference!.x).toBeGreaterThan(l.rows[0]!.bar.x + l.rows[0]!.bar.width);
	});
});
