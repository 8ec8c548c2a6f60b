import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/charts/text';
import type { SystemMetric } from '../../src/lib/data/schema';
import { metricSeries } from '../../src/lib/systems/metrics';
import { systemPanels } from '../../src/lib/systems/metrics-layout';
import MetricsChart from '../../src/lib/systems/MetricsChart.svelte';

const row = (
	metric: string,
	title: string,
	year: number,
	value: number,
	definition: string,
	period: SystemMetric['period'] = 'fiscal_year'
): SystemMetric => ({
	system_id: 'ind-efiling',
	metric,
	title,
	year,
	period,
	value,
	unit: 'million returns',
	definition,
	source_ids: ['s'],
	notes: ''
});
// A definition change near the left edge (after the first of 15 years) and one in the middle.
const ROWS = [
	...[2006, 2007].map((y) => row('efiled_returns', 'E-filed returns', y, 1, 'old')),
	...[2008, 2012, 2016, 2020].map((y) => row('efiled_returns', 'E-filed returns', y, 50, 'new')),
	...[
		[2022, 58.3, 'a'],
		[2023, 67.7, 'b'],
		[2024, 72.8, 'b']
	].map(([y, v, d]) =>
		row(
			'itr_by_due_date',
			'Returns by the due date',
			y as number,
			v as number,
			d as string,
			'assessment_year'
		)
	)
];

/** The desktop copy of the chart (the phone copy is in the DOM too, hidden by CSS). */
function renderWide(): HTMLElement {
	render(MetricsChart, {
		panels: systemPanels(metricSeries(ROWS, 'ind-efiling', 'IND')),
		label: 'Metrics of e-filing by year'
	});
	return screen.getAllByRole('group', { name: 'Metrics of e-filing by year' })[0]!;
}

describe('MetricsChart', () => {
	it('draws a line through consecutive years of one definition and none across a break', () => {
		const wide = renderWide();
		const lines = [...wide.querySelectorAll('path.series-line')].map((p) => p.getAttribute('d'));
		// 2006-07 (old definition) and 2023-24 (AY, definition b): one line each, two points each.
		expect(lines).toHaveLength(2);
		for (const d of lines) expect(d!.match(/[ML]/g)).toHaveLength(2);
	});

	it('gives each panel a y axis titled with its unit, in crore for Indian returns', () => {
		const wide = renderWide();
		expect([...wide.querySelectorAll('text.axis-title')].map((t) => t.textContent)).toEqual([
			'crore returns',
			'crore returns'
		]);
		const ticks = [...wide.querySelectorAll('.panel')[0]!.querySelectorAll('text.tick')];
		expect(ticks.map((t) => t.textContent)).toContain('5');
	});

	it('names every point with its period and figure, and shows them on focus', async () => {
		const wide = renderWide();
		const point = within(wide).getByRole('img', {
			name: 'Returns by the due date, AY 2023-24: 6.77 crore returns'
		});
		expect(
			within(wide).getByRole('img', { name: 'E-filed returns, 2006-07: 10 lakh returns' })
		).toBeTruthy();
		expect(wide.querySelector('text.active-value')).toBeNull();
		await fireEvent.focus(point);
		expect(wide.querySelector('text.active-value')?.textContent).toBe(
			'AY 2023-24: 6.77 crore returns'
		);
	});

	it('keeps each "new definition" label inside its panel: left of the line where it fits, else right', () => {
		const wide = renderWide();
		const labels = [...wide.querySelectorAll('text.break-label')];
		expect(labels.map((t) => t.getAttribute('text-anchor'))).toEqual(['start', 'end']);
		const w = textWidth('new definition', 16);
		// The first panel spans 0–300: 2008 is near its left edge, so the label runs right.
		const first = Number(labels[0]!.getAttribute('x'));
		expect([first >= 0, first + w <= 300]).toEqual([true, true]);
		// The second spans 340–640: 2023 leaves room on the left of its line.
		const second = Number(labels[1]!.getAttribute('x'));
		expect([second - w >= 340, second <= 640]).toEqual([true, true]);
	});

	it('draws every value label below its panel axis title and its "new definition" label', () => {
		const wide = renderWide();
		const y = (t: Element) => Number(t.getAttribute('y'));
		const lowest = (selector: string) => Math.max(...[...wide.querySelectorAll(selector)].map(y));
		const values = [...wide.querySelectorAll('text.value')].map(y);
		expect(values.length).toBeGreaterThan(0);
		// Labels are 16 px: a value's baseline 17 px or more below another's keeps them apart.
		for (const v of values) {
			expect(v - lowest('text.axis-title')).toBeGreaterThanOrEqual(17);
			expect(v - lowest('text.break-label')).toBeGreaterThanOrEqual(17);
		}
	});
});
