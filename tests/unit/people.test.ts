import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import type { PeopleMetric } from '../../src/lib/data/schema';
import {
	internetSeries,
	internetTable,
	internetTakeaway,
	literacy,
	literacyTable,
	literacyTakeaway,
	openness,
	opennessTakeaway,
	peopleText,
	percentText,
	populationFor,
	populationsText
} from '../../src/lib/people/figures';
import { drivesLayout, internetLayout, opennessLayout } from '../../src/lib/people/layout';
import { textWidth } from '../../src/lib/charts/text';

const { data } = loadData();
const rural = data.people_metrics.find((m) => m.metric === 'rural_households')!;
const lit = literacy(data.people_metrics, data.programmes);

const pop = (country: string, year: number, value: number): PeopleMetric => ({
	country,
	metric: 'population',
	year,
	value,
	unit: 'people',
	definition: '',
	source_ids: ['s'],
	notes: ''
});

describe('the literacy drives as a share of the population', () => {
	it('divides each count by the sourced population of the nearest year, the earlier on a tie', () => {
		const rows = [pop('KOR', 2000, 46), pop('KOR', 2005, 47), pop('IND', 2011, 1210)];
		expect(populationFor(rows, 'KOR', 2002)?.year).toBe(2000);
		expect(populationFor(rows, 'KOR', 2004)?.year).toBe(2005);
		expect(populationFor(rows, 'KOR', 2002.5)?.year).toBe(2000);
		expect(populationFor(rows, 'IND', 2024)?.year).toBe(2011);
		expect(populationFor(rows, 'JPN', 2024)).toBeNull();
	});

	it('gives every count and target its share, to the hundredth', () => {
		expect(lit.points.map((p) => `${p.drive.key} ${p.row.year} ${p.share.toFixed(2)}%`)).toEqual([
			'kor-infoedu 2002 28.96%',
			'kor-infoedu 2004 53.24%',
			'ind-ndlm-disha 2016 0.41%',
			'ind-pmgdisha 2018 0.94%',
			'ind-pmgdisha 2021 2.59%',
			'ind-pmgdisha 2022 3.98%',
			'ind-pmgdisha 2024 4.48%'
		]);
		expect(lit.targets.map((t) => `${t.programme.programme_id} ${t.share.toFixed(2)}%`)).toEqual([
			'kor-infoedu-10m 21.27%',
			'ind-ndlm-disha 0.41%',
			'ind-pmgdisha 4.53%'
		]);
	});

	it('writes its takeaway from the largest count of each country', () => {
		expect(literacyTakeaway(lit, rural)).toBe(
			"Korea's informatization education trained 25.6 million people by 2004, 53.2% of its population; India's PMGDISHA trained 6.39 crore (63.9 million) by 2024, 4.5% of its population. Its target of 6 crore rural households was 35.6% of India's 16.85 crore (2014)."
		);
		expect(literacyTakeaway({ points: [], targets: [], spans: [] }, null)).toBe(
			'The data do not give people trained for both countries.'
		);
	});

	it('names the populations it divides by, what they are, and each share over another year’s', () => {
		expect(populationsText(lit)).toBe(
			"Populations divided by: Korea 47,008,111 (2000), 47,644,736 (2002), 48,082,519 (2004); India 1,293,859,294 (2014), 1,324,171,354 (2016), 1,425,775,850 (2023). Population, total: World Bank mid-year estimate (WDI SP.POP.TOTL). Population of India, UN estimate for the end of April 2023 (UN DESA, as quoted in the press). India's 2018 (over 2016's), 2021 (over 2023's), 2022 (over 2023's) and 2024 (over 2023's) shares are over the nearest year in the data."
		);
	});

	it('writes numbers at their own precision, crore beside millions for India', () => {
		expect(peopleText(25_600_000, 'KOR')).toBe('25.6 million');
		expect(peopleText(63_900_000, 'IND')).toBe('6.39 crore (63.9 million)');
		expect(peopleText(5_367_000, 'IND')).toBe('5.367 million');
		expect([percentText(0.444), percentText(54.175)]).toEqual(['0.44%', '54.2%']);
	});

	it('tables every count and target with its population, citing both', () => {
		const t = literacyTable(lit);
		expect(t.rows).toHaveLength(10);
		const kor = t.rows[1]!;
		expect(kor.cells).toEqual({
			country: 'Korea',
			drive: 'Informatization education',
			year: 2004,
			what: 'trained (cumulative)',
			people: 25600000,
			population: '48082519 (2004)',
			share: 53.24
		});
		expect(kor.source_ids).toEqual(['ppl-unpsa-kado', 'ppl-wb-wdi-pop']);
	});
});

