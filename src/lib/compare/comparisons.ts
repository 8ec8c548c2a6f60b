import type { Milestone, System } from '../data/schema';
import { lagText, yearOfDate, type Comparison, type ComparisonDef, type Side } from './lags';
import { shortName } from '../systems/names';

/**
 * The comparisons themselves: which system or milestone stands for each step in each country.
 * Kept apart from lags.ts, whose sentences pages draw with, so the definitions (and their
 * sentences) stay on the server: pages receive the computed rows.
 */
type Code = 'KOR' | 'IND';

export const COMPARISONS: readonly ComparisonDef[] = [
	{
		id: 'tax',
		label: 'Tax',
		group: 'systems',
		sides: { KOR: 'kor-hometax', IND: 'ind-itr-efiling' },
		basis:
			'Income-tax e-filing opened nationwide in 2004; the 2003 e-return pilot in seven cities was narrower. GSTN (2017) files a different tax.'
	},
	{
		id: 'procurement',
		label: 'Procurement',
		group: 'systems',
		sides: { KOR: 'kor-koneps', IND: 'ind-cppp' },
		basis:
			'CPPP counts from January 2012, when e-publication of central tenders became mandatory (its e-tendering software was piloted in two states from November 2007); the GeM marketplace followed in 2016.'
	},
	{
		id: 'budget_accounting',
		label: 'Budget and accounting',
		group: 'systems',
		sides: { KOR: 'kor-dbrain', IND: 'ind-pfms' },
		basis:
			'PFMS counts from its 2008-09 pilot in four states as CPSMS; the national roll-out was approved in December 2013.'
	},
	{
		id: 'identity',
		label: 'Identity',
		group: 'systems',
		sides: { KOR: 'kor-resident-registration', IND: 'ind-aadhaar' },
		basis:
			'Korea put its existing resident registration online (trial from April 1991); India issued new biometric numbers (September 2010).'
	},
	{
		id: 'citizen_portal',
		label: 'Citizen portal',
		group: 'systems',
		sides: { KOR: 'kor-government24', IND: 'ind-national-portal' },
		basis: 'Government24 counts from the G4C portal of November 2002; UMANG (2017) is a mobile app.'
	},
	{
		id: 'documents',
		label: 'Documents',
		group: 'systems',
		sides: { KOR: 'kor-edoc-wallet', IND: 'ind-digilocker' }
	},
	{
		id: 'e_office',
		label: 'E-office',
		group: 'systems',
		sides: { KOR: 'kor-onnara', IND: 'ind-eoffice' },
		basis:
			'On-nara government-wide (January 2007); e-Office pilots in three departments (September 2010).'
	},
	{
		id: 'customs',
		label: 'Customs',
		group: 'systems',
		sides: { KOR: 'kor-unipass', IND: 'ind-icegate' }
	},
	{
		id: 'complaints',
		label: 'Complaints',
		group: 'systems',
		sides: { KOR: 'kor-epeople', IND: 'ind-cpgrams' }
	},
	{
		id: 'open_data',
		label: 'Open data',
		group: 'systems',
		sides: { KOR: 'kor-data-portal', IND: 'ind-data-gov-in' }
	},
	{
		id: 'network',
		label: 'National network',
		group: 'foundations',
		sides: {
			KOR: 'National administrative network: five NBIS backbone networks set up',
			IND: 'NICNET: national satellite network launched'
		}
	},
	{
		id: 'egov-law',
		label: 'First e-government law',
		group: 'foundations',
		sides: { KOR: 'E-Government Act enacted', IND: 'IT Act 2000: presidential assent' },
		basis: 'Enactment in both countries (each Act came into force the same year).',
		unlike:
			"Not the same kind of law: Korea's E-Government Act governs e-government itself; India has no e-government act, and its IT Act 2000 gives electronic records and signatures legal force."
	},
	{
		id: 'egov-plan',
		label: 'National e-government plan',
		group: 'foundations',
		sides: {
			KOR: 'National e-government roadmap approved: 31 tasks',
			IND: 'NeGP approved by the Union Government'
		}
	},
	{
		id: 'literacy-drive',
		label: 'National digital-literacy drive',
		group: 'people',
		sides: {
			KOR: "President orders the 'Informatization Education for 10 Million' drive",
			IND: 'National Digital Literacy Mission and DISHA begin (2014-2016)'
		},
		basis:
			"Korea counts from the President's order of April 2000; India from NDLM and DISHA (2014), which PMGDISHA followed in February 2017.",
		unlike:
			"Not the same reach: Korea's drives took in anyone left behind and counted people trained, a person possibly twice; India's schemes trained one person per household."
	},
	{
		id: 'disclosure-law',
		label: 'Right to information law',
		group: 'people',
		sides: {
			KOR: 'Official Information Disclosure Act promulgated (Act No. 5242)',
			IND: 'Right to Information Act 2005 receives Presidential assent'
		},
		basis:
			"Enactment in both (promulgation, Presidential assent); Korea's Act came into force in January 1998, India's in full in October 2005."
	},
	{
		id: 'disclosure-online',
		label: 'Information requests online',
		group: 'people',
		sides: {
			KOR: 'Online disclosure portal (open.go.kr) built, 2006-2007',
			IND: 'RTI Online portal launched (rtionline.gov.in)'
		},
		basis:
			"Korea's portal is dated only as built in 2006–2007 and counts from 2006; RTI Online from the DoPT memorandum of April 2013 (for all central ministries from August 2013)."
	},
	{
		id: 'participation',
		label: 'Online participation platform',
		group: 'people',
		sides: {
			KOR: 'e-People complaints and proposals portal launched',
			IND: 'MyGov citizen engagement platform launched'
		},
		unlike:
			"Not the same kind of platform: e-People began as one window for complaints and policy proposals; MyGov was built for discussions, tasks and polls, which Korea's National Idea Box took up later."
	}
];

