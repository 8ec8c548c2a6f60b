import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import type { Milestone } from '../../src/lib/data/schema';
import {
	ANCHOR_KINDS,
	anchorsFor,
	type KindDef,
	LAG_KINDS,
	lagTable,
	lagTakeaway,
	lagText,
	realignRange,
	rebase
} from '../../src/lib/timeline/kinds';

const ms = (country: string, date: string, title: string): Milestone => ({
	country,
	date,
	title,
	category: 'system',
	description: '',
	system_id: '',
	source_ids: ['s']
});

const KINDS: KindDef[] = [
	{ id: 'net', label: 'Network', titles: { KOR: 'K net', IND: 'I net' } },
	{ id: 'tax', label: 'Tax', titles: { KOR: 'K tax', IND: 'I tax' } },
	{ id: 'data', label: 'Open data', titles: { KOR: 'K data', IND: 'I data' } },
	{ id: 'id', label: 'ID', titles: { KOR: 'K id', IND: 'I id' } }
];
const FIXTURE = [
	ms('KOR', '1987', 'K net'),
	ms('IND', '1987-06', 'I net'),
	ms('KOR', '2002-04', 'K tax'),
	ms('IND', '2004-09-30', 'I tax'),
	ms('KOR', '2013', 'K data'),
	ms('IND', '2012', 'I data'),
	// India has no "I id" row: the kind is left out of the table.
	ms('KOR', '1991-03-22', 'K id'),
	ms('IND', '2010', 'I id (not the mapped title)')
];

describe('the lag table', () => {
	it('gives the year in each country and the lag for kinds both have', () => {
		const rows = lagTable(FIXTURE, 'KOR', 'IND', KINDS);
		expect(rows.map((r) => [r.kind.label, r.firstYear, r.secondYear, r.lag])).toEqual([
			['Network', 1987, 1987, 0],
			['Tax', 2002, 2004, 2],
			['Open data', 2013, 2012, -1]
		]);
		expect(rows[1]!.second.title).toBe('I tax');
	});

	it('says the lag in words', () => {
		expect([lagText(0, 'IND'), lagText(2, 'IND'), lagText(-1, 'IND')]).toEqual([
			'same year',
			'India 2 years later',
			'India 1 year earlier'
		]);
	});

	it('writes the takeaway from the rows', () => {
		expect(lagTakeaway(lagTable(FIXTURE, 'KOR', 'IND', KINDS))).toBe(
			'Of 3 milestone kinds both countries reached, Korea got there first in 1, India in 1, ' +
				"both in the same year in 1; India's median lag is 0 years; " +
				'the widest gap is in Tax (2002 vs 2004).'
		);
		expect(lagTakeaway([])).toBe('No milestone kind is dated for both Korea and India.');
	});
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

describe('the kind mapping against the real data', () => {
	const { data } = loadData('data');
	const all = [...LAG_KINDS, ...Object.values(ANCHOR_KINDS)];

	it.each(all.flatMap((k) => Object.entries(k.titles).map(([c, t]) => [k.label, c, t])))(
		'%s, %s: "%s" is exactly one milestone',
		(_, country, title) => {
			expect(
				data.milestones.filter((m) => m.country === country && m.title === title)
			).toHaveLength(1);
		}
	);

	it('gives these lags between Korea and India', () => {
		expect(
			lagTable(data.milestones).map((r) => [r.kind.label, r.firstYear, r.secondYear, r.lag])
		).toEqual([
			['National network', 1987, 1987, 0],
			['E-government law', 2001, 2000, -1],
			['National e-government plan', 2003, 2006, 3],
			['Tax e-filing', 2002, 2004, 2],
			['E-procurement', 2002, 2012, 10],
			['Digital ID', 1991, 2010, 19],
			['Citizen portal', 2002, 2005, 3],
			['E-office', 2007, 2010, 3],
			['Open data portal', 2013, 2012, -1]
		]);
	});
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
