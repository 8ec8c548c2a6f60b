import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import type { Milestone } from '../../src/lib/data/schema';
import { ANCHOR_KINDS, anchorsFor, realignRange, rebase } from '../../src/lib/timeline/kinds';

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