function systemSide(s: System, milestones: readonly Milestone[]): Side {
	const year = yearOfDate(s.launch_date);
	const mark = milestones.find(
		(m) => m.system_id === s.system_id && year !== null && yearOfDate(m.date) === year
	);
	return {
		id: s.system_id,
		country: s.country,
		name: s.name,
		short: shortName(s),
		date: s.launch_date,
		year,
		source_ids: s.source_ids,
		milestone: mark?.title ?? null
	};
}

function milestoneSide(m: Milestone): Side {
	return {
		id: m.title,
		country: m.country,
		name: m.title,
		short: m.title.split(':')[0]!,
		date: m.date,
		year: yearOfDate(m.date),
		source_ids: m.source_ids,
		milestone: m.title
	};
}

/** Every comparison the data supports, in the order of `defs`. */
export function comparisons(
	data: { systems: readonly System[]; milestones: readonly Milestone[] },
	defs: readonly ComparisonDef[] = COMPARISONS
): Comparison[] {
	return defs.map((def) => {
		const side = (c: Code): Side | null => {
			if (def.group === 'systems') {
				const s = data.systems.find((x) => x.system_id === def.sides[c] && x.country === c);
				return s ? systemSide(s, data.milestones) : null;
			}
			const m = data.milestones.find((x) => x.country === c && x.title === def.sides[c]);
			return m ? milestoneSide(m) : null;
		};
		const kor = side('KOR');
		const ind = side('IND');
		const alternatives =
			def.group === 'systems'
				? data.systems
						.filter(
							(s) =>
								s.function === def.id &&
								s.system_id !== def.sides.KOR &&
								s.system_id !== def.sides.IND
						)
						.map((s) => systemSide(s, data.milestones))
						.sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'))
				: [];
		return {
			id: def.id,
			label: def.label,
			group: def.group,
			basis: def.basis ?? null,
			unlike: def.unlike ?? null,
			kor,
			ind,
			alternatives,
			lag: kor?.year != null && ind?.year != null ? ind.year - kor.year : null,
			lagText: lagText(kor, ind, def.group)
		};
	});
}
