import { MILESTONE_CATEGORIES, type MilestoneCategory } from '../data/schema';
import { ANCHOR_IDS, type AnchorId } from '../timeline/kinds';
import type { Domain } from '../timeline/zoom';

/**
 * The timeline's view as query parameters, so a link reproduces it:
 * `?from=1995&to=2005.5&align=egov-law&at=KOR:1987,IND:1998&cats=law,plan&q=portal&pin=KOR-2002-04-hometax-launched`.
 * Defaults are left out. Parsing never throws: anything malformed falls back to its default.
 */
export interface TimelineView {
	/** The visible range in axis units (years, or years since the anchor); null = everything. */
	range: Domain | null;
	align: AnchorId;
	/** Typed year 0 per country, for `align: 'year'`. */
	years: Record<string, number>;
	/** Categories shown, in canonical order. */
	categories: MilestoneCategory[];
	query: string;
	/** Id of the pinned milestone (see markId). */
	pin: string | null;
}

export const DEFAULT_VIEW: TimelineView = {
	range: null,
	align: 'calendar',
	years: {},
	categories: [...MILESTONE_CATEGORIES],
	query: '',
	pin: null
};

const MAX_QUERY = 80;
const NUMBER = /^-?\d{1,4}(\.\d{1,4})?$/;

function parseNumber(raw: string | null): number | null {
	if (raw === null || !NUMBER.test(raw.trim())) return null;
	return Number(raw.trim());
}

function parseRange(from: string | null, to: string | null): Domain | null {
	const a = parseNumber(from);
	const b = parseNumber(to);
	if (a === null || b === null || !(b > a) || a < -3000 || b > 3000) return null;
	return [a, b];
}

function parseYears(raw: string | null): Record<string, number> {
	const out: Record<string, number> = {};
	if (!raw) return out;
	for (const part of raw.split(',')) {
		const m = /^([A-Z]{3}):(\d{4})$/.exec(part.trim());
		if (m) out[m[1]!] = Number(m[2]);
	}
	return out;
}

function parseCategories(raw: string | null): MilestoneCategory[] {
	if (raw === null) return [...MILESTONE_CATEGORIES];
	if (raw === 'none') return [];
	const wanted = new Set(raw.split(','));
	const cats = MILESTONE_CATEGORIES.filter((c) => wanted.has(c));
	return cats.length ? cats : [...MILESTONE_CATEGORIES];
}

export function parseTimelineView(search: string | URLSearchParams): TimelineView {
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return structuredClone(DEFAULT_VIEW);
	}
	const align = params.get('align');
	const pin = params.get('pin');
	return {
		range: parseRange(params.get('from'), params.get('to')),
		align: (ANCHOR_IDS as readonly string[]).includes(align ?? '')
			? (align as AnchorId)
			: 'calendar',
		years: parseYears(params.get('at')),
		categories: parseCategories(params.get('cats')),
		query: (params.get('q') ?? '').slice(0, MAX_QUERY),
		pin: pin && /^[A-Z]{3}-[\w.-]{1,80}$/.test(pin) ? pin : null
	};
}

/** Two decimals are enough for a range (under four days); more would just make links long. */
const num = (n: number) => String(Math.round(n * 100) / 100);

export function serializeTimelineView(view: TimelineView): string {
	const p = new URLSearchParams();
	if (view.range) {
		p.set('from', num(view.range[0]));
		p.set('to', num(view.range[1]));
	}
	if (view.align !== 'calendar') p.set('align', view.align);
	if (view.align === 'year') {
		const at = Object.entries(view.years)
			.map(([c, y]) => `${c}:${y}`)
			.join(',');
		if (at) p.set('at', at);
	}
	const cats = MILESTONE_CATEGORIES.filter((c) => view.categories.includes(c));
	if (cats.length === 0) p.set('cats', 'none');
	else if (cats.length < MILESTONE_CATEGORIES.length) p.set('cats', cats.join(','));
	if (view.query.trim()) p.set('q', view.query.slice(0, MAX_QUERY));
	if (view.pin) p.set('pin', view.pin);
	const s = p.toString();
	return s ? `?${s}` : '';
}
