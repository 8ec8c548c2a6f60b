/**
 * One colour per country everywhere (Okabe–Ito based, colour-blind safe; each ≥ 4.5:1 on white so
 * it also works for text). Uploaded countries take the next colours in order.
 */
export const COUNTRY_COLOURS: Record<string, string> = {
	KOR: '#0072B2',
	IND: '#C04F00'
};

export const EXTRA_COLOURS = ['#007A5E', '#8E4F8C', '#6B6B00', '#2F4B7C'] as const;

export function countryColour(code: string, index = 0): string {
	return COUNTRY_COLOURS[code] ?? EXTRA_COLOURS[index % EXTRA_COLOURS.length]!;
}