describe('internet use', () => {
	const series = internetSeries(data.people_metrics);

	it('keeps the World Bank/ITU series only, every year from 2000, never a national survey', () => {
		expect(series.map((s) => [s.country, s.rows.length, s.runs.length])).toEqual([
			['KOR', 24, 1],
			['IND', 25, 1]
		]);
		expect(series[0]!.rows.find((r) => r.year === 2018)?.value).toBe(96.0229);
		expect(internetTakeaway(series)).toBe(
			'Korea: 44.7% of the population used the Internet in 2000, 97.416% in 2023; India: 0.527532% of the population used the Internet in 2000, 64.9% in 2024.'
		);
	});

	it('says where a country has no figure, with an empty table row, never 0', () => {
		const none = internetSeries(data.people_metrics.filter((m) => m.country !== 'KOR'));
		expect(internetTakeaway(none)).toBe(
			'Korea: no World Bank/ITU figure in the data; India: 0.527532% of the population used the Internet in 2000, 64.9% in 2024.'
		);
		expect(internetTable(none).rows[0]!.cells).toEqual({
			country: 'Korea',
			year: null,
			value: null
		});
		expect(internetLayout(none, lit.spans, 1000).texts.map((t) => t.text)).toContain(
			'Korea: no World Bank/ITU figure in the data'
		);
	});

	it('never joins a missing year', () => {
		const gap = data.people_metrics.filter(
			(m) => m.metric === 'internet_users_pct' && m.country === 'IND' && m.year !== 2010
		);
		const [, ind] = internetSeries(gap);
		expect(ind!.runs.map((r) => [r[0]!.year, r.at(-1)!.year])).toEqual([
			[2000, 2009],
			[2011, 2024]
		]);
		expect(internetTakeaway(internetSeries(gap))).toContain('64.9% in 2024, with 1 gap.');
		const g = internetLayout(internetSeries(gap), lit.spans, 1000);
		expect(g.paths.map((p) => p.key)).toEqual(['IND-0', 'IND-1']);
	});
});

describe('transparency and participation, side by side', () => {
	const cols = openness(data.milestones);

	it('lists each country’s milestones of the two kinds in date order', () => {
		expect(cols.map((c) => [c.country, c.milestones.length])).toEqual([
			['KOR', 8],
			['IND', 5]
		]);
		expect(opennessTakeaway(cols)).toBe(
			'Transparency first in Korea in 1996 (Official Information Disclosure Act promulgated), in India in 2005 (Right to Information Act 2005 receives Presidential assent); participation first in Korea in 2005 (e-People complaints and proposals portal launched), in India in 2014 (MyGov citizen engagement platform launched).'
		);
	});

	it.each([1000, 340])('keeps every title inside its column at %d px', (width) => {
		const g = opennessLayout(cols, width);
		const colW = width < 600 ? width : (width - 40) / 2;
		for (const it of g.items) {
			const x0 = width < 600 ? 0 : it.country === 'KOR' ? 0 : colW + 40;
			for (const l of it.lines)
				expect(l.x + textWidth(l.text, 15, 600)).toBeLessThanOrEqual(x0 + colW);
		}
		const ys = g.items.flatMap((it) => it.lines.map((l) => `${it.country}:${l.y}`));
		expect(new Set(ys).size).toBe(ys.length);
	});
});

