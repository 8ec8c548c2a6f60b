import { describe, expect, it } from 'vitest';
import { COMPARISONS, comparisons } from '../../src/lib/compare/comparisons';
import {
	lagSummary,
	lagTableTakeaway,
	medianSentence,
	pairText,
	signedLag,
	type ComparisonDef
} from '../../src/lib/compare/lags';
import { loadData } from '../../src/lib/data/load.server';
import type { Milestone, System } from '../../src/lib/data/schema';
import { lagBars } from '../../src/lib/overview/headlines';
import { pairRows } from '../../src/lib/systems/pair-rows';
import { ANCHOR_KINDS, findKind } from '../../src/lib/timeline/kinds';

const sys = (p: Partial<System> & Pick<System, 'system_id' | 'country' | 'function'>): System => ({
	name: p.system_id,
	native_name: '',
	launch_date: '',
	operator: '',
	description: '',
	url: '',
	source_ids: ['s'],
	...p
});
const ms = (country: string, date: string, title: string, system_id = ''): Milestone => ({
	country,
	date,
	title,
	category: 'system',
	description: '',
	system_id,
	source_ids: ['m']
});

describe('comparisons from their definitions', () => {
	const defs: ComparisonDef[] = [
		{ id: 'tax', label: 'Tax', group: 'systems', sides: { KOR: 'k-tax', IND: 'i-itr' } },
		{ id: 'customs', label: 'Customs', group: 'systems', sides: { KOR: 'k-cus', IND: 'i-cus' } },
		{ id: 'id', label: 'ID', group: 'systems', sides: { KOR: 'k-id', IND: 'i-id' } },
		{
			id: 'law',
			label: 'Law',
			group: 'foundations',
			sides: { KOR: 'K act', IND: 'I act' },
			unlike: 'Different acts.'
		}
	];
	const systems = [
		sys({
			system_id: 'k-tax',
			country: 'KOR',
			function: 'tax',
			launch_date: '2002-04',
			name: 'Hometax'
		}),
		sys({
			system_id: 'i-gst',
			country: 'IND',
			function: 'tax',
			launch_date: '2017-07-01',
			name: 'GSTN'
		}),
		sys({
			system_id: 'i-itr',
			country: 'IND',
			function: 'tax',
			launch_date: '2004-09-30',
			name: 'ITR'
		}),
		sys({ system_id: 'k-cus', country: 'KOR', function: 'customs' }),
		sys({ system_id: 'i-cus', country: 'IND', function: 'customs', launch_date: '2000' }),
		sys({ system_id: 'k-id', country: 'KOR', function: 'id', launch_date: '1991' })
	];
	const milestones = [
		ms('KOR', '2002-04', 'Hometax launched', 'k-tax'),
		ms('KOR', '2010', 'Hometax renewed', 'k-tax'),
		ms('KOR', '2001-03-28', 'K act'),
		ms('IND', '2000-06-09', 'I act')
	];
	const rows = comparisons({ systems, milestones }, defs);

	it('dates systems by launch, names the marking milestone, and keeps alternatives uncounted', () => {
		const tax = rows[0]!;
		expect([tax.kor!.year, tax.ind!.year, tax.lag, tax.lagText]).toEqual([
			2002,
			2004,
			2,
			'India 2 years later'
		]);
		expect(tax.kor!.milestone).toBe('Hometax launched');
		expect(tax.alternatives.map((a) => a.id)).toEqual(['i-gst']);
		expect(pairText(tax)).toBe('Hometax 2002 → ITR 2004 (GSTN 2017)');
	});

	it('says why a gap is unknown, and carries an unlike pairing into the row', () => {
		expect(rows.map((r) => r.lagText)).toEqual([
			'India 2 years later',
			"Gap unknown: Korea's launch is not dated",
			'No Indian system in the data',
			'India 1 year earlier'
		]);
		expect(rows[3]!.unlike).toBe('Different acts.');
	});

	it('takes the median over dated system rows only', () => {
		expect(medianSentence(lagSummary(rows))).toBe(
			'Median lag across 1 system functions with both launches dated: India 2 years after Korea (gap unknown for Customs, ID).'
		);
		expect([signedLag(10), signedLag(-1), signedLag(0)]).toEqual(['+10', '−1', '0']);
	});

	it('writes the timeline takeaway from every dated row', () => {
		expect(lagTableTakeaway(rows)).toBe(
			'Of 2 steps both countries took, Korea got there first in 1, India in 1; ' +
				'across the 1 system functions the median lag is India 2 years after Korea; ' +
				'the widest gap is tax (2002 vs 2004).'
		);
		expect(lagTableTakeaway([])).toBe('No step is dated for both Korea and India.');
	});
});

