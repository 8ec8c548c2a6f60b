import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';

/** Each language's name in itself, as the switcher offers it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어', hi: 'हिन्दी' };

/** Where the reader's choice of language is kept between visits. */
export const LANGUAGE_KEY = 'dashboard-language';

export const isLocale = (s: unknown): s is Locale => locales.some((l) => l === s);

/**
 * The page's path without its language: "/ko/timeline/" → "/timeline/". The same rule as
 * Paraglide's URL strategy (a test holds them equal), without its URL-pattern runtime, which
 * would weigh on every page's first load.
 */
export function pagePath(pathname: string): string {
	const first = /^\/([^/]+)(\/.*)?$/.exec(pathname);
	if (!first || !isLocale(first[1]) || first[1] === baseLocale) return pathname;
	return first[2] ?? '/';
}

/** "/timeline/" in a language: "/ko/timeline/" (English keeps the bare path). */
export function localePath(path: string, locale: Locale): string {
	const bare = pagePath(path);
	return locale === baseLocale ? bare : `/${locale}${bare}`;
}

/**
 * A link to a page of the site in a language, relative like every link of the prerendered site:
 * "../ko/timeline/" from /budget/.
 */
export const localeHref = (path: string, locale: Locale): ResolvedPathname =>
	(resolve('/') + localePath(path, locale).slice(1)) as ResolvedPathname;
