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

	it('wraps the claim under the axis on a phone, and beside the line before its first mark on a desktop', () => {
		expect(phone.referenceLines).toEqual([
			'1% claim: “Korea earmarked 1% of',
			'national budget for',
			'e-government” (CIPS 2017)'
		]);
		expect(phone.referenceText!.y).toBeGreaterThan(phone.xAxisY);
		// On a desktop 2012's planned 1.00% sits on the line: the claim wraps before its ring.
		expect(desk.referenceLines).toEqual([
			'1% claim: “Korea earmarked 1% of',
			'national budget for e-government”',
			'(CIPS 2017)'
		]);
		expect(desk.referenceLines.join(' ')).toBe(CLAIM);
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

describe('budgetLayout on a page and a slide: text off the marks', () => {
	const { data } = loadData();
	const shown = defaultSeries(data.budget);
	const rows = data.budget.filter((r) => shown.includes(r.series));

	it.each<[string, number, number | undefined]>([
		['a page', 1000, undefined],
		['a 16:9 slide', 1000, 440],
		['a 1920×1080 slide', 1000, 480]
	])('on %s no series label or claim line covers a point', (_, width, fit) => {
		const l = budgetLayout(rows, 'share', width, CLAIM, fit);
		const boxes = [
			...l.panels.flatMap((p) =>
				p.labels.map((lb) => {
					const w = textWidth(lb.text, 15, 600);
					const x0 = lb.anchor === 'start' ? lb.x : lb.x - w;
					return { text: lb.text, x0, x1: x0 + w, y0: lb.y - 11, y1: lb.y + 4 };
				})
			),
			...l.referenceLines.map((line, i) => ({
				text: line,
				x0: l.referenceText!.x,
				x1: l.referenceText!.x + textWidth(line, 16, 700),
				y0: l.referenceText!.y + i * 20 - 12,
				y1: l.referenceText!.y + i * 20 + 4
			}))
		];
		const covered = boxes.flatMap((b) =>
			l.points
				.filter((p) => p.x + 9 > b.x0 && p.x - 9 < b.x1 && p.y + 9 > b.y0 && p.y - 9 < b.y1)
				.map((p) => `${b.text} over ${p.row.series} ${p.row.year}`)
		);
		expect(covered).toEqual([]);
	});
});
