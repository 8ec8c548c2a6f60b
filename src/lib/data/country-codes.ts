// Names → ISO 3166-1 alpha-3 codes for uploaded files, over the table in country-names.ts. Kept
// apart from countries.ts (Korea, India and registered names), which every chart page loads: the
// table reaches only the code that reads uploads.
import { AGGREGATE_NAME, COUNTRY_TABLE, WB_AGGREGATES } from './country-names.ts';

/**
 * The key two spellings of a name share: no accents, no case, punctuation as spaces, so
 * "Côte d’Ivoire ", "Cote d'Ivoire" and "COTE D IVOIRE" all match.
 */
export function nameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const BY_NAME = new Map<string, string>();
const DISPLAY = new Map<string, string>();
for (const [code, , names] of COUNTRY_TABLE) {
	DISPLAY.set(code, names[0]!);
	for (const n of names) BY_NAME.set(nameKey(n), code);
}

/**
 * ISO 3166-1 alpha-3 code of a country name as the UN, World Bank or OWID write it; null if
 * unknown. Parenthesised forms the table does not list are tried turned round ("Korea (Democratic
 * People's Republic of)" → "Democratic People's Republic of Korea") and then without the
 * parentheses ("Georgia (Country)" → "Georgia"), unless the qualifier could name another country.
 */
export function countryCode(name: string): string | null {
	const key = nameKey(name);
	const exact = BY_NAME.get(key);
	if (exact) return exact;
	const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name.trim());
	if (!m) return null;
	const [, base, qualifier] = m as unknown as [string, string, string];
	const turned = BY_NAME.get(nameKey(`${qualifier} ${base}`));
	if (turned) return turned;
	if (/democratic|people|republic of the/i.test(qualifier)) return null;
	return BY_NAME.get(nameKey(base)) ?? null;
}

/** A region or group as World Bank and OWID files name them (used when the code says nothing). */
export function isAggregateName(name: string): boolean {
	return countryCode(name) === null && AGGREGATE_NAME.test(name);
}

/** True for a code the table knows (ISO 3166-1 alpha-3, plus XKX for Kosovo). */
export function isKnownCode(code: string): boolean {
	return DISPLAY.has(code);
}

/** The name the dashboard shows for a code. */
export function displayName(code: string): string {
	return DISPLAY.get(code) ?? code;
}

/** The ISO codes of the 193 UN member states. */
export const UN_MEMBERS: readonly string[] = COUNTRY_TABLE.filter(([, m]) => m).map(([c]) => c);

export function isWorldBankAggregate(code: string): boolean {
	return WB_AGGREGATES.has(code);
}
