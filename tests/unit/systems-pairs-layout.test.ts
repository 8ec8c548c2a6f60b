import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/charts/text';
import { loadData } from '../../src/lib/data/load.server';
import { pairRows } from '../../src/lib/systems/pair-rows';
import { PAIRS_TEXT, pairLabel, pairsLayout } from '../../src/lib/systems/pairs-layout';

const rows = pairRows(loadData().data.systems);
const byFn = (fn: string) => rows.findIndex((r) => r.function === fn);
const nameBox = (n: { x: number; anchor: string; lines: string[] }) => {
	const w = Math.max(
		...n.lines.map((l) => textWidth(l, PAIRS_TEXT.name.size, PAIRS_TEXT.name.weight))
	);
	return n.anchor === 'start' ? [n.x, n.x + w] : [n.x - w, n.x];
};

describe('pairsLayout', () => {
	it.each([
		['a page', 1000, undefined],
		['a 4:3 slide', 834, 429],
		['a 16:9 slide', 1000, 440],
		['a phone', 340, undefined]
	] as const)('keeps every system name inside the chart on %s', (_, width, fit) => {
		const l = pairsLayout(rows, width, fit);
		l.rows.forEach((r, i) => {
			// On a slide a name may run into the function column, but stops short of the function.
			const fnEnd = 10 + textWidth(rows[i]!.label, PAIRS_TEXT.fn.size, PAIRS_TEXT.fn.weight);
			for (const n of r.names) {
				const [a, b] = nameBox(n);
				expect(a).toBeGreaterThanOrEqual(l.narrow ? 0 : l.compact ? fnEnd + 6 : l.left);
				expect(b).toBeLessThanOrEqual(width);
			}
		});
	});

	it.each([
		['a 4:3 slide', 834, 429],
		['a 16:9 slide', 1000, 440]
	] as const)('on %s puts every dated name beside or over its own mark', (_, width, fit) => {
		const l = pairsLayout(rows, width, fit);
		const far: string[] = [];
		for (const r of l.rows)
			for (const n of r.names) {
				const mark = r.marks.find((m) => m.key === n.key);
				if (!mark) continue;
				const [a, b] = nameBox(n) as [number, number];
				// Beside: starts or ends within 20 units of the mark; over: the mark is under it.
				const near = Math.min(Math.abs(a - mark.x), Math.abs(b - mark.x)) <= 20;
				if (!near && !(a <= mark.x && mark.x <= b)) far.push(n.lines[0]!);
			}
		expect(far).toEqual([]);
	});

	it('fits ten pairs into a slide of 440 units, two lines a row', () => {
		const l = pairsLayout(rows, 1000, 440);
		expect(l.compact).toBe(true);
		expect(l.rows).toHaveLength(10);
		expect(l.height).toBeLessThanOrEqual(440);
		expect(l.rows[0]!.h).toBe(36);
	});

	it('on a 4:3 slide, ends the plot where the latest name right of its mark still fits', () => {
		const l = pairsLayout(rows, 834, 429);
		const row = l.rows[byFn('citizen_portal')]!;
		const umang = row.names.find((n) => n.key === 'ind-umang')!;
		const mark = row.marks.find((m) => m.key === 'ind-umang')!;
		expect([umang.anchor, umang.x - mark.x]).toEqual(['start', 14]);
		expect(nameBox(umang)[1]).toBeLessThanOrEqual(834 - 2 + 1e-6);
		const hometax = l.rows[byFn('tax')]!.names.find((n) => n.key === 'kor-hometax')!;
		expect(hometax.anchor).toBe('end');
	});

	it('wraps a long name on a phone and makes the row taller for it', () => {
		const l = pairsLayout(rows, 340);
		const docs = l.rows[byFn('documents')]!;
		const wallet = docs.names.find((n) => n.key === 'kor-edoc-wallet')!;
		expect(wallet.lines).toEqual(['Korea: e-Certificates wallet, launch not', 'dated']);
		expect(docs.h).toBe(74 + 22 * 3);
	});

	it('names each pair with the text it shows, in reading order', () => {
		const l = pairsLayout(rows, 1000);
		const i = byFn('tax');
		expect(pairLabel(rows[i]!, l.rows[i]!)).toBe(
			'Tax: India 2 years later. Hometax 2002; Income-tax e-filing 2004; GSTN 2017'
		);
	});
});
