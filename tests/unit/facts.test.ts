import { DATASET_NAMES } from '../../src/lib/data/schema';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';

// Facts that must never change by accident. If one of these fails, a figure in data/ moved:
// check it against its source before changing the test.
const { data } = loadData('data');

const index = (country: string, name: string, edition: number) =>
	data.indices.find((r) => r.country === country && r.index === name && r.edition === edition);
const milestone = (country: string, title: string) =>
	data.milestones.find((m) => m.country === country && m.title.startsWith(title));
const system = (id: string) => data.systems.find((s) => s.system_id === id);

describe('pinned facts', () => {
	it.each([
		['KOR', 2010, 1, 192],
		['KOR', 2014, 1, 193],
		['KOR', 2024, 4, 193],
		['IND', 2010, 119, 192],
		['IND', 2024, 97, 193]
	])('%s EGDI rank in %i is %i of %i', (country, edition, rank, of) => {
		expect(index(country, 'EGDI', edition)).toMatchObject({ rank, of });
	});

	it('Hometax launched in April 2002 and KONEPS in October 2002', () => {
		expect(system('kor-hometax')?.launch_date).toBe('2002-04');
		expect(system('kor-koneps')?.launch_date).toBe('2002-10');
		expect(milestone('KOR', 'Hometax launched')?.date).toBe('2002-04');
	});

	it('the E-Government Act was enacted on 2001-03-28', () => {
		expect(milestone('KOR', 'E-Government Act enacted')?.date).toBe('2001-03-28');
	});

	it('NeGP was approved on 2006-05-18 and the first Aadhaar numbers issued on 2010-09-29', () => {
		expect(milestone('IND', 'NeGP approved')?.date).toBe('2006-05-18');
		expect(milestone('IND', 'Aadhaar: first numbers issued')?.date).toBe('2010-09-29');
		expect(system('ind-aadhaar')?.launch_date).toBe('2010-09-29');
	});

	it("the seed's 1% statement is a milestone cited to the seed document only", () => {
		const claim = milestone('KOR', 'CIPS post: Korea earmarked 1% of national budget');
		const seed = data.sources.find((s) => s.url === 'http://www.cips.org.in/gdln-distance-series/');
		expect(claim).toMatchObject({
			date: '2017',
			category: 'budget',
			source_ids: [seed?.source_id]
		});
	});
});

describe('coverage', () => {
	const count = <T extends { country: string }>(rows: T[], country: string) =>
		rows.filter((r) => r.country === country).length;

	it('has at least 8 Korean and 7 Indian phases, 40 milestones each', () => {
		expect(count(data.phases, 'KOR')).toBeGreaterThanOrEqual(8);
		expect(count(data.phases, 'IND')).toBeGreaterThanOrEqual(7);
		expect(count(data.milestones, 'KOR')).toBeGreaterThanOrEqual(40);
		expect(count(data.milestones, 'IND')).toBeGreaterThanOrEqual(40);
	});

	it('has at least 10 functions with a system in both countries, and 80 metric rows', () => {
		const functions = (c: string) =>
			new Set(data.systems.filter((s) => s.country === c).map((s) => s.function));
		const both = [...functions('KOR')].filter((f) => functions('IND').has(f));
		expect(both.length).toBeGreaterThanOrEqual(10);
		expect(data.system_metrics.length).toBeGreaterThanOrEqual(80);
	});

	it('has EGDI, OSI, TII, HCI and EPI for all 12 UN survey editions, both countries', () => {
		const editions = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024];
		const missing = ['KOR', 'IND'].flatMap((c) =>
			['EGDI', 'OSI', 'TII', 'HCI', 'EPI'].flatMap((i) =>
				editions.filter((e) => !index(c, i, e)).map((e) => `${c} ${i} ${e}`)
			)
		);
		expect(missing).toEqual([]);
	});

	it('has the Korean informatization budget for 2004–2023 with national totals', () => {
		const years = new Set(
			data.budget
				.filter(
					(b) =>
						b.country === 'KOR' && b.series.includes('informatization') && b.national_lcu_m !== null
				)
				.map((b) => b.year)
		);
		const missing = Array.from({ length: 20 }, (_, i) => 2004 + i).filter((y) => !years.has(y));
		// No source gives 2013 (only a back-calculation, which is not data).
		expect(missing).toEqual([2013]);
	});
});

it('every row of every dataset cites at least one source that exists', () => {
	const known = new Set(data.sources.map((s) => s.source_id));
	const uncited = DATASET_NAMES.filter((n) => n !== 'sources').flatMap((name) =>
		(data[name] as { source_ids: string[] }[])
			.map((row, i) => ({ name, i, ids: row.source_ids }))
			.filter(({ ids }) => ids.length === 0 || ids.some((id) => !known.has(id)))
	);
	expect(uncited).toEqual([]);
});
