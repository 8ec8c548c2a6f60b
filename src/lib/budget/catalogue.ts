/**
 * What each budget series is, in a few words, and whether the share chart shows it by default.
 * Following data/notes/budget.md: only series whose amount is central-government money divided by
 * central (Union) total expenditure are comparable with the 1% claim, so only they are on by
 * default. Series not listed here (uploaded data) are shown, labelled by their id.
 */

export type SeriesScope =
	'central' | 'central+local' | 'central+local+private' | 'programme' | 'ministry';

export interface SeriesInfo {
	/** Name in the series picker and the details. */
	label: string;
	/** A few words drawn on the chart where the series starts. */
	short: string;
	scope: SeriesScope;
	/** Series that continue one another across definition breaks share a family. */
	family: string;
	/** On in the share chart unless the user switches it off. */
	defaultOn: boolean;
}

/** Why a scope is off by default; shown next to the series picker. */
export const SCOPE_REASON: Record<SeriesScope, string> = {
	central: 'Central-government money over central-government total expenditure: like for like.',
	'central+local':
		'Includes local-government money, so dividing it by the central total overstates the share.',
	'central+local+private':
		'Includes local and private money, so dividing it by the central total overstates the share.',
	programme:
		'A single programme line (one or a few years): a small part of the total, shown on request.',
	ministry:
		'The whole IT ministry or department: an upper bound, since much of it is not e-government.'
};

export const SERIES: Record<string, SeriesInfo> = {
	'kor-gov-informatization-2004': {
		label: 'Korea: government informatization (2004 basis)',
		short: '2004 basis',
		scope: 'central',
		family: 'kor-central',
		defaultOn: true
	},
	'kor-gov-informatization-2008': {
		label: 'Korea: government informatization (2008 restated basis)',
		short: '2008 restated basis',
		scope: 'central',
		family: 'kor-central',
		defaultOn: true
	},
	'kor-natl-informatization-central-2014': {
		label: 'Korea: national informatization, central (R&D counted, 2014–)',
		short: 'MSIT central, R&D counted',
		scope: 'central',
		family: 'kor-central',
		defaultOn: true
	},
	'kor-natl-informatization-central-2010': {
		label: 'Korea: national informatization, central (R&D not counted, 2010–12)',
		short: 'MSIT central, no R&D',
		scope: 'central',
		family: 'kor-central-no-rd',
		defaultOn: false
	},
	'kor-informatization-promotion-2004': {
		label: 'Korea: MIC informatization promotion plan (central + local + private)',
		short: 'MIC plan, incl. local + private',
		scope: 'central+local+private',
		family: 'kor-mic',
		defaultOn: false
	},
	'kor-natl-informatization-total-2012': {
		label: 'Korea: national informatization, central + local (2012 basis)',
		short: 'central + local (2012)',
		scope: 'central+local',
		family: 'kor-total',
		defaultOn: false
	},
	'kor-natl-informatization-total-2014': {
		label: 'Korea: national informatization, central + local (2014 basis)',
		short: 'central + local, R&D counted',
		scope: 'central+local',
		family: 'kor-total',
		defaultOn: false
	},
	'kor-natl-informatization-2021': {
		label: 'Korea: national informatization, wider digital scope (2021–)',
		short: 'wider digital scope',
		scope: 'central+local',
		family: 'kor-total',
		defaultOn: false
	},
	'ind-dit-egov-plan-2006': {
		label: 'India: e-governance share of the DIT Plan budget',
		short: 'DIT e-governance',
		scope: 'central',
		family: 'ind-egov',
		defaultOn: true
	},
	'ind-digital-india-programme': {
		label: 'India: Digital India Programme',
		short: 'Digital India',
		scope: 'central',
		family: 'ind-egov',
		defaultOn: true
	},
	'ind-dit-plan-outlay-2008': {
		label: 'India: DIT Plan outlay (Budget at a Glance)',
		short: 'DIT Plan outlay',
		scope: 'ministry',
		family: 'ind-ministry',
		defaultOn: true
	},
	'ind-it-ministry-total': {
		label: 'India: IT ministry total (DeitY/MeitY)',
		short: 'IT ministry total',
		scope: 'ministry',
		family: 'ind-ministry',
		defaultOn: true
	},
	'ind-dit-allocation-2007': {
		label: 'India: DIT allocation (budget speech)',
		short: 'DIT allocation (speech)',
		scope: 'ministry',
		family: 'ind-ministry-speech',
		defaultOn: false
	},
	'ind-deity-plan-gbs-2016': {
		label: 'India: DeitY Plan budgetary support',
		short: 'DeitY Plan support',
		scope: 'ministry',
		family: 'ind-ministry-gbs',
		defaultOn: false
	}
};

/** Programme lines not in the table above: a fallback that keeps them off by default. */
export function seriesInfo(id: string): SeriesInfo {
	const known = SERIES[id];
	if (known) return known;
	const programme = /^(kor|ind)-/.test(id);
	const label = id
		.replace(/^(kor|ind)-/, (m) => (m === 'kor-' ? 'Korea: ' : 'India: '))
		.replace(/-\d{4}$/, '')
		.replace(/-/g, ' ');
	return {
		label,
		short: label.replace(/^(Korea|India): /, ''),
		scope: programme ? 'programme' : 'central',
		family: id,
		defaultOn: !programme
	};
}

/** Names of the families of series, as the evidence panel and the takeaway say them. */
export const FAMILY_LABEL: Record<string, string> = {
	'kor-central': "Korea's central informatization budget",
	'kor-central-no-rd': "Korea's central informatization budget without R&D",
	'kor-mic': "Korea's MIC informatization plan (central + local + private)",
	'kor-total': "Korea's central + local informatization budget",
	'ind-egov': "India's e-governance line (DIT e-governance, then Digital India)",
	'ind-ministry': "India's IT ministry (DIT Plan outlay, then DeitY/MeitY total)",
	'ind-ministry-speech': "India's DIT allocation in the budget speech",
	'ind-ministry-gbs': "India's DeitY Plan budgetary support"
};