describe('the time charts', () => {
	it.each([1000, 340])('keep every label inside the chart and apart at %d px', (width) => {
		for (const g of [
			drivesLayout(lit, width),
			internetLayout(internetSeries(data.people_metrics), lit.spans, width)
		]) {
			const boxes = [
				...g.texts.map((t) => {
					const w = textWidth(t.text, 15, 600);
					return { t: t.text, x1: t.x - w / 2, x2: t.x + w / 2, y1: t.y - 15, y2: t.y + 4 };
				}),
				// The y axis's labels, right-aligned 8 px left of the plot, centred on their line.
				...g.yTicks.map((t) => ({
					t: t.text,
					x1: g.plot.x1 - 8 - textWidth(t.text, 16),
					x2: g.plot.x1 - 8,
					y1: t.y - 8,
					y2: t.y + 8
				}))
			];
			for (const b of boxes) {
				expect(b.x1, b.t).toBeGreaterThanOrEqual(0);
				expect(b.x2, b.t).toBeLessThanOrEqual(width);
				expect(b.y1, b.t).toBeGreaterThanOrEqual(0);
				expect(b.y2, b.t).toBeLessThanOrEqual(g.height);
			}
			for (const [i, a] of boxes.entries())
				for (const b of boxes.slice(i + 1))
					expect(
						a.x2 + 3 <= b.x1 || b.x2 + 3 <= a.x1 || a.y2 + 3 <= b.y1 || b.y2 + 3 <= a.y1,
						`${a.t} / ${b.t}`
					).toBe(true);
		}
	});

	it('put a drive at the same x in both charts', () => {
		const a = drivesLayout(lit, 1000);
		const b = internetLayout(internetSeries(data.people_metrics), lit.spans, 1000);
		const pmg = (bands: typeof a.bands) => bands.find((x) => x.key.includes('pmgdisha'))!;
		expect(pmg(b.bands).x).toBeCloseTo(pmg(a.bands).x, 6);
	});
});

describe('one answer on two pages', () => {
	it('gives the overview the same shares as the /people chart', async () => {
		const { load } = await import('../../src/routes/(site)/+page.server');
		const home = (load as () => { reach: { valueText: string }[]; reachTakeaway: string })();
		expect(home.reach.map((b) => b.valueText)).toEqual(['53.2%', '4.5%']);
		expect(home.reachTakeaway).toBe(literacyTakeaway(lit, rural));
	});
});

describe('the lag, step by step', () => {
	it('comes from the lag module’s people rows, the timeline lag table’s rows', async () => {
		const { comparisons } = await import('../../src/lib/compare/comparisons');
		const { peopleLagBars, peopleLagTakeaway } = await import('../../src/lib/people/figures');
		const { load } = await import('../../src/routes/(site)/people/+page.server');
		const page = (load as () => { lags: { id: string; lag: number | null }[] })();
		const timeline = comparisons(data).filter((c) => c.group === 'people');
		expect(page.lags.map((r) => [r.id, r.lag])).toEqual(timeline.map((r) => [r.id, r.lag]));
		expect(peopleLagBars(timeline).map((b) => `${b.label} = ${b.valueText}`)).toEqual([
			'National digital-literacy drive: 2000 → 2014 = 14 years later',
			'Right to information law: 1996 → 2005 = 9 years later',
			'Information requests online: 2006 → 2013 = 7 years later',
			'Online participation platform: 2005 → 2014 = 9 years later'
		]);
		expect(peopleLagTakeaway(timeline)).toBe(
			'India took all 4 steps after Korea: national digital-literacy drive 14 years later (2000 → 2014); right to information law 9 years later (1996 → 2005); information requests online 7 years later (2006 → 2013); online participation platform 9 years later (2005 → 2014).'
		);
	});
});
