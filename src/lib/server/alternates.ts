import { localePath, pagePath } from '$lib/i18n/paths';
import { baseLocale, locales } from '$lib/paraglide/runtime';

/**
 * `<link rel="alternate" hreflang>` for the page in every language (and x-default, English),
 * relative like every link of the prerendered site. Written into the HTML here rather than by a
 * component, so it costs the browser no script; the prerender follows these links, which is how
 * the /ko/ and /hi/ pages are found.
 */
export function alternates(pathname: string): string {
	const depth = pathname.split('/').length - 2;
	const up = depth > 0 ? '../'.repeat(depth) : './';
	const path = pagePath(pathname);
	const link = (lang: string, to: string) =>
		`<link rel="alternate" hreflang="${lang}" href="${up}${to.slice(1)}">`;
	return [
		...locales.map((l) => link(l, localePath(path, l))),
		link('x-default', localePath(path, baseLocale))
	].join('');
}
