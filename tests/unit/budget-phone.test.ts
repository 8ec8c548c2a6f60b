import { textWidth } from '../../src/lib/charts/text';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import { budgetLayout } from '../../src/lib/budget/layout';
import { defaultSeries } from '../../src/lib/budget/series';

const CLAIM = '1% claim: “Korea earmarked 1% of national budget for e-government” (CIPS 2017)';

describe('budgetLayout on a phone (340 wide)', () => {
	const { data } = loadData();
	const shown = defaultSeries(data.budget);
	const rows = data.budget.filter((r) => shown.includes(r.series));
	const phone = budgetLayout(rows, 'share', 340, CLAIM);
	const desk = budgetLayout(rows, 'share', 1000, CLAIM);

	it('labels every fourth year instead of every second', () => {
		expect(phone.xTicks.map((t) => t.text)).toEqual([
			'2004',
			'2008',
			'2012',
			'2016',
			'2020',
			'2024'
		]);
		expect(desk.xTicks).toHaveLength(12);
	});

	it('wraps the claim under the axis and keeps it on one line beside the line on a desktop', () => {
		expect(phone.referenceLines).toEqual([
			'1% claim: “Korea earmarked 1% of',
			'national budget for',
			'e-government” (CIPS 2017)'
		]);
		expect(phone.referenceText!.y).toBeGreaterThan(phone.xAxisY);
		expect(desk.referenceLines).toEqual([CLAIM]);
	});

	it('keeps every series label inside the plot, short ("Break 2008"), overlapping none', () => {
		const labels = phone.panels.flatMap((p) => p.labels);
		for (const l of labels) {
			const w = textWidth(l.text, 15, 600);
			const x0 = l.anchor === 'start' ? l.x : l.x - w;
			expect(x0).toBeGreaterThanOrEqual(84);
			expect(x0 + w).toBeLessThanOrEqual(340 - 24);
		}
		expect(labels.every((l) => !l.text.includes(':'))).toBe(true);
	});
});
