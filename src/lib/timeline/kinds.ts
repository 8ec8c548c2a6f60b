import { countryName } from '../data/countries';
import type { Milestone } from '../data/schema';
import { yearOf } from './dates';

/**
 * The data has no "kind" column, so which milestone counts as, say, Korea's "tax e-filing" is a
 * choice made here, once, in the open: each kind names one milestone title per country. The
 * titles are the ones data/notes/korea-timeline.md and india-timeline.md list for this purpose;
 * tests/unit/timeline-kinds.test.ts fails if a title stops matching exactly one row.
 */
export interface KindDef {
	id: string;
	label: string;
	/** The exact milestone title that stands for this kind, per country. */
	titles: Record<string, string>;
	/** Why this row and not another, shown under the lag table. */
	note?: string;
}

export const LAG_KINDS: readonly KindDef[] = [
	{
		id: 'network',
		label: 'National network',
		titles: {
			KOR: 'National administrative network: five NBIS backbone networks set up',
			IND: 'NICNET: national satellite network launched'
		}
	},
	{
		id: 'egov-law',
		label: 'E-government law',
		titles: { KOR: 'E-Government Act enacted', IND: 'IT Act 2000: presidential assent' },
		note: 'Enactment in both countries (each Act came into force the same year).'
	},
	{
		id: 'egov-plan',
		label: 'National e-government plan',
		titles: {
			KOR: 'National e-government roadmap approved: 31 tasks',
			IND: 'NeGP approved by the Union Government'
		}
	},
	{
		id: 'tax',
		label: 'Tax e-filing',
		titles: {
			KOR: 'Hometax launched',
			IND: 'Income-tax e-filing: 2004 e-return and internet schemes'
		},
		note: "India's 2003 e-return pilot in seven cities was narrower; the 2004 schemes opened e-filing nationwide."
	},
	{
		id: 'procurement',
		label: 'E-procurement',
		titles: { KOR: 'KONEPS launched', IND: 'CPPP: e-publication of central tenders mandatory' },
		note: "India's GeM marketplace followed in 2016."
	},
	{
		id: 'digital-id',
		label: 'Digital ID',
		titles: {
			KOR: 'Resident registration computerisation: national online network in trial operation',
			IND: 'Aadhaar: first numbers issued (Tembhli, Maharashtra)'
		}
	},
	{
		id: 'citizen-portal',
		label: 'Citizen portal',
		titles: {
			KOR: 'G4C citizen portal (egov.go.kr) launched',
			IND: 'National Portal of India (india.gov.in) launched'
		}
	},
	{
		id: 'e-office',
		label: 'E-office',
		titles: {
			KOR: 'On-nara e-office launched government-wide',
			IND: 'e-Office: pilots launched in three departments'
		}
	},
	{
		id: 'open-data',
		label: 'Open data portal',
		titles: {
			KOR: 'Open data portal (data.go.kr) launched',
			IND: 'data.gov.in: Open Government Data Platform launched'
		}
	}
];

/** What "Align by" can re-base each country on. `year` takes a typed year per country. */
export const ANCHOR_IDS = [
	'calendar',
	'info-plan',
	'egov-law',
	'egov-plan',
	'flagship',
	'year'
] as const;
export type AnchorId = (typeof ANCHOR_IDS)[number];

export const INFO_PLAN: KindDef = {
	id: 'info-plan',
	label: 'First national informatization plan',
	titles: {
		KOR: 'First national informatization plan adopted (1996–2000)',
		IND: 'IT Action Plan: 108 recommendations notified'
	}
};

/** The anchors that are milestones: which kind each one uses. */
export const ANCHOR_KINDS: Record<'info-plan' | 'egov-law' | 'egov-plan' | 'flagship', KindDef> = {
	'info-plan': INFO_PLAN,
	'egov-law': { ...LAG_KINDS[1]!, label: 'First e-government law' },
	'egov-plan': LAG_KINDS[2]!,
	// The flagship pair the dashboard leads with: Hometax and income-tax e-filing.
	flagship: { ...LAG_KINDS[3]!, label: 'Flagship system launch (tax e-filing)' }
};

export const ANCHOR_LABELS: Record<AnchorId, string> = {
	calendar: 'Calendar years (no alignment)',
	'info-plan': INFO_PLAN.label,
	'egov-law': 'First e-government law',
	'egov-plan': 'National e-government plan',
	flagship: 'Flagship system launch (tax e-filing)',
	year: 'A year I type'
};

/** The milestone that stands for `kind` in `country`, or null when the data has none. */
export function findKind(
	kind: KindDef,
	country: string,
	milestones: Milestone[]
): Milestone | null {
	const title = kind.titles[country];
	if (!title) return null;
	return milestones.find((m) => m.country === country && m.title === title) ?? null;
}

