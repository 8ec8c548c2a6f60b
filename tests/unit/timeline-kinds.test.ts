import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import type { Milestone } from '../../src/lib/data/schema';
import {
	ANCHOR_KINDS,
	anchorsFor,
	missingAnchorReason,
	notShownText,
	realignRange,
	rebase
} from '../../src/lib/timeline/kinds';
import type { MilestoneCategory } from '../../src/lib/data/schema';

const ms = (country: string, date: string, title: string): Milestone => ({
	country,
	date,
	title,
	category: 'system',
	description: '',
	system_id: '',
	source_ids: ['s']
});

describe('anchor re-basing', () => {
	const kinds = { ...ANCHOR_KINDS };
	it('puts each country at "years since" its own anchor year', () => {
		const data = [
			ms('KOR', '2001-03-28', ANCHOR_KINDS['egov-law'].titles.KOR!),
			ms('IND', '2000-06-09', ANCHOR_KINDS['egov-law'].titles.IND!)
		];
		const a = anchorsFor('egov-law', ['KOR', 'IND'], data, {});
		expect([a.KOR?.year, a.IND?.year]).toEqual([2001, 2000]);
		expect(rebase(2003.5, a.KOR!)).toBe(2.5);
		expect(rebase(2003.5, a.IND!)).toBe(3.5);
		expect(kinds.flagship.titles.KOR).toBe('Hometax launched');
	});
	it('uses typed years per country, 2000 where none was typed', () => {
		const a = anchorsFor('year', ['KOR', 'IND', 'USA'], [], { KOR: 1987, IND: 2006 });
		expect([a.KOR?.year, a.IND?.year, a.USA?.year]).toEqual([1987, 2006, 2000]);
	});
	it('leaves out a country without the anchor milestone and re-bases nothing for calendar', () => {
		expect(anchorsFor('egov-plan', ['KOR'], [], {})).toEqual({ KOR: null });
		expect(anchorsFor('calendar', ['KOR'], [], {})).toEqual({
			KOR: { year: 0, milestone: null }
		});
	});
});

describe('an uploaded lane in aligned mode', () => {
	const of = (category: MilestoneCategory, country: string, date: string, title: string) => ({
		...ms(country, date, title),
		category
	});
	// As tests/fixtures/upload/milestones-estonia-aligned.csv has them, out of date order.
	const est = [
		of('system', 'EST', '2002-01', 'National ID card issued'),
		of('law', 'EST', '2000-03-08', 'Digital Signatures Act passed'),
		of('infrastructure', 'EST', '2001-12', 'X-Road data exchange layer launched'),
		of('law', 'EST', '2007', 'Public Information Act amended'),
		of('system', 'KOR', '1990', 'A Korean system not named by any kind')
	];

	it("counts from the country's own earliest milestone of the kind's category", () => {
		const law = anchorsFor('egov-law', ['EST'], est, {}).EST!;
		expect([law.year, law.milestone?.title, law.earliestOf]).toEqual([
			2000,
			'Digital Signatures Act passed',
			'law'
		]);
		const flagship = anchorsFor('flagship', ['EST'], est, {}).EST!;
		expect([flagship.year, flagship.milestone?.title]).toEqual([2002, 'National ID card issued']);
		expect(rebase(2005, law)).toBe(5);
	});

	it('leaves Korea and India on the milestones the kinds name, never on a category', () => {
		// Korea's only system here is not Hometax: Korea has no year 0, whatever its categories.
		expect(anchorsFor('flagship', ['KOR', 'EST'], est, {}).KOR).toBeNull();
	});

	it('says plainly why a lane without one is left out', () => {
		const a = anchorsFor('egov-plan', ['KOR', 'EST'], est, {});
		expect(a.EST).toBeNull();
		expect(missingAnchorReason('egov-plan', 'EST')).toBe(
			'your data has no plan milestone for it to count from'
		);
		expect(notShownText('egov-plan', ['EST'], () => 'Estonia')).toBe(
			'Not shown in this alignment: Estonia (your data has no plan milestone for it to count from). Choose “A year I type” to place every lane.'
		);
		expect(notShownText('egov-plan', ['KOR'], () => 'Korea')).toBe(
			'Not shown in this alignment: Korea (no “National e-government plan” milestone in the data).'
		);
		expect(notShownText('year', ['EST'], () => 'Estonia')).toBe('');
	});
});

describe('the kind mapping against the real data', () => {
	const { data } = loadData('data');
	const all = Object.values(ANCHOR_KINDS);

	it.each(all.flatMap((k) => Object.entries(k.titles).map(([c, t]) => [k.label, c, t])))(
		'%s, %s: "%s" is exactly one milestone',
		(_, country, title) => {
			expect(
				data.milestones.filter((m) => m.country === country && m.title === title)
			).toHaveLength(1);
		}
	);
	it.each(all.flatMap((k) => Object.values(k.titles).map((t) => [k.label, t, k.category])))(
		'%s: "%s" is of the category an uploaded lane counts from (%s)',
		(_, title, category) => {
			expect(data.milestones.find((m) => m.title === title)?.category).toBe(category);
		}
	);
});

describe('realignRange', () => {
	const at = (year: number) => ({ year, milestone: null });
	const calendar = { KOR: at(0), IND: at(0) };
	const plans = { KOR: at(2003), IND: at(2006) };

	it('keeps the years in view, counted from the first lane’s new year 0', () => {
		expect(realignRange([1995, 2005], calendar, plans, ['KOR', 'IND'])).toEqual([-8, 2]);
		expect(realignRange([-8, 2], plans, calendar, ['KOR', 'IND'])).toEqual([1995, 2005]);
	});

	it('goes by the next lane where the first has no year 0, and gives up where none has', () => {
		expect(
			realignRange([1995, 2005], calendar, { KOR: null, IND: at(2006) }, ['KOR', 'IND'])
		).toEqual([-11, -1]);
		expect(
			realignRange([1995, 2005], calendar, { KOR: null, IND: null }, ['KOR', 'IND'])
		).toBeNull();
	});
});
