/**
 * What each budget series is, in words people use, and whether the chart draws it by default: the
 * one place the names, the reasons a series is off and the default set are written.
 * Following data/notes/budget.md: the default compares like with like, each country's
 * central-government money for government informatization or e-government over central total
 * expenditure (DEFAULT_RATIONALE). Series not listed here (uploaded data) are shown, named from
 * their id.
 */

import { countryName } from '../data/countries';

export type SeriesScope =
	'central' | 'central+local' | 'central+local+private' | 'programme' | 'ministry';

export interface SeriesInfo {
	/** Name for people, without the country: the series picker, the details, the table. */
	name: string;
	/** `Korea: <name>`. */
	label: string;
	/** A few words drawn on the chart where the series starts. */
	short: string;
	/** Fewer words still, for a phone (falls back to `short`). */
	tiny: string;
	scope: SeriesScope;
	/** Series that continue one another across definition breaks share a family. */
	family: string;
	/** Drawn unless the user switches it off. */
	defaultOn: boolean;
	/** Why it is off by default, where its scope's reason (offReason) does not say it well. */
	why?: string;
}

/**
 * The default set in one sentence: shown above the series picker, and word for word in
 * data/notes/budget.md (a unit test keeps the two the same).
 */
export const DEFAULT_RATIONALE =
	"On by default, like with like: each country's central-government money for government informatization or e-government over its central total expenditure — Korea's central informatization budget and India's e-governance line (the IT department's NeGP share, then the NeGP Action Plan and Digital India lines) — while India's whole IT-ministry budgets, much of which is not e-government, are off.";

type Entry = Omit<SeriesInfo, 'label' | 'tiny'> & { tiny?: string };

