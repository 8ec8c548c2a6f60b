import type { SystemMetric } from '../data/schema';
import { axisUnit, formatFigure, periodLabel, unitFactor } from './figures';
import { metricSeries } from './metrics';
import type { PanelSpec } from './metrics-layout';

/**
 * Which usage metrics Korea and India measure the same way, decided here, by hand, metric by
 * metric (never by two metrics happening to share an id): for each function, the metrics whose
 * definitions count the same thing, drawn on one scale; for a function with none, why not.
 * Reviewed against every definition in data/system_metrics.csv (data/notes/systems.md).
 */
export interface MetricRef {
	system_id: string;
	metric: string;
}

export interface Comparison {
	function: string;
	/** The panel's title: what both count. */
	title: string;
	/** The unit both series are drawn in (each converts exactly from its own). */
	unit: string;
	kor: MetricRef;
	ind: MetricRef;
	/** What both measure, and where their definitions differ in detail. */
	basis: string;
}

export const COMPARISONS: readonly Comparison[] = [
	{
		function: 'procurement',
		title: 'Registered suppliers',
		unit: 'thousand suppliers',
		kor: { system_id: 'kor-koneps', metric: 'registered_suppliers' },
		ind: { system_id: 'ind-gem', metric: 'registered_suppliers' },
		basis:
			"firms registered to sell on the national e-procurement platform (KONEPS's supplier firms, GeM's sellers and service providers; GeM's figures are lower bounds)"
	},
	{
		function: 'procurement',
		title: 'Buyer organisations',
		unit: 'thousand organisations',
		kor: { system_id: 'kor-koneps', metric: 'buyer_organisations' },
		ind: { system_id: 'ind-gem', metric: 'buyer_organisations' },
		basis:
			'public bodies that buy through the platform (institutions using KONEPS, government organisations registered as buyers on GeM)'
	},
	{
		function: 'citizen_portal',
		title: 'Registered users',
		unit: 'million users',
		kor: { system_id: 'kor-government24', metric: 'registered_users' },
		ind: { system_id: 'ind-umang', metric: 'registered_users' },
		basis:
			"people registered with the national citizen-services portal or app (Government24's individual members, UMANG's registered users)"
	}
];

/** For each function without a comparison: what each side measures instead. */
export const NOT_COMPARABLE: Readonly<Record<string, string>> = {
	tax: "Hometax's counts and e-filing shares cover all national taxes, or one tax each; India's e-filing portal counts income-tax returns only and gives the share filed on paper, not the share e-filed; GSTN counts GST taxpayers and returns.",
	budget_accounting:
		"dBrain's figures are its costs (in US dollars and won), users, agencies, linked systems and functions; PFMS's are the benefit transfers paid through it and its approved outlay (in rupees).",
	identity:
		"Korea's figures are the paper attachments, and their cost, that information sharing replaced from 2005; Aadhaar's are numbers generated, authentications, coverage and linked accounts.",
	documents:
		"Korea's figures count the certificate types offered as e-documents and the paper certificates issued; DigiLocker's count its users and the documents uploaded to or issued into it.",
	e_office:
		"On-nara's counts of users and institutions cover central agencies in 2007 and add local governments in 2009; e-Office's counts are of active users and of ministries in central government only; On-nara's share is of documents, e-Office's of files and receipts.",
	customs:
		"UNI-PASS's yearly count is of the declarations it processes (the source does not break them down), ICEGATE's of bills of entry and shipping bills only; the clearance times and ICEGATE's share of trade documents have no counterpart.",
	complaints:
		"e-People's yearly counts are of complaints (in 2015 only those that reached the ACRC), CPGRAMS's of public grievances, by calendar and by fiscal year; no source in the data says the two count the same thing.",
	open_data: 'data.gov.in has no dated usage figure in the data (the counts found are undated).'
};

export const comparisonsOf = (fn: string) => COMPARISONS.filter((c) => c.function === fn);

/** The plain statement for a function none of whose metrics compare. */
export function noComparisonText(fn: string, label: string): string {
	const why = NOT_COMPARABLE[fn];
	return `No usage metric is measured the same way in both countries for ${label.toLowerCase()}${why ? `: ${why}` : '.'}`;
}

/** What a comparison chart's takeaway says each panel compares. */
export const basisText = (c: Comparison) => `${c.title}: both count ${c.basis}.`;

/**
 * The panels of a pair's comparison chart: both countries' series of each comparable metric on
 * one axis in the comparison's unit. `who` names a system in the legend; `countryOf` gives its
 * country. A comparison whose metrics have no rows (an upload without them) is left out.
 */
export function comparisonPanels(
	fn: string,
	rows: SystemMetric[],
	countryOf: (systemId: string) => string,
	who: (systemId: string) => string
): { comparison: Comparison; panel: PanelSpec }[] {
	return comparisonsOf(fn).flatMap((c) => {
		const sides = [c.kor, c.ind].flatMap((ref) => {
			const s = metricSeries(rows, ref.system_id, countryOf(ref.system_id)).find(
				(m) => m.metric === ref.metric
			);
			const factor = s ? unitFactor(s.unit, c.unit) : null;
			return s && factor !== null ? [{ s, factor, who: who(ref.system_id) }] : [];
		});
		if (sides.length < 2) return [];
		const max = Math.max(...sides.flatMap((x) => x.s.points.map((p) => p.value * x.factor)));
		const panel: PanelSpec = {
			key: `${c.kor.metric}|${c.ind.metric}`,
			title: c.title,
			axis: axisUnit(c.unit, max, 'western'),
			series: sides,
			legend: true
		};
		return [{ comparison: c, panel }];
	});
}

/** The takeaway of a comparison chart: each metric's latest figure on each side, with its period. */
export function comparisonTakeaway(panels: PanelSpec[]): string {
	const latest = panels.map((p) => {
		const sides = p.series.map(({ s, who }) => {
			const last = s.points.at(-1)!;
			return `${who ?? s.country} ${formatFigure(last.value, last.unit, s.style)} in ${periodLabel(last)}`;
		});
		return `${p.title}: ${sides.join(', ')}`;
	});
	return `${latest.join('; ')}.`;
}
