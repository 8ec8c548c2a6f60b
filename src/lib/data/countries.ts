const NAMES: Record<string, string> = { KOR: 'Korea', IND: 'India' };

/** Display name of a country code; unknown codes show as themselves. */
export function countryName(code: string): string {
	return NAMES[code] ?? code;
}

/** Korea first, India second, any other country after them alphabetically. */
export function compareCountries(a: string, b: string): number {
	const order = (c: string) => (c === 'KOR' ? 0 : c === 'IND' ? 1 : 2);
	return order(a) - order(b) || a.localeCompare(b);
}