describe('one answer on every page, from the committed data', () => {
	const { data } = loadData('data');
	const rows = comparisons(data);

	it('has a comparison for every function in systems.csv, naming systems that exist', () => {
		const fns = new Set(data.systems.map((s) => s.function));
		const defined = COMPARISONS.filter((c) => c.group === 'systems');
		expect(defined.map((c) => c.id).sort()).toEqual([...fns].sort());
		for (const c of defined)
			for (const [country, id] of Object.entries(c.sides))
				expect(data.systems.find((s) => s.system_id === id)?.country, `${c.id} ${id}`).toBe(
					country
				);
	});

	it('gives these lags', () => {
		expect(rows.map((r) => [r.id, r.kor?.year ?? null, r.ind?.year ?? null, r.lag])).toEqual([
			['tax', 2002, 2004, 2],
			['procurement', 2002, 2012, 10],
			['budget_accounting', 2007, 2008, 1],
			['identity', 1991, 2010, 19],
			['citizen_portal', 2002, 2005, 3],
			['documents', null, 2015, null],
			['e_office', 2007, 2010, 3],
			['customs', null, null, null],
			['complaints', 2005, 2007, 2],
			['open_data', 2013, 2012, -1],
			['network', 1987, 1987, 0],
			['egov-law', 2001, 2000, -1],
			['egov-plan', 2003, 2006, 3],
			['literacy-drive', 2000, 2014, 14],
			['disclosure-law', 1996, 2005, 9],
			['disclosure-online', 2006, 2013, 7],
			['participation', 2005, 2014, 9]
		]);
	});

	it('marks every dated system launch it counts with a timeline milestone of the same year', () => {
		const missing = rows
			.filter((r) => r.group === 'systems')
			.flatMap((r) => [r.kor, r.ind])
			.filter((s) => s?.year != null && s.milestone === null)
			.map((s) => s!.id);
		expect(missing).toEqual([]);
	});

	it('agrees between the overview, /systems and the timeline lag table', () => {
		const pairs = pairRows(data.systems);
		const bars = lagBars(pairs);
		const dated = rows.filter((r) => r.group === 'systems' && r.lag !== null);
		const byId = (list: { id: string; lag: number | null }[]) =>
			Object.fromEntries(list.map((r) => [r.id, r.lag]));
		expect(byId(bars.map((b) => ({ id: b.key, lag: b.value })))).toEqual(byId(dated));
		expect(
			byId(pairs.filter((p) => p.lag !== null).map((p) => ({ id: p.function, lag: p.lag })))
		).toEqual(byId(dated));
		expect(medianSentence(lagSummary(pairs))).toBe(medianSentence(lagSummary(rows)));
		expect(medianSentence(lagSummary(rows))).toBe(
			'Median lag across 8 system functions with both launches dated: India 2.5 years after Korea (gap unknown for Documents, Customs).'
		);
		expect(lagTableTakeaway(rows)).toContain(
			'across the 8 system functions the median lag is India 2.5 years after Korea'
		);
	});

	it('anchors the flagship alignment on the milestones the tax comparison dates from', () => {
		const tax = rows.find((r) => r.id === 'tax')!;
		expect(findKind(ANCHOR_KINDS.flagship, 'KOR', data.milestones)?.title).toBe(tax.kor!.milestone);
		expect(findKind(ANCHOR_KINDS.flagship, 'IND', data.milestones)?.title).toBe(tax.ind!.milestone);
	});

	it('aligns by law and plan on the same milestones the foundations rows compare', () => {
		for (const id of ['egov-law', 'egov-plan'] as const)
			expect(ANCHOR_KINDS[id].titles).toEqual(COMPARISONS.find((c) => c.id === id)!.sides);
	});

	it('names, for every milestone comparison, one milestone of that country', () => {
		for (const c of COMPARISONS.filter((d) => d.group !== 'systems'))
			for (const [country, title] of Object.entries(c.sides))
				expect(
					data.milestones.filter((m) => m.country === country && m.title === title),
					`${c.id} ${country}`
				).toHaveLength(1);
	});

	it('dates the people rows from literacy, transparency and participation milestones', () => {
		const people = rows.filter((r) => r.group === 'people');
		const category = (country: string, title: string) =>
			data.milestones.find((m) => m.country === country && m.title === title)!.category;
		expect(
			people.map((r) => [r.id, category('KOR', r.kor!.id), category('IND', r.ind!.id)])
		).toEqual([
			['literacy-drive', 'literacy', 'literacy'],
			['disclosure-law', 'transparency', 'transparency'],
			['disclosure-online', 'transparency', 'transparency'],
			['participation', 'participation', 'participation']
		]);
		// Not in the median: it is still the systems' 2.5 years.
		expect(lagSummary(rows).median).toBe(2.5);
	});

	it('says in the row that an e-government act is paired with an IT act', () => {
		expect(rows.find((r) => r.id === 'egov-law')!.unlike).toMatch(/^Not the same kind of law/);
	});
});
