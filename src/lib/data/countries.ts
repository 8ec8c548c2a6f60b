const NAMES: Record<string, string> = { KOR: 'Korea', IND: 'India' };

/**
 * Names of countries a user uploaded, added when their datasets are read. Kept out of the
 * committed table so the country list of the upload pipeline stays out of pages that never use it.
 */
const EXTRA = new Map<string, string>();

/** Makes uploaded countries show by name (`Estonia`, not `EST`) wherever a code is displayed. */
export function registerCountryNames(list: readonly { code: string; name: string }[]): void {
	for (const c of list) if (!NAMES[c.code]) EXTRA.set(c.code, c.name);
}

/** Display name of a country code; unknown codes show as themselves. */
export function countryName(code: string): string {
	return NAMES[code] ?? EXTRA.get(code) ?? code;
}

/** Korea first, India second, any other country after them alphabetically. */
export function compareCountries(a: string, b: string): number {
	// Equal codes first: the first localeCompare on a page loads the collation tables (about 35 ms
	// with the CPU slowed 4×), which Korea-and-India-only pages never need.
	if (a === b) return 0;
	const order = (c: string) => (c === 'KOR' ? 0 : c === 'IND' ? 1 : 2);
	return order(a) - order(b) || a.localeCompare(b);
}
