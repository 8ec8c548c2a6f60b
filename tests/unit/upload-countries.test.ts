import { describe, expect, it } from 'vitest';
import { COUNTRY_TABLE } from '../../src/lib/data/country-names';
import {
	countryCode,
	displayName,
	isWorldBankAggregate,
	nameKey,
	UN_MEMBERS
} from '../../src/lib/data/country-codes';

describe('country names to ISO 3166-1 alpha-3', () => {
	it.each([
		['Republic of Korea', 'KOR'],
		['Korea, Rep.', 'KOR'],
		['South Korea', 'KOR'],
		["Democratic People's Republic of Korea", 'PRK'],
		["Korea, Dem. People's Rep.", 'PRK'],
		['Türkiye', 'TUR'],
		['Turkiye', 'TUR'],
		['Turkey', 'TUR'],
		["Côte d'Ivoire", 'CIV'],
		['Cote d’Ivoire', 'CIV'],
		['India', 'IND'],
		['Iran (Islamic Republic of)', 'IRN'],
		['Iran, Islamic Rep.', 'IRN'],
		['Venezuela (Bolivarian Republic of)', 'VEN'],
		['Venezuela, RB', 'VEN'],
		['United Republic of Tanzania', 'TZA'],
		['Congo, Dem. Rep.', 'COD'],
		['Democratic Republic of the Congo', 'COD'],
		['Congo, Rep.', 'COG'],
		['Congo', 'COG'],
		['Egypt, Arab Rep.', 'EGY'],
		['Gambia, The', 'GMB'],
		['Bahamas, The', 'BHS'],
		["Lao People's Democratic Republic", 'LAO'],
		['Lao PDR', 'LAO'],
		['Micronesia, Fed. Sts.', 'FSM'],
		['Micronesia (Federated States of)', 'FSM'],
		['Republic of Moldova', 'MDA'],
		['St. Kitts and Nevis', 'KNA'],
		['Kyrgyz Republic', 'KGZ'],
		['Slovak Republic', 'SVK'],
		['Viet Nam', 'VNM'],
		['Yemen, Rep.', 'YEM'],
		['Netherlands (Kingdom of the)', 'NLD'],
		['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
		['United States of America', 'USA'],
		['Hong Kong SAR, China', 'HKG'],
		['West Bank and Gaza', 'PSE'],
		['State of Palestine', 'PSE'],
		['Kosovo', 'XKX'],
		['São Tomé and Príncipe', 'STP'],
		['Sao Tome and Principe', 'STP'],
		['  Estonia  ', 'EST'],
		['ESTONIA', 'EST']
	])('%s → %s', (name, code) => {
		expect(countryCode(name)).toBe(code);
	});

	it.each(['Atlantis', '', 'World', 'High income', 'Korea, Rep. of Atlantis'])(
		'%j matches nothing',
		(name) => {
			expect(countryCode(name)).toBeNull();
		}
	);

	it('covers the 193 UN member states, each once', () => {
		expect(UN_MEMBERS).toHaveLength(193);
		expect(new Set(UN_MEMBERS).size).toBe(193);
	});

	it('never maps one spelling to two countries, and every code is three capitals', () => {
		const seen = new Map<string, string>();
		for (const [code, , names] of COUNTRY_TABLE) {
			expect(code).toMatch(/^[A-Z]{3}$/);
			for (const n of names) {
				const owner = seen.get(nameKey(n));
				expect(owner === undefined || owner === code, `${n}: ${owner} and ${code}`).toBe(true);
				seen.set(nameKey(n), code);
			}
		}
		expect(new Set(COUNTRY_TABLE.map(([c]) => c)).size).toBe(COUNTRY_TABLE.length);
	});

	it('shows the first spelling of each entry', () => {
		expect(displayName('TUR')).toBe('Türkiye');
		expect(displayName('CIV')).toBe("Côte d'Ivoire");
		expect(displayName('ZZZ')).toBe('ZZZ');
	});

	it('recognises World Bank aggregates by code, not countries', () => {
		expect(['WLD', 'EAS', 'HIC', 'LMY', 'EUU', 'SAS'].map(isWorldBankAggregate)).toEqual(
			Array(6).fill(true)
		);
		expect(['KOR', 'IND', 'EST'].map(isWorldBankAggregate)).toEqual([false, false, false]);
	});
});
