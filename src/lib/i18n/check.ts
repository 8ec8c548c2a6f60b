import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LOCALE_FILES = ['en', 'ko', 'hi'] as const;

function messages(locale: string): Record<string, unknown> {
	const file = fileURLToPath(new URL(`../../../messages/${locale}.json`, import.meta.url));
	const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	delete all.$schema;
	return all;
}

/**
 * "ko: nav_timeline" for every key one language has and another lacks (or leaves empty), so a
 * missing translation fails the build instead of showing English in its place.
 */
export function missingMessages(given?: Record<string, Record<string, unknown>>): string[] {
	const byLocale = new Map(
		given ? Object.entries(given) : LOCALE_FILES.map((l) => [l, messages(l)] as const)
	);
	const keys = new Set([...byLocale.values()].flatMap((m) => Object.keys(m)));
	const missing: string[] = [];
	for (const [locale, m] of byLocale)
		for (const key of [...keys].sort()) {
			const v = m[key];
			if (v === undefined || (typeof v === 'string' && v.trim() === ''))
				missing.push(`${locale}: ${key}`);
		}
	return missing;
}