const ENTRIES: Record<string, Entry> = {
	'kor-gov-informatization-2004': {
		name: 'Government informatization budget, budget ministry (2004 basis)',
		short: 'Gov. informatization, 2004 basis',
		tiny: '2004 basis',
		scope: 'central',
		family: 'kor-central',
		defaultOn: true
	},
	'kor-gov-informatization-2008': {
		name: 'Government informatization budget, budget ministry (2008 restated basis)',
		short: '2008 restated basis',
		tiny: 'restated',
		scope: 'central',
		family: 'kor-central',
		defaultOn: true
	},
	'kor-natl-informatization-central-2014': {
		name: 'National informatization, central agencies (R&D counted)',
		short: 'MSIT central, R&D counted',
		tiny: 'R&D counted',
		scope: 'central',
		family: 'kor-central',
		defaultOn: true
	},
	'kor-natl-informatization-central-2010': {
		name: 'National informatization, central agencies (R&D not counted)',
		short: 'MSIT central, no R&D',
		scope: 'central',
		family: 'kor-central-no-rd',
		defaultOn: false,
		why: "Counts no informatization R&D, unlike the budget ministry's series drawn for the same years, so the two do not measure the same thing."
	},
	'kor-informatization-promotion-2004': {
		name: 'Informatization promotion plan of the ICT ministry (central, local and private)',
		short: 'MIC plan, incl. local + private',
		tiny: 'MIC plan',
		scope: 'central+local+private',
		family: 'kor-mic',
		defaultOn: false
	},
	'kor-natl-informatization-total-2012': {
		name: 'National informatization, central and local (2012 basis)',
		short: 'central + local (2012)',
		tiny: 'central + local',
		scope: 'central+local',
		family: 'kor-total',
		defaultOn: false
	},
	'kor-natl-informatization-total-2014': {
		name: 'National informatization, central and local (R&D counted)',
		short: 'central + local, R&D counted',
		tiny: 'local, R&D',
		scope: 'central+local',
		family: 'kor-total',
		defaultOn: false
	},
	'kor-natl-informatization-2021': {
		name: 'National informatization, central and local, wider digital scope',
		short: 'wider digital scope',
		tiny: 'wider scope',
		scope: 'central+local',
		family: 'kor-total',
		defaultOn: false
	},
	'kor-egov-11-projects-2002': {
		name: '11 flagship e-government projects of the Special Committee (national and local funds)',
		short: '11 e-gov projects',
		scope: 'programme',
		family: 'kor-egov-11-projects-2002',
		defaultOn: false,
		why: "A single year's budget for 11 projects, with local funds in it, and with no central total expenditure for 2002 to divide it by."
	},
	'kor-egov-roadmap-tasks-2006': {
		name: 'The 31 e-Government Roadmap tasks (interior ministry request)',
		short: '31 roadmap tasks',
		scope: 'programme',
		family: 'kor-egov-roadmap-tasks-2006',
		defaultOn: false
	},
	'kor-egov-mogaha-hq-2006': {
		name: "Interior ministry's e-Government Headquarters (budget request)",
		short: 'e-Gov HQ request',
		scope: 'programme',
		family: 'kor-egov-mogaha-hq-2006',
		defaultOn: false
	},
	'kor-egov-support-2007': {
		name: 'e-Government support projects (interior ministry)',
		short: 'e-Gov support projects',
		scope: 'programme',
		family: 'kor-egov-support-2007',
		defaultOn: false
	},
	'kor-egov-nextgen-2008': {
		name: 'Next-generation e-government programme',
		short: 'next-generation e-gov',
		scope: 'programme',
		family: 'kor-egov-nextgen-2008',
		defaultOn: false
	},
	'kor-mopas-informatization-2008': {
		name: "Interior ministry's own informatization budget",
		short: 'MOPAS informatization',
		scope: 'programme',
		family: 'kor-mopas-informatization-2008',
		defaultOn: false
	},
	'kor-egov-all-ministries-2017': {
		name: 'E-government budget across all ministries (interior ministry count)',
		short: 'e-gov, all ministries',
		scope: 'programme',
		family: 'kor-egov-all-ministries-2017',
		defaultOn: false,
		why: 'A single-year count of the e-government part of the central informatization budget, across all ministries: narrower than the series drawn by default.'
	},
	'kor-mois-digital-gov-2022': {
		name: "Interior ministry's digital government innovation budget",
		short: 'MOIS digital government',
		scope: 'programme',
		family: 'kor-mois-digital-gov-2022',
		defaultOn: false
	},
	'kor-mois-egov-2023': {
		name: "Interior ministry's e-government budget",
		short: 'MOIS e-government',
		scope: 'programme',
		family: 'kor-mois-egov-2023',
		defaultOn: false
	},
	'kor-dpg-leading-2022': {
		name: 'Digital Platform Government: first leading projects',
		short: 'DPG leading projects',
		scope: 'programme',
		family: 'kor-dpg-leading-2022',
		defaultOn: false
	},
	'kor-dpg-related-2024': {
		name: 'Digital Platform Government-related budget across ministries (proposal)',
		short: 'DPG-related budget',
		scope: 'programme',
		family: 'kor-dpg-related-2024',
		defaultOn: false
	},
	'ind-dit-egov-plan-2006': {
		name: "E-governance share of the IT department's Plan budget (NeGP)",
		short: 'DIT e-governance (NeGP)',
		tiny: 'DIT e-gov',
		scope: 'central',
		family: 'ind-egov',
		defaultOn: true
	},
	'ind-egov-action-plan-2014': {
		name: 'National e-Governance Action Plan line (IT department)',
		short: 'NeGP Action Plan',
		tiny: 'NeGP plan',
		scope: 'central',
		family: 'ind-egov',
		defaultOn: true
	},
	'ind-digital-india-programme': {
		name: 'Digital India Programme line (IT ministry)',
		short: 'Digital India',
		scope: 'central',
		family: 'ind-egov',
		defaultOn: true
	},
	'ind-digital-india-manpower-2014': {
		name: "'Digital India + manpower development' line, before Digital India began",
		short: 'Digital India + manpower',
		scope: 'programme',
		family: 'ind-digital-india-manpower-2014',
		defaultOn: false
	},
	'ind-dit-allocation-2007': {
		name: "IT department's allocation, as the budget speech gave it",
		short: 'DIT allocation (speech)',
		scope: 'ministry',
		family: 'ind-ministry-speech',
		defaultOn: false
	},
	'ind-dit-plan-outlay-2008': {
		name: "IT department's whole Plan outlay (Budget at a Glance)",
		short: 'DIT Plan outlay',
		tiny: 'DIT Plan',
		scope: 'ministry',
		family: 'ind-ministry',
		defaultOn: false
	},
	'ind-it-ministry-total': {
		name: "IT ministry's whole budget (DeitY, then MeitY)",
		short: 'IT ministry total',
		tiny: 'IT ministry',
		scope: 'ministry',
		family: 'ind-ministry',
		defaultOn: false,
		why: 'The whole IT ministry: from 2021-22 much of it goes to semiconductor, PLI and AI programmes, not e-government.'
	},
	'ind-deity-plan-gbs-2016': {
		name: "IT department's Plan budgetary support",
		short: 'DeitY Plan support',
		scope: 'ministry',
		family: 'ind-ministry-gbs',
		defaultOn: false
	}
};

