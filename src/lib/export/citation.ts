import type { SourceRef } from '../data/schema.ts';

export interface CitationInput {
	title: string;
	/** The permalink that reproduces the view. */
	url: string;
	sources: SourceRef[];
	dataVersion: string;
	/** The day the analyst looked, YYYY-MM-DD. */
	accessed: string;
}

export const DASHBOARD = 'Korea–India e-government comparison dashboard';

/** A plain-text citation: chart, dashboard, data version, date accessed, permalink, sources. */
export function citationText(c: CitationInput): string {
	const sources = c.sources.map(
		(s) => `${s.publisher}${s.year ? ` (${s.year})` : ''}. ${s.title}. ${s.url}`
	);
	return [
		`"${c.title}". ${DASHBOARD}, data version ${c.dataVersion}. Accessed ${c.accessed}. ${c.url}`,
		...(sources.length ? ['Underlying sources:', ...sources.map((s) => `- ${s}`)] : [])
	].join('\n');
}

/** BibTeX braces protect capitals; backslashes, braces and % are escaped. */
function bib(text: string): string {
	return text.replace(/[\\{}%&$#_]/g, (ch) => `\\${ch}`);
}

/** A BibTeX `@misc` entry, keyed by chart and access date. */
export function citationBibtex(c: CitationInput, chartId: string): string {
	const key = `koreaindia-${chartId}-${c.accessed}`.replace(/[^A-Za-z0-9-]/g, '');
	const sources = c.sources.map((s) => `${s.publisher}, ${s.title}`).join('; ');
	return [
		`@misc{${key},`,
		`  title        = {{${bib(c.title)}}},`,
		`  howpublished = {${bib(DASHBOARD)}},`,
		`  note         = {Data version ${bib(c.dataVersion)}. Accessed ${c.accessed}.${sources ? ` Sources: ${bib(sources)}` : ''}},`,
		`  url          = {${c.url}},`,
		`  urldate      = {${c.accessed}}`,
		'}'
	].join('\n');
}
