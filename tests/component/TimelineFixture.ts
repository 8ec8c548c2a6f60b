import type { Milestone, Phase, Source, System } from '../../src/lib/data/schema';
import { comparisons } from '../../src/lib/compare/comparisons';
import { ALL_CATEGORIES } from '../../src/lib/timeline/marks';

/** A small timeline: two lanes, titles the lag table and anchors know. */
export const PHASES: Phase[] = [
	{
		country: 'KOR',
		phase_id: 'kor-nbis',
		name: 'NBIS networks',
		start_year: 1987,
		end_year: 1996,
		administration: '',
		summary: '',
		key_initiatives: [],
		source_ids: ['src-k']
	},
	{
		country: 'IND',
		phase_id: 'ind-negp',
		name: 'NeGP',
		start_year: 2006,
		end_year: 2014,
		administration: '',
		summary: '',
		key_initiatives: [],
		source_ids: ['src-i']
	}
];

const m = (
	country: string,
	date: string,
	title: string,
	category: Milestone['category'],
	extra: Partial<Milestone> = {}
): Milestone => ({
	country,
	date,
	title,
	category,
	description: '',
	system_id: '',
	source_ids: [country === 'KOR' ? 'src-k' : 'src-i'],
	...extra
});

export const MILESTONES: Milestone[] = [
	m(
		'KOR',
		'1987',
		'National administrative network: five NBIS backbone networks set up',
		'infrastructure'
	),
	m('KOR', '2001-03-28', 'E-Government Act enacted', 'law'),
	m('KOR', '2002-04', 'Hometax launched', 'system', {
		description: 'Online tax filing opened to all taxpayers.',
		system_id: 'kor-hometax'
	}),
	m('IND', '1987', 'NICNET: national satellite network launched', 'infrastructure'),
	m('IND', '2000-06-09', 'IT Act 2000: presidential assent', 'law'),
	m('IND', '2004-09-30', 'Income-tax e-filing: 2004 e-return and internet schemes', 'system')
];

export const SOURCES: Record<string, Source> = {
	'src-k': {
		source_id: 'src-k',
		title: 'Korea source',
		publisher: 'Korea Publisher',
		year: 2010,
		url: 'https://example.org/k',
		accessed: '2026',
		notes: ''
	},
	'src-i': {
		source_id: 'src-i',
		title: 'India source',
		publisher: 'India Publisher',
		year: 2011,
		url: 'https://example.org/i',
		accessed: '2026',
		notes: ''
	}
};

export const SYSTEMS: Record<string, System> = {
	'kor-hometax': {
		system_id: 'kor-hometax',
		country: 'KOR',
		name: 'Hometax',
		native_name: '홈택스',
		function: 'tax',
		launch_date: '2002-04',
		operator: 'National Tax Service',
		description: '',
		url: 'https://hometax.go.kr',
		source_ids: ['src-k']
	}
};

/** The lag table's rows for this data, as the page's server load computes them. */
export const LAGS = comparisons({
	systems: [
		...Object.values(SYSTEMS),
		{
			...SYSTEMS['kor-hometax']!,
			system_id: 'ind-itr-efiling',
			country: 'IND',
			name: 'Income-tax e-filing portal',
			native_name: '',
			launch_date: '2004-09-30',
			source_ids: ['src-i']
		}
	],
	milestones: MILESTONES
});

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `n` monthly milestones from January of `year`, categories in legend order in turn ("Korea event
 * 1", January 1970, law; "Korea event 2", February 1970, plan…): enough to make a lane dense.
 */
export function monthlyMilestones(
	country: string,
	name: string,
	year: number,
	n: number
): Milestone[] {
	return Array.from({ length: n }, (_, i) => ({
		country,
		date: `${year + Math.floor(i / 12)}-${pad((i % 12) + 1)}`,
		title: `${name} event ${i + 1}`,
		category: ALL_CATEGORIES[i % ALL_CATEGORIES.length]!,
		description: '',
		system_id: '',
		source_ids: ['s']
	}));
}
