import { describe, expect, it } from 'vitest';
import { budgetEvidenceParts, weakBudgetMark } from '../../src/lib/budget/evidence';
import { factorIndex } from '../../src/lib/budget/convert';
import { budgetTable, LOCAL } from '../../src/lib/budget/series';
import { rowEvidence } from '../../src/lib/charts/table';
import { coverage, evidenceOf, weakerOf } from '../../src/lib/data/evidence';
import { loadData } from '../../src/lib/data/load.server';
import { tableToCsv } from '../../src/lib/export/csv';
import { load } from '../../src/routes/(site)/budget/+page.server';

const { data } = loadData();
const sources = Object.fromEntries(data.sources.map((s) => [s.source_id, s]));
const find = (country: string, year: number, series: string, status = 'budgeted') =>
	data.budget.find(
		(r) => r.country === country && r.year === year && r.series === series && r.status === status
	)!;
const KTV = 'KTV (Korea TV, government broadcaster)';

describe("a budget row's evidence is its amount's, and a share is as strong as the weaker part", () => {
	// 2007: an etnews report of the amount over KTV's official total.
	const kor2007 = find('KOR', 2007, 'kor-egov-support-2007');
	// 2010: KTV's own report of the amount over a NewDaily report of the total.
	const kor2010 = find('KOR', 2010, 'kor-natl-informatization-central-2010');

	it('keeps the sources of the amount and of the total apart', () => {
		expect(kor2007.source_ids).toEqual(['bud-kr-etnews-200707200221']);
		expect(kor2007.national_source_ids).toEqual(['bud-kr-tot-2007']);
		expect(kor2010.source_ids).toEqual(['bud-kr-etnews-200912150257', 'bud-kr-ktv-322344']);
		expect(kor2010.national_source_ids).toEqual(['bud-kr-tot-2010']);
	});

	it('says what each part rests on in the table and the CSV', () => {
		const table = budgetTable([kor2007, kor2010], LOCAL);
		expect(table.rows.map((r) => rowEvidence(r, sources))).toEqual([
			`Amount: press reports only; national total: official, ${KTV}`,
			`Amount: official, ${KTV}; national total: press reports only`
		]);
		expect(table.rows[0]!.source_ids).toEqual(['bud-kr-etnews-200707200221', 'bud-kr-tot-2007']);
		const csv = tableToCsv(table, data.sources).split('\r\n');
		expect(csv[1]).toContain(`,"Amount: press reports only; national total: official, ${KTV}",`);
	});

	it('names the factor of an amount in dollars as a third part', () => {
		const factors = factorIndex(data.conversion_factors);
		const [row] = budgetTable([kor2007], { currency: 'usd', factors }).rows;
		expect(rowEvidence(row!, sources)).toBe(
			`Amount: press reports only; national total: official, ${KTV}; conversion factor: ` +
				'copy of World Bank (2026), retrieved from GitHub (favourdavidemeka/nigeria-market-analysis)'
		);
	});

	it('rings the share of either, and the amount by its own', () => {
		expect(weakBudgetMark(kor2007, 'share', sources)).toBe(true);
		expect(weakBudgetMark(kor2007, 'amount', sources)).toBe(true);
		expect(weakBudgetMark(kor2010, 'share', sources)).toBe(true);
		expect(weakBudgetMark(kor2010, 'amount', sources)).toBe(false);
		expect(
			weakerOf(
				evidenceOf(kor2010.source_ids, sources),
				evidenceOf(kor2010.national_source_ids, sources)
			)?.level
		).toBe('press');
	});

	it('ships the sources of every total with /budget, so its details can name them', () => {
		const page = load();
		const totals = [...new Set(data.budget.flatMap((r) => r.national_source_ids))];
		expect(totals.length).toBe(40);
		expect(totals.filter((id) => !page.sources[id])).toEqual([]);
		expect(page.sources['bud-kr-tot-2007']?.publisher).toBe(KTV);
	});

	it('leaves the total out of a row that has none', () => {
		const ind2018 = find('IND', 2018, 'ind-digital-india-programme', 'actual');
		expect(ind2018.national_lcu_m).toBeNull();
		expect(budgetEvidenceParts(ind2018).map((p) => p.label)).toEqual(['amount']);
	});

	it("counts budget rows by their amount's evidence", () => {
		const budget = coverage(data, data.sources).find((r) => r.file === 'budget')!;
		expect(budget).toEqual({
			file: 'budget',
			rows: 97,
			official: 1,
			research: 0,
			copy: 24,
			press: 66,
			other: 6
		});
	});
});
