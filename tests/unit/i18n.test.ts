import { describe, expect, it } from 'vitest';
import { missingMessages } from '../../src/lib/i18n/check';
import { localePath, pagePath } from '../../src/lib/i18n/paths';
import { deLocalizeHref, localizeHref, type Locale } from '../../src/lib/paraglide/runtime';
import { alternates } from '../../src/lib/server/alternates';

const PAGES = ['/', '/timeline/', '/budget/', '/data/sources/', '/embed/egdi-rank/'];
const LOCALES: Locale[] = ['en', 'ko', 'hi'];

describe('paths in a language', () => {
	// Paraglide drops the trailing slash; the site keeps it (SvelteKit's trailingSlash 'always').
	const slash = (p: string) => (p.endsWith('/') ? p : `${p}/`);
	it.each(PAGES)('%s: the same rule as Paraglide’s URL strategy, both ways', (path) => {
		for (const l of LOCALES) {
			expect(localePath(path, l)).toBe(slash(localizeHref(path, { locale: l })));
			expect(pagePath(localePath(path, l))).toBe(
				slash(deLocalizeHref(localizeHref(path, { locale: l })))
			);
		}
	});
	it('puts Korean and Hindi under their prefix, English bare', () => {
		expect(localePath('/timeline/', 'ko')).toBe('/ko/timeline/');
		expect(localePath('/ko/timeline/', 'hi')).toBe('/hi/timeline/');
		expect(localePath('/hi/', 'en')).toBe('/');
		expect(pagePath('/ko/')).toBe('/');
		// A path that only starts like a language is left alone.
		expect(pagePath('/korea/')).toBe('/korea/');
	});
});

describe('alternates', () => {
	it('links the page in every language, relative to where it is', () => {
		expect(alternates('/ko/timeline/')).toBe(
			'<link rel="alternate" hreflang="en" href="../../timeline/">' +
				'<link rel="alternate" hreflang="ko" href="../../ko/timeline/">' +
				'<link rel="alternate" hreflang="hi" href="../../hi/timeline/">' +
				'<link rel="alternate" hreflang="x-default" href="../../timeline/">'
		);
		expect(alternates('/')).toContain('<link rel="alternate" hreflang="hi" href="./hi/">');
	});
});

describe('messages', () => {
	it('exist in all three languages (the build fails otherwise)', () => {
		expect(missingMessages()).toEqual([]);
	});
	it('names what is missing, by language and key', () => {
		expect(
			missingMessages({
				en: { nav_timeline: 'Timeline', nav_budget: 'Budget' },
				ko: { nav_timeline: '연표', nav_budget: ' ' },
				hi: { nav_timeline: 'समयरेखा' }
			})
		).toEqual(['ko: nav_budget', 'hi: nav_budget']);
	});
});