/** The catalogued series ids: every series in data/budget.csv (a unit test keeps it so). */
export const CATALOGUED = Object.keys(ENTRIES);

/** What a series is; for an id not in the catalogue (an upload), a name made from the id. */
export function seriesInfo(id: string): SeriesInfo {
	const country = id.startsWith('kor-') ? 'KOR' : id.startsWith('ind-') ? 'IND' : '';
	const known = ENTRIES[id];
	if (known) {
		return {
			...known,
			tiny: known.tiny ?? known.short,
			label: `${countryName(country)}: ${known.name}`
		};
	}
	const name = id.replace(/^(kor|ind)-/, '').replace(/-/g, ' ');
	return {
		name,
		label: country ? `${countryName(country)}: ${name}` : name,
		short: name,
		tiny: name,
		scope: 'central',
		family: id,
		defaultOn: true
	};
}

/**
 * Why a series is off by default, in a sentence that holds for its own years (`years`: the years
 * it has figures for); null for a series drawn by default.
 */
export function offReason(id: string, years: readonly number[]): string | null {
	const info = seriesInfo(id);
	if (info.defaultOn) return null;
	if (info.why) return info.why;
	const single = new Set(years).size === 1;
	switch (info.scope) {
		case 'central+local':
			return 'Includes local-government money, so dividing it by the central total overstates the share.';
		case 'central+local+private':
			return 'Includes local and private money, so dividing it by the central total overstates the share.';
		case 'programme':
			return `${single ? "A single year's figure for one" : 'One'} programme or one ministry's part: a part of the whole, shown on request.`;
		case 'ministry':
			return "The whole IT department's budget, not only its e-government lines: it does not measure the same thing as Korea's informatization budget.";
		default:
			return 'A different definition from the series drawn for the same years.';
	}
}

/** Names of the families of series, as the evidence panel and the takeaway say them. */
export const FAMILY_LABEL: Record<string, string> = {
	'kor-central': "Korea's central informatization budget",
	'kor-central-no-rd': "Korea's central informatization budget without R&D",
	'kor-mic': "Korea's MIC informatization plan (central + local + private)",
	'kor-total': "Korea's central + local informatization budget",
	'ind-egov': "India's e-governance line (NeGP, then Digital India)",
	'ind-ministry': "India's IT ministry (DIT Plan outlay, then DeitY/MeitY total)",
	'ind-ministry-speech': "India's DIT allocation in the budget speech",
	'ind-ministry-gbs': "India's DeitY Plan budgetary support"
};
