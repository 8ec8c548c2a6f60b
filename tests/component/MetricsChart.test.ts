import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { SystemMetric } from '../../src/lib/data/schema';
import { metricSeries } from '../../src/lib/systems/metrics';
import MetricsChart from '../../src/lib/systems/MetricsChart.svelte';

const row = (metric: string, year: number, value: number, definition: string): SystemMetric => ({
	system_id: 'ind-efiling',
	metric,
	year,
	value,
	unit: 'million returns',
	definition,
	source_ids: ['s'],
	notes: ''
});
// A definition change near the left edge (after the first of 15 years) and one in the middle.
const ROWS = [
	...[2006, 2007].map((y) => row('efiled_returns', y, 1, 'old')),
	...[2008, 2012, 2016, 2020].map((y) => row('efiled_returns', y, 50, 'new')),
	row('itr_by_due_date', 2022, 60, 'a'),
	row('itr_by_due_date', 2023, 65, 'b'),
	row('itr_by_due_date', 2024, 72, 'b')
];

/** The desktop copy of the chart (the phone copy is in the DOM too, hidden by CSS). */
function renderWide(): HTMLElement {
	render(MetricsChart, {
		series: metricSeries(ROWS, 'ind-efiling'),
		country: 'IND',
		label: 'Metrics of e-filing by year'
	});
	return screen.getAllByRole('group', { name: 'Metrics of e-filing by year' })[0]!;
}

describe('MetricsChart', () => {
	it('keeps each "new definition" label inside its panel: left of the line where it fits, else right', () => {
		const wide = renderWide();
		const labels = [...wide.querySelectorAll('text.break-label')];
		expect(labels.map((t) => [t.getAttribute('text-anchor'), t.getAttribute('x')])).toEqual([
			// 2008 in a 2006–2020 panel: x(2008) = 40 + 220 × 2/14 ≈ 71.4, 21 px from the panel's edge.
			['start', String(40 + (220 * 2) / 14 - 2)],
			// 2023 in 2022–2024, second panel (px 340): x = 340 + 40 + 110 = 490, 140 px of room.
			['end', '480']
		]);
	});

	it('draws every value label below its panel unit line and its "new definition" label', () => {
		const wide = renderWide();
		const y = (t: Element) => Number(t.getAttribute('y'));
		const lowest = (selector: string) => Math.max(...[...wide.querySelectorAll(selector)].map(y));
		const values = [...wide.querySelectorAll('text.value')].map(y);
		expect(values.length).toBeGreaterThan(0);
		// Labels are 16 px: a value's baseline 17 px or more below another's keeps them apart.
		for (const v of values) {
			expect(v - lowest('text.unit')).toBeGreaterThanOrEqual(17);
			expect(v - lowest('text.break-label')).toBeGreaterThanOrEqual(17);
		}
	});
});
