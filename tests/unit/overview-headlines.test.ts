import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import {
	lagBars,
	latestShares,
	sharesTakeaway,
	startTakeaway
} from '../../src/lib/overview/headlines';
import { pairRows } from '../../src/lib/systems/pair-rows';

const { data } = loadData();

describe('overview headlines from the committed data', () => {
	it('dates the start of national e-government in each country', () => {
		expect(startTakeaway(data.phases)).toBe(
			'National e-government began in Korea in 2001 (Launch: E-Government Act and 11 initiatives) and in India in 2006 (National e-Governance Plan (NeGP)), 5 years later; computerisation of government started in Korea in 1978 and in India in 1970.'
		);
	});

	it('gives the latest share of each default budget line', () => {
		expect(sharesTakeaway(latestShares(data.budget))).toBe(
			"Latest shares of the national budget: Korea's central informatization budget, 2020 (planned) 1.01%; India's e-governance line, 2023-24 (budgeted) 0.11%; India's IT ministry, 2026-27 (budgeted) 0.40%."
		);
	});

	it('lists the lag of every dated pair, longest first, naming both systems and years', () => {
		expect(lagBars(pairRows(data.systems)).map((b) => [b.label, b.value])).toEqual([
			['Identity: Resident registration 1991 → Aadhaar 2010', 19],
			['Procurement: KONEPS 2002 → CPPP 2012 (GeM 2016)', 10],
			['Citizen portal: Government24 2002 → National Portal 2005 (UMANG 2017)', 3],
			['E-office: On-nara BPS 2007 → e-Office 2010', 3],
			['Complaints: e-People 2005 → CPGRAMS 2007', 2],
			['Tax: Hometax 2002 → Income-tax e-filing 2004 (GSTN 2017)', 2],
			['Budget and accounting: dBrain 2007 → PFMS 2008', 1],
			['Open data: Public Data Portal 2013 → data.gov.in 2012', -1]
		]);
	});
});
