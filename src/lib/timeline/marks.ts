import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye
} from 'd3-shape';
import type { Milestone, MilestoneCategory } from '../data/schema';
import { MILESTONE_CATEGORIES } from '../data/schema';

/** A half disc, flat side left (◗), about as large as the other symbols (radius 8.5). */
const HALF_DISC = 'M-4.25,-8.5A8.5,8.5,0,0,1,-4.25,8.5Z';

/**
 * How each category looks. Shape and colour both carry the category (never colour alone); the
 * glyph is the same shape as text, for checkbox labels outside the SVG. Colours are ≥ 4.5:1 on
 * white and stay clear of the two country colours, which belong to the lanes.
 */
export const CATEGORY_STYLE: Record<
	MilestoneCategory,
	{ label: string; colour: string; glyph: string; path: string }
> = {
	law: { label: 'Law', colour: '#882255', glyph: '■', path: sym(symbolSquare, 130) },
	plan: { label: 'Plan', colour: '#117733', glyph: '◆', path: sym(symbolDiamond, 150) },
	institution: {
		label: 'Institution',
		colour: '#4d4d4d',
		glyph: '▲',
		path: sym(symbolTriangle, 140)
	},
	system: { label: 'System launch', colour: '#332288', glyph: '●', path: sym(symbolCircle, 140) },
	infrastructure: {
		label: 'Infrastructure',
		colour: '#7a5c00',
		glyph: '✚',
		path: sym(symbolCross, 150)
	},
	budget: { label: 'Budget', colour: '#9c3d8f', glyph: '▼', path: flip(sym(symbolTriangle, 140)) },
	ranking: { label: 'Ranking', colour: '#1f6f66', glyph: '★', path: sym(symbolStar, 150) },
	// The people's side: three shapes no other category has (a Y, a saltire, a half disc).
	literacy: { label: 'Literacy', colour: '#a3122a', glyph: 'Y', path: sym(symbolWye, 150) },
	transparency: {
		label: 'Transparency',
		colour: '#00607a',
		glyph: '✖',
		path: turn45(sym(symbolCross, 150))
	},
	participation: {
		label: 'Participation',
		colour: '#5e4fa2',
		glyph: '◗',
		path: HALF_DISC
	}
};

function sym(type: Parameters<typeof symbol>[0], size: number): string {
	return symbol(type, size)() ?? '';
}

/** The triangle upside down, so budget and institution differ by shape, not only colour. */
function flip(path: string): string {
	return path.replace(
		/(-?\d*\.?\d+(?:e-?\d+)?),(-?\d*\.?\d+(?:e-?\d+)?)/g,
		(_, x, y) => `${x},${-Number(y)}`
	);
}

/** The cross turned by 45°: a saltire (✖), so transparency differs from infrastructure's ✚. */
function turn45(path: string): string {
	const r = Math.SQRT1_2;
	return path.replace(/(-?\d*\.?\d+(?:e-?\d+)?),(-?\d*\.?\d+(?:e-?\d+)?)/g, (_, x, y) => {
		const [a, b] = [Number(x), Number(y)];
		return `${+((a - b) * r).toFixed(3)},${+((a + b) * r).toFixed(3)}`;
	});
}

export const ALL_CATEGORIES: readonly MilestoneCategory[] = MILESTONE_CATEGORIES;

/** A stable id for a milestone, safe in a URL: `KOR-2002-04-hometax-launched`. */
const ids = new WeakMap<object, string>();

export function markId(m: Pick<Milestone, 'country' | 'date' | 'title'>): string {
	// Kept per row object: a 960,000-milestone upload asks for each id four times at load.
	const known = ids.get(m);
	if (known !== undefined) return known;
	// NFKD only changes non-ASCII text; skipping it for ASCII titles halves the cost.
	const slug = (/^[\x20-\x7e]*$/.test(m.title) ? m.title : m.title.normalize('NFKD'))
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 48)
		.replace(/-$/, '');
	const id = `${m.country}-${m.date}-${slug}`;
	ids.set(m, id);
	return id;
}

/** How long a short label may be (what a lane's label row has room for). */
export const SHORT_LABEL_MAX = 34;

/** The label drawn next to a mark: the title up to its colon, at most `max` characters. */
export function shortLabel(title: string, max = SHORT_LABEL_MAX): string {
	const head = title.split(': ')[0]!.replace(/\s*\([^)]*\)\s*$/, '');
	if (head.length <= max) return head;
	const cut = head.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	// Cut at a word boundary unless that would throw away most of the label.
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const CATEGORY_WEIGHT: Record<MilestoneCategory, number> = {
	law: 3,
	plan: 3,
	system: 3,
	infrastructure: 3,
	institution: 2,
	budget: 1,
	ranking: 1,
	transparency: 3,
	literacy: 2,
	participation: 2
};

/**
 * Which labels survive when they thin out: search matches first, then the milestones the lag
 * table and anchors use, then laws, plans, systems and networks, then the rest.
 */
export function importance(m: Milestone, key: boolean, match: boolean): number {
	return (match ? 10 : 0) + (key ? 5 : 0) + CATEGORY_WEIGHT[m.category];
}

/**
 * On a slide, only what the room can read: each lane's `n` most important milestones, in the
 * order labels are placed (search hits, then key milestones, then by category), earliest first
 * among equals. Returned in the input's order.
 */
export function mostImportant(
	milestones: Milestone[],
	keyTitles: ReadonlySet<string>,
	n: number
): Milestone[] {
	const kept = new Set<Milestone>();
	for (const country of new Set(milestones.map((m) => m.country))) {
		milestones
			.filter((m) => m.country === country)
			.map((m) => ({ m, w: importance(m, keyTitles.has(m.title), false) }))
			.sort((a, b) => b.w - a.w || (a.m.date < b.m.date ? -1 : a.m.date > b.m.date ? 1 : 0))
			.slice(0, n)
			.forEach(({ m }) => kept.add(m));
	}
	return milestones.filter((m) => kept.has(m));
}
