import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import {
	lagBars,
	latestShares,
	sharesTakeaway,
	startTakeaway
} from '../../src/lib/overview/headlines';
import { pairRows } from '../../src/lib/systems/lag';

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

	it('lists the lag of every dated pair, longest first', () => {
		expect(lagBars(pairRows(data.systems)).map((b) => [b.label, b.value])).toEqual([
			['Identity', 19],
			['Procurement', 10],
			['Citizen portal', 3],
			['E-office', 3],
			['Complaints', 2],
			['Tax', 2],
			['Budget and accounting', 1],
			['Open data', -1]
		]);
	});
});