/** Titles of every milestone some kind or anchor uses: they outrank others when labels thin out. */
export function keyTitles(): Set<string> {
	return new Set([...LAG_KINDS, INFO_PLAN].flatMap((k) => Object.values(k.titles)));
}

// ---- aligned mode ------------------------------------------------------------------------------

export interface Anchor {
	/** Year 0 of this country's axis. */
	year: number;
	/** The milestone it comes from, if any (not for typed years). */
	milestone: Milestone | null;
}

/**
 * Each country's year 0 for an anchor, or null for countries that lack the anchor milestone (they
 * are then left out of the aligned view, and the page says so). `calendar` re-bases nothing.
 */
export function anchorsFor(
	anchor: AnchorId,
	countries: string[],
	milestones: Milestone[],
	typed: Record<string, number>
): Record<string, Anchor | null> {
	const out: Record<string, Anchor | null> = {};
	for (const c of countries) {
		if (anchor === 'calendar') out[c] = { year: 0, milestone: null };
		else if (anchor === 'year') out[c] = { year: typed[c] ?? DEFAULT_TYPED_YEAR, milestone: null };
		else {
			const m = findKind(ANCHOR_KINDS[anchor], c, milestones);
			out[c] = m ? { year: yearOf(m.date), milestone: m } : null;
		}
	}
	return out;
}

export const DEFAULT_TYPED_YEAR = 2000;

/** A calendar position as years since the country's anchor year. */
export function rebase(year: number, anchor: Anchor): number {
	return year - anchor.year;
}

// ---- the lag table -----------------------------------------------------------------------------

export interface LagRow {
	kind: KindDef;
	/** The milestone each country's year comes from. */
	first: Milestone;
	second: Milestone;
	firstYear: number;
	secondYear: number;
	/** Years the second country came after the first (negative: it came earlier). */
	lag: number;
}

/**
 * For each kind both countries have, the year in each and the lag in years (second − first),
 * from calendar years of the milestones' dates.
 */
export function lagTable(
	milestones: Milestone[],
	first = 'KOR',
	second = 'IND',
	kinds: readonly KindDef[] = LAG_KINDS
): LagRow[] {
	return kinds.flatMap((kind) => {
		const a = findKind(kind, first, milestones);
		const b = findKind(kind, second, milestones);
		if (!a || !b) return [];
		const firstYear = yearOf(a.date);
		const secondYear = yearOf(b.date);
		return [{ kind, first: a, second: b, firstYear, secondYear, lag: secondYear - firstYear }];
	});
}

/** `India 3 years later`, `India 1 year earlier`, `same year`. */
export function lagText(lag: number, second: string): string {
	if (lag === 0) return 'same year';
	const n = Math.abs(lag);
	return `${countryName(second)} ${n} year${n === 1 ? '' : 's'} ${lag > 0 ? 'later' : 'earlier'}`;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The chart's one-line takeaway, written from the lag table. */
export function lagTakeaway(rows: LagRow[], first = 'KOR', second = 'IND'): string {
	if (rows.length === 0)
		return `No milestone kind is dated for both ${countryName(first)} and ${countryName(second)}.`;
	const a = countryName(first);
	const b = countryName(second);
	const firstCount = rows.filter((r) => r.lag > 0).length;
	const secondCount = rows.filter((r) => r.lag < 0).length;
	const same = rows.filter((r) => r.lag === 0).length;
	const widest = rows.reduce((w, r) => (r.lag > w.lag ? r : w));
	const m = median(rows.map((r) => r.lag));
	const parts = [
		`Of ${rows.length} milestone kinds both countries reached, ${a} got there first in ${firstCount}, ${b} in ${secondCount}` +
			(same ? `, both in the same year in ${same}` : ''),
		`${b}'s median lag is ${m} year${Math.abs(m) === 1 ? '' : 's'}`
	];
	if (widest.lag > 0)
		parts.push(
			`the widest gap is in ${widest.kind.label} (${widest.firstYear} vs ${widest.secondYear})`
		);
	return parts.join('; ') + '.';
}

/**
 * The same stretch of time on another alignment's axis: `range` shifted by the change of the first
 * lane's year 0 (Korea's, where it has both), so switching "Align by" keeps what is in view. Null
 * where no lane has a year 0 in both (the whole axis is shown then).
 */
export function realignRange(
	range: [number, number],
	from: Record<string, Anchor | null>,
	to: Record<string, Anchor | null>,
	countries: string[]
): [number, number] | null {
	for (const c of countries) {
		const [a, b] = [from[c], to[c]];
		if (a && b) return [range[0] + a.year - b.year, range[1] + a.year - b.year];
	}
	return null;
}
