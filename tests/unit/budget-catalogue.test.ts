import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import {
	CATALOGUED,
	DEFAULT_RATIONALE,
	offReason,
	seriesInfo
} from '../../src/lib/budget/catalogue';
import {
	defaultSeries,
	familyEvidence,
	familyShares,
	seriesIds
} from '../../src/lib/budget/series';
import { latestShares } from '../../src/lib/overview/budget-bars';

const { data } = loadData();
const ids = seriesIds(data.budget);
const yearsOf = (id: string) => [
	...new Set(data.budget.filter((r) => r.series === id).map((r) => r.year))
];

describe('the series catalogue', () => {
	it('names every series in data/budget.csv for people, not by its id', () => {
		expect(ids.filter((id) => !CATALOGUED.includes(id))).toEqual([]);
		for (const id of ids) {
			const { name } = seriesInfo(id);
			// An id read aloud ("egov mogaha hq") has neither capitals nor the id's own words in order.
			expect(name, id).not.toBe(id.replace(/^(kor|ind)-/, '').replace(/-/g, ' '));
			expect(name, id).toMatch(/[A-Z]/);
			expect(name, id).not.toMatch(/\b(egov|mogaha|dpg|mois|kor|ind)\b/);
		}
		expect(seriesInfo('kor-egov-mogaha-hq-2006').name).toBe(
			"Interior ministry's e-Government Headquarters (budget request)"
		);
		expect(seriesInfo('kor-dpg-leading-2022').name).toBe(
			'Digital Platform Government: first leading projects'
		);
		expect(seriesInfo('kor-mois-egov-2023').name).toBe("Interior ministry's e-government budget");
	});

	it('gives every series off by default a reason, and none to a series on by default', () => {
		for (const id of ids) {
			const why = offReason(id, yearsOf(id));
			if (seriesInfo(id).defaultOn) expect(why, id).toBeNull();
			else expect(why, id).toMatch(/\w{3,}.*\.$/);
		}
	});

	it('never gives a reason that contradicts the years of the series', () => {
		for (const id of ids) {
			const why = offReason(id, yearsOf(id)) ?? '';
			const years = yearsOf(id);
			// "single year" only for a series with one year (and a one-year programme line says so);
			// every year named is one the series has.
			if (/single[- ]year|one year|a few years/i.test(why))
				expect(years, `${id}: ${why}`).toHaveLength(1);
			if (seriesInfo(id).scope === 'programme' && years.length === 1)
				expect(why, id).toMatch(/single[- ]year/i);
			for (const y of why.match(/\b(19|20)\d\d\b/g) ?? [])
				expect(years, `${id} names ${y}`).toContain(Number(y));
		}
		// The e-Government support projects run 2007–09 and 2021–24: not "a single programme year".
		expect(offReason('kor-egov-support-2007', yearsOf('kor-egov-support-2007'))).toBe(
			"One programme or one ministry's part: a part of the whole, shown on request."
		);
		expect(offReason('kor-egov-nextgen-2008', yearsOf('kor-egov-nextgen-2008'))).toBe(
			"A single year's figure for one programme or one ministry's part: a part of the whole, shown on request."
		);
	});

	it('says local money is in a series only where its definition says so', () => {
		for (const id of ids) {
			const why = offReason(id, yearsOf(id)) ?? '';
			const definition = data.budget.find((r) => r.series === id)!.definition;
			if (/local/i.test(why)) expect(definition, id).toMatch(/local/i);
		}
	});

	it('keeps the sentence that justifies the default word for word in data/notes/budget.md', () => {
		const notes = readFileSync('data/notes/budget.md', 'utf8').replace(/\s+/g, ' ');
		expect(notes).toContain(DEFAULT_RATIONALE);
	});
});

describe('the default set: like with like, on /budget and on /', () => {
	const shown = defaultSeries(data.budget);

	it("draws Korea's central informatization budget and India's e-governance line, and no whole-ministry total", () => {
		expect([...new Set(shown.map((id) => seriesInfo(id).family))]).toEqual([
			'kor-central',
			'ind-egov'
		]);
		expect(shown.map((id) => seriesInfo(id).scope).every((s) => s === 'central')).toBe(true);
		expect(shown).not.toContain('ind-it-ministry-total');
	});

	it('gives the home page one bar per default family, at the latest share /budget computes', () => {
		const bars = latestShares(data.budget);
		const evidence = familyEvidence(data.budget, shown);
		expect(bars.map((b) => b.key)).toEqual(evidence.map((e) => e.family));
		const drawn = data.budget.filter((r) => shown.includes(r.series));
		for (const b of bars) expect(b.value).toBe(familyShares(drawn, b.key).at(-1)!.share);
		expect(bars.map((b) => `${b.label} ${b.valueText}`)).toEqual([
			"Korea's central informatization budget, 2020 (planned) 1.01%",
			"India's e-governance line, 2023-24 (budgeted) 0.11%"
		]);
	});
});
