import { textWidth } from '../../src/lib/charts/text';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import { factorIndex } from '../../src/lib/budget/convert';
import { budgetLayout } from '../../src/lib/budget/layout';
import { defaultSeries, rowValue, seriesIds } from '../../src/lib/budget/series';

/** A label's measured box: its left edge from its anchor. */
const labelBox = (lb: { x: number; y: number; text: string; anchor: 'start' | 'end' }) => {
	const w = textWidth(lb.text, 15, 600);
	const x0 = lb.anchor === 'start' ? lb.x : lb.x - w;
	return { x0, x1: x0 + w, y0: lb.y - 14, y1: lb.y + 4 };
};

const CLAIM = '1% claim: “Korea earmarked 1% of national budget for e-government” (CIPS 2017)';

describe('budgetLayout on a phone (340 wide)', () => {
	const { data } = loadData();
	const shown = defaultSeries(data.budget);
	const rows = data.budget.filter((r) => shown.includes(r.series));
	const phone = budgetLayout(rows, 'share', 340, CLAIM);
	const desk = budgetLayout(rows, 'share', 1000, CLAIM);

	it('labels every fourth year instead of every second', () => {
		expect(phone.xTicks.map((t) => t.text)).toEqual(['2004', '2008', '2012', '2016', '2020']);
		expect(desk.xTicks).toHaveLength(10);
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
			'1% claim: “Korea earmarked 1% of national',
			'budget for e-government” (CIPS 2017)'
		]);
		expect(desk.referenceLines.join(' ')).toBe(CLAIM);
	});

	it('keeps every series label inside the plot, in few words ("Break 2008: restated")', () => {
		const labels = phone.panels.flatMap((p) => p.labels);
		for (const l of labels) {
			const b = labelBox(l);
			expect(b.x0).toBeGreaterThanOrEqual(84);
			expect(b.x1).toBeLessThanOrEqual(340 - 24);
		}
		expect(labels.map((l) => l.text)).toEqual([
			'● 2004 basis',
			'● Break 2008: restated',
			'● Break 2014: R&D counted',
			'■ Break 2015-16: Digital India',
			'■ DIT e-gov',
			'■ Break 2014-15: NeGP plan'
		]);
	});
});

describe('budget series labels: one per series, none touching another, in every view', () => {
	const { data } = loadData();
	const factors = factorIndex(data.conversion_factors);
	const sets = {
		default: defaultSeries(data.budget),
		all: seriesIds(data.budget)
	};
	const cases = (['default', 'all'] as const).flatMap((set) =>
		(
			[
				['share', 'local'],
				['amount', 'local'],
				['amount', 'usd'],
				['amount', 'ppp']
			] as const
		).flatMap(([mode, currency]) =>
			[340, 1000].map((width) => [set, mode, currency, width] as const)
		)
	);

	it.each(cases)('%s series, %s in %s, %d wide', (set, mode, currency, width) => {
		const rows = data.budget.filter((r) => sets[set].includes(r.series));
		const money = { currency, factors };
		const l = budgetLayout(rows, mode, width, CLAIM, undefined, money);
		const drawn = new Set(
			rows.filter((r) => rowValue(r, mode, money) !== null).map((r) => r.series)
		);
		const labels = l.panels.flatMap((p) =>
			p.labels.map((lb) => {
				const b = labelBox(lb);
				return {
					key: lb.key,
					...b,
					inside: b.x0 >= 84 && b.x1 <= width - 24 && b.y0 >= p.top - 6 && b.y1 <= p.top + p.height
				};
			})
		);
		expect(labels.map((b) => b.key).sort()).toEqual([...drawn].sort());
		expect(labels.filter((b) => !b.inside).map((b) => b.key)).toEqual([]);
		const touching = labels.flatMap((a, i) =>
			labels
				.slice(i + 1)
				.filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
				.map((b) => `${a.key} / ${b.key}`)
		);
		expect(touching).toEqual([]);
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
					const b = labelBox(lb);
					return { text: lb.text, x0: b.x0, x1: b.x1, y0: lb.y - 11, y1: lb.y + 4 };
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
