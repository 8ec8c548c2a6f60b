import type { System } from '../data/schema';

const SHORT: Record<string, string> = {
	'kor-resident-registration': 'Resident registration',
	'kor-edoc-wallet': 'e-Certificates wallet',
	'ind-itr-efiling': 'Income-tax e-filing',
	'ind-cppp': 'CPPP',
	'ind-pfms': 'PFMS',
	'ind-gem': 'GeM',
	'ind-gstn': 'GSTN',
	'ind-national-portal': 'National Portal',
	'ind-data-gov-in': 'data.gov.in',
	'ind-icegate': 'ICEGATE',
	'ind-cpgrams': 'CPGRAMS'
};

/** A system's name short enough to write beside a mark: `KONEPS`, `Government24`. */
export function shortName(s: Pick<System, 'system_id' | 'name'>): string {
	if (SHORT[s.system_id]) return SHORT[s.system_id]!;
	const head = s.name.split(/ \(| \/ |, /)[0]!;
	return head.length <= 22 ? head : `${head.slice(0, 20).replace(/\s+\S*$/, '')}…`;
}
