import { DATASET_NAMES, type DatasetName } from '../../data/schema.ts';
import { SCHEMAS } from '../../data/columns.ts';

export type Detected =
	| { kind: 'own'; dataset: DatasetName; label: string }
	| { kind: 'egov'; label: string }
	| { kind: 'wdi'; label: string }
	| { kind: 'owid'; label: string }
	/** A line before the header (WDI's "Data Source", "Last Updated Date" lines): skip it. */
	| { kind: 'preamble' };

const norm = (s: string) => s.trim().toLowerCase();

/** A WDI year column: `1960`, or DataBank's `1960 [YR1960]`. */
export const WDI_YEAR = /^(\d{4})(?: \[yr\d{4}\])?$/i;

/** Recognises a file from one row: its header, or a preamble line before the header. */
export function detectFormat(cells: string[]): Detected | null {
	const h = cells.map(norm);
	if (h[0] === 'data source' || h[0] === 'last updated date') return { kind: 'preamble' };

	if (h.includes('country name') && h.includes('e-government index')) {
		return { kind: 'egov', label: 'UN E-Government Knowledgebase data-centre export' };
	}
	// The API download has the country columns first, a DataBank export may have the series
	// columns first: the columns are found by name, in any order.
	if (
		h.includes('country name') &&
		h.includes('country code') &&
		(h.includes('indicator name') || h.includes('series name')) &&
		(h.includes('indicator code') || h.includes('series code')) &&
		h.some((c) => WDI_YEAR.test(c))
	) {
		return h.includes('series name')
			? { kind: 'wdi', label: 'World Bank DataBank export (World Development Indicators)' }
			: { kind: 'wdi', label: 'World Bank World Development Indicators (wide CSV)' };
	}
	if (h[0] === 'entity' && h[1] === 'code' && (h[2] === 'year' || h[2] === 'day')) {
		return h[2] === 'day'
			? { kind: 'owid', label: 'Our World in Data grapher CSV (daily)' }
			: { kind: 'owid', label: 'Our World in Data grapher CSV' };
	}

	// The dashboard's own files: the schema whose columns the header names most of.
	let best: { name: DatasetName; share: number } | null = null;
	for (const name of DATASET_NAMES) {
		const columns = SCHEMAS[name].columns.map((c) => c.name);
		const share = columns.filter((c) => h.includes(c)).length / columns.length;
		if (share > (best?.share ?? 0)) best = { name, share };
	}
	if (best && best.share >= 0.6) {
		return {
			kind: 'own',
			dataset: best.name,
			label: `The dashboard's own ${best.name}.csv format (${SCHEMAS[best.name].title})`
		};
	}
	return null;
}

/** What the alert says a header should look like when none matched. */
export const KNOWN_HEADERS =
	"one of: the dashboard's own files (e.g. country,phase_id,name,start_year,...); " +
	'a UN E-Government export (Survey Year, Country Name, E-Government Rank, E-Government Index, ...); ' +
	'a World Bank WDI CSV (Country Name, Country Code, Indicator Name, Indicator Code, 1960, ...); ' +
	'an Our World in Data CSV (Entity, Code, Year, ...)';
