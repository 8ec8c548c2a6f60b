import { kindSummary } from '../data/evidence.ts';
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

/**
 * One underlying source: the original publisher first, its kind, and for a copy where it was
 * read — `UN DESA (2012). egdi-2012.csv. Official; retrieved from GitHub (UNU-EGOV/datasets), https://...`.
 */
export function sourceCitation(s: SourceRef): string {
	const head = `${s.publisher}${s.year ? ` (${s.year})` : ''}. ${s.title}.`;
	const kind = s.kind ? `${s.kind.charAt(0).toUpperCase()}${s.kind.slice(1)}` : 'Uploaded';
	const where = s.via ? `retrieved from ${s.via}${s.url ? `, ${s.url}` : ''}` : s.url;
	return `${head} ${kind}${where ? `; ${where}` : ''}`;
}

/** A plain-text citation: chart, dashboard, data version, date accessed, permalink, sources. */
export function citationText(c: CitationInput): string {
	return [
		`"${c.title}". ${DASHBOARD}, data version ${c.dataVersion}. Accessed ${c.accessed}. ${c.url}`,
		...(c.sources.length
			? [
					`Underlying sources (${kindSummary(c.sources)}):`,
					...c.sources.map((s) => `- ${sourceCitation(s)}`)
				]
			: [])
	].join('\n');
}

/** BibTeX braces protect capitals; backslashes, braces and % are escaped. */
function bib(text: string): string {
	return text.replace(/[\\{}%&$#_]/g, (ch) => `\\${ch}`);
}

/** A BibTeX `@misc` entry, keyed by chart and access date. */
export function citationBibtex(c: CitationInput, chartId: string): string {
	const key = `koreaindia-${chartId}-${c.accessed}`.replace(/[^A-Za-z0-9-]/g, '');
	const sources = c.sources
		.map((s) => `${s.publisher}, ${s.title}${s.via ? ` (retrieved from ${s.via})` : ''}`)
		.join('; ');
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
