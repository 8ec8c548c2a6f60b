import type { Comparison } from '../compare/lags';
import type { Milestone, MilestoneCategory } from '../data/schema';
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
	/**
	 * The category those milestones share. A country without a title here (one from the user's own
	 * data) counts from its earliest milestone of this category.
	 */
	category?: MilestoneCategory;
	/** Why this row and not another, shown under the lag table. */
	note?: string;
}

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
	},
	category: 'plan'
};

/** The anchors that are milestones: which kind each one uses. */
export const ANCHOR_KINDS: Record<'info-plan' | 'egov-law' | 'egov-plan' | 'flagship', KindDef> = {
	'info-plan': INFO_PLAN,
	// The same milestones as the lag table's foundations rows (src/lib/compare/comparisons.ts);
	// tests/unit/compare-lags.test.ts keeps them equal. Written here too so that the definitions
	// stay out of the page's scripts.
	'egov-law': {
		id: 'egov-law',
		label: 'First e-government law',
		titles: { KOR: 'E-Government Act enacted', IND: 'IT Act 2000: presidential assent' },
		category: 'law'
	},
	'egov-plan': {
		id: 'egov-plan',
		label: 'National e-government plan',
		titles: {
			KOR: 'National e-government roadmap approved: 31 tasks',
			IND: 'NeGP approved by the Union Government'
		},
		category: 'plan'
	},
	// The flagship pair the dashboard leads with: the milestones that mark the tax comparison's
	// launches (tests/unit/compare-lags.test.ts checks they are the ones it dates from).
	flagship: {
		id: 'flagship',
		label: 'Flagship system launch (tax e-filing)',
		titles: {
			KOR: 'Hometax launched',
			IND: 'Income-tax e-filing: 2004 e-return and internet schemes'
		},
		category: 'system'
	}
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

/**
 * Titles of every milestone an anchor or a lag comparison uses: they outrank others when labels
 * thin out.
 */
export function keyTitles(lags: readonly Comparison[] = []): Set<string> {
	return new Set([
		...Object.values(ANCHOR_KINDS).flatMap((k) => Object.values(k.titles)),
		...lags.flatMap((r) => [r.kor?.milestone, r.ind?.milestone].filter((t): t is string => !!t))
	]);
}

// ---- aligned mode ------------------------------------------------------------------------------

export interface Anchor {
	/** Year 0 of this country's axis. */
	year: number;
	/** The milestone it comes from, if any (not for typed years). */
	milestone: Milestone | null;
	/** Set when the milestone is the country's earliest of this category (an uploaded lane). */
	earliestOf?: MilestoneCategory;
}

/**
 * An uploaded country's year 0 for a kind: its earliest milestone of the kind's category (the
 * dashboard names no title for it). Dates compare as text: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
 */
function earliestOfKind(kind: KindDef, country: string, milestones: Milestone[]): Anchor | null {
	if (!kind.category) return null;
	let first: Milestone | null = null;
	for (const m of milestones)
		if (m.country === country && m.category === kind.category && (!first || m.date < first.date))
			first = m;
	return first ? { year: yearOf(first.date), milestone: first, earliestOf: kind.category } : null;
}

/**
 * Each country's year 0 for an anchor, or null for countries that lack the anchor milestone (they
 * are then left out of the aligned view, and the page says so). Korea and India count from the
 * milestone the kind names; any other country from its earliest milestone of the kind's category.
 * `calendar` re-bases nothing.
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
			const kind = ANCHOR_KINDS[anchor];
			if (!kind.titles[c]) out[c] = earliestOfKind(kind, c, milestones);
			else {
				const m = findKind(kind, c, milestones);
				out[c] = m ? { year: yearOf(m.date), milestone: m } : null;
			}
		}
	}
	return out;
}

export const DEFAULT_TYPED_YEAR = 2000;

/**
 * Why a country has no year 0 for an anchor, in words: the committed data lacks the milestone the
 * kind names, or an uploaded country has no milestone of the kind's category.
 */
export function missingAnchorReason(anchor: AnchorId, country: string): string {
	if (anchor === 'calendar' || anchor === 'year') return '';
	const kind = ANCHOR_KINDS[anchor];
	return kind.titles[country] || !kind.category
		? `no “${kind.label}” milestone in the data`
		: `your data has no ${kind.category} milestone for it to count from`;
}

/** The sentence under an aligned chart naming every lane it leaves out, and why. */
export function notShownText(
	anchor: AnchorId,
	missing: readonly string[],
	name: (c: string) => string
): string {
	if (!missing.length || anchor === 'calendar' || anchor === 'year') return '';
	const own = missing.some((c) => !ANCHOR_KINDS[anchor].titles[c]);
	return `Not shown in this alignment: ${missing.map((c) => `${name(c)} (${missingAnchorReason(anchor, c)})`).join(', ')}.${own ? ' Choose “A year I type” to place every lane.' : ''}`;
}

/** A calendar position as years since the country's anchor year. */
export function rebase(year: number, anchor: Anchor): number {
	return year - anchor.year;
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
