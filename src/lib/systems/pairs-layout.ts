import { scaleLinear } from 'd3-scale';
import { textWidth, wrapToWidth } from '../charts/text';
import { FONT, MARK } from '../charts/theme';
import { shortName } from './names';
import { launchYear, type PairRow } from './lag';

/** Text sizes and weights of the chart (PairsChart's CSS), for measuring its labels. */
export const PAIRS_TEXT = {
	fn: { size: FONT.title, weight: 700 },
	gap: { size: FONT.label, weight: 700 },
	name: { size: FONT.label, weight: 600 }
} as const;

const ROW = 74;
const TOP = 58;
const RIGHT = 24;
/** Gap between a mark and its name (a slide's marks are drawn larger). */
const BESIDE = { page: 12, slide: 14 };
const LINE = 22;
/** Half a mark's width, as an obstacle for names on a slide (clears by the names' gap). */
const MARK_HALF = MARK.radius;

/** A label's extent on one line. */
interface Box {
	a: number;
	b: number;
	y: number;
}

export interface PlacedName {
	key: string;
	country: 'KOR' | 'IND';
	/** The lines of the name (more than one only where a phone's width wraps it). */
	lines: string[];
	x: number;
	y: number;
	anchor: 'start' | 'end';
	undated: boolean;
	/** `middle` on the mark's own line (slides), else the baseline below it. */
	middle: boolean;
}

export interface PairRowLayout {
	top: number;
	h: number;
	cy: number;
	fnY: number;
	gap: { x1: number; x2: number } | null;
	gapLabel: { x: number; y: number; anchor: 'start' | 'middle' };
	marks: { key: string; country: 'KOR' | 'IND'; x: number }[];
	names: PlacedName[];
}

export interface PairsLayout {
	width: number;
	height: number;
	/** A phone: the function name above its bar, each system's name on its own line below. */
	narrow: boolean;
	/** A slide: two lines a row, each name beside its mark, so ten pairs fit one screen. */
	compact: boolean;
	left: number;
	top: number;
	ticks: { x: number; text: string }[];
	rows: PairRowLayout[];
}

/**
 * Every position of the launch-pairs chart for a `width` (and, on a slide, a height to `fit`).
 * Names beside a mark go to the side away from the other country's mark, and to the other side
 * when they would cross the chart's edge or the function names' column.
 */
export function pairsLayout(rows: PairRow[], width: number, fit?: number): PairsLayout {
	const narrow = width < 600;
	const compact = fit !== undefined && !narrow;
	const left = narrow ? 12 : 190;
	const top = narrow ? 86 : compact ? 44 : TOP;
	const years = rows
		.flatMap((r) => [...r.kor, ...r.ind].map(launchYear))
		.filter((y): y is number => y !== null);
	const nameW = (t: string) => textWidth(t, PAIRS_TEXT.name.size, PAIRS_TEXT.name.weight);
	const domain = [Math.min(1985, ...years) - 1, Math.max(2020, ...years) + 2] as const;
	const x0 = left + (narrow ? 8 : 0);
	// On a slide every name that goes right of its mark must end inside the chart: the plot ends
	// where the latest such name still fits.
	let x1 = width - RIGHT;
	if (compact)
		for (const r of rows)
			for (const s of [...r.kor, ...r.ind]) {
				const yr = launchYear(s);
				if (yr === null || !prefersRight(r, s, yr)) continue;
				const room = width - 2 - BESIDE.slide - nameW(`${shortName(s)} ${yr}`);
				x1 = Math.min(x1, x0 + ((room - x0) * (domain[1] - domain[0])) / (yr - domain[0]));
			}
	const x = scaleLinear().domain(domain).range([x0, x1]);
	const row = compact ? Math.max(36, Math.floor((fit! - top - 34) / rows.length)) : ROW;

	/**
	 * A name beside its mark at `mx` on line `y`: the preferred side, else the other, else (where
	 * both would cross the edge or a name already placed) on the gap's line above, over its mark
	 * where there is room there, else right-aligned.
	 */
	const beside = (
		mx: number,
		y: number,
		text: string,
		after: boolean,
		taken: Box[],
		above: number
	) => {
		const d = compact ? BESIDE.slide : BESIDE.page;
		const w = nameW(text);
		const right = { x: mx + d, y, anchor: 'start' as const, box: { a: mx + d, b: mx + d + w, y } };
		const leftSide = { x: mx - d, y, anchor: 'end' as const, box: { a: mx - d - w, b: mx - d, y } };
		const up = {
			x: width - 2,
			// Middle-aligned like every slide name, level with the gap label's letters.
			y: above - 4,
			anchor: 'end' as const,
			box: { a: width - 2 - w, b: width - 2, y: above }
		};
		const upLeft = {
			x: left,
			y: above - 4,
			anchor: 'start' as const,
			box: { a: left, b: left + w, y: above }
		};
		// Over its own mark, on the gap's line, before the far edge (a name away from its mark).
		const overStart = {
			x: mx - MARK_HALF,
			y: above - 4,
			anchor: 'start' as const,
			box: { a: mx - MARK_HALF, b: mx - MARK_HALF + w, y: above }
		};
		const overEnd = {
			x: mx + MARK_HALF,
			y: above - 4,
			anchor: 'end' as const,
			box: { a: mx + MARK_HALF - w, b: mx + MARK_HALF, y: above }
		};
		// … or starting just after what is already on that line, while it still starts over the mark.
		const overAfter = taken
			.filter((t) => t.y === above && t.b + 6 > mx - MARK_HALF && t.b + 6 <= mx + MARK_HALF)
			.map((t) => ({
				x: t.b + 6,
				y: above - 4,
				anchor: 'start' as const,
				box: { a: t.b + 6, b: t.b + 6 + w, y: above }
			}));
		type Spot = { x: number; y: number; anchor: 'start' | 'end'; box: Box };
		const free = (c: Spot) =>
			c.box.a >= (compact ? 0 : left) &&
			c.box.b <= width - 2 + 1e-6 &&
			taken.every((t) => t.y !== c.box.y || c.box.b + 6 <= t.a || c.box.a >= t.b + 6);
		const choice =
			[
				...(after ? [right, leftSide] : [leftSide, right]),
				...(compact
					? after
						? [overStart, ...overAfter, overEnd, up, upLeft]
						: [overEnd, overStart, ...overAfter, upLeft, up]
					: [])
			].find(free) ?? (after ? right : leftSide);
		taken.push(choice.box);
		return { x: choice.x, y: choice.y, anchor: choice.anchor };
	};

	let y = top;
	const placed = rows.map((r): PairRowLayout => {
		const systems = [
			...r.kor.map((s) => ({ s, country: 'KOR' as const })),
			...r.ind.map((s) => ({ s, country: 'IND' as const }))
		];
		// On a phone each name has its own line(s) under the bar, wrapped to the width.
		const phoneLines = systems.map(({ s, country }) => {
			const yr = launchYear(s);
			const text = `${country === 'KOR' ? 'Korea' : 'India'}: ${shortName(s)}${yr === null ? ', launch not dated' : ` ${yr}`}`;
			return wrapToWidth(text, width - left - RIGHT, PAIRS_TEXT.name.size, PAIRS_TEXT.name.weight);
		});
		const h = narrow ? 74 + LINE * phoneLines.reduce((n, l) => n + l.length, 0) : row;
		const at = { top: y, h, cy: narrow ? y + 52 : compact ? y + h / 2 + 9 : y + ROW / 2 };
		y += h;
		const { cy } = at;
		const dated = r.korYear !== null && r.indYear !== null;
		const gapLabel = dated
			? {
					x: (x(r.korYear!) + x(r.indYear!)) / 2,
					y: cy - (compact ? 13 : 14),
					anchor: 'middle' as const
				}
			: { x: left + 4, y: cy - (compact ? 13 : narrow ? 12 : 16), anchor: 'start' as const };

		const marks: PairRowLayout['marks'] = [];
		const names: PlacedName[] = [];
		// What a name must keep clear of: names placed so far, and the gap's own label.
		const taken: Box[] = [];
		if (dated) {
			const w = textWidth(r.lagText, PAIRS_TEXT.gap.size, PAIRS_TEXT.gap.weight);
			taken.push({ a: gapLabel.x - w / 2, b: gapLabel.x + w / 2, y: gapLabel.y });
		}
		// On a slide the names share the marks' line: every mark and the bar are in the way too.
		if (compact) {
			const nameLine = cy;
			// The function's own name, at the row's left: a long system name may run up to it.
			const fnW = textWidth(r.label, PAIRS_TEXT.fn.size, PAIRS_TEXT.fn.weight);
			taken.push({ a: 0, b: 10 + fnW, y: nameLine });
			for (const { s } of systems) {
				const yr = launchYear(s);
				if (yr !== null) taken.push({ a: x(yr) - MARK_HALF, b: x(yr) + MARK_HALF, y: nameLine });
			}
			if (dated) {
				const [a, b] = [x(r.korYear!), x(r.indYear!)].sort((p, q) => p - q);
				taken.push({ a: a!, b: b!, y: nameLine });
			}
		}
		let phoneLine = 0;
		systems.forEach(({ s, country }, k) => {
			const yr = launchYear(s);
			if (yr !== null) marks.push({ key: s.system_id, country, x: x(yr) });
			const base = { key: s.system_id, country, undated: yr === null, middle: compact };
			if (narrow) {
				const lines = phoneLines[k]!;
				names.push({
					...base,
					lines,
					x: country === 'KOR' ? left : width - RIGHT,
					y: cy + 30 + phoneLine * LINE,
					anchor: country === 'KOR' ? 'start' : 'end',
					middle: false
				});
				phoneLine += lines.length;
				return;
			}
			const nameY = compact ? cy : cy + 24;
			if (yr === null) {
				const text = `${country === 'KOR' ? 'Korea' : 'India'}: ${shortName(s)}, launch not dated`;
				names.push({
					...base,
					lines: [text],
					x: country === 'KOR' ? left + 4 : width - RIGHT,
					y: nameY,
					anchor: country === 'KOR' ? 'start' : 'end'
				});
				return;
			}
			const text = `${shortName(s)} ${yr}`;
			const after = prefersRight(r, s, yr);
			names.push({
				...base,
				lines: [text],
				...beside(x(yr), nameY, text, after, taken, gapLabel.y)
			});
		});
		return {
			...at,
			fnY: narrow ? at.top + 16 : cy,
			gap: dated ? { x1: x(r.korYear!), x2: x(r.indYear!) } : null,
			gapLabel,
			marks,
			names
		};
	});

	return {
		width,
		height: y + (compact ? 34 : 40),
		narrow,
		compact,
		left,
		top,
		ticks: x
			.ticks(narrow ? 4 : 8)
			.filter(Number.isInteger)
			.map((t) => ({ x: x(t), text: String(t) })),
		rows: placed
	};
}

/** Away from the other country's first mark: Korea's name left of it unless India came first. */
function prefersRight(r: PairRow, s: { country: string }, yr: number): boolean {
	return s.country === 'KOR'
		? r.indYear !== null && r.indYear < yr
		: !(r.korYear !== null && r.korYear > yr);
}

/**
 * A pair's accessible name: the row's visible text in reading order (function, gap, names), so
 * what a speech-input user reads out names the button (WCAG 2.5.3, label in name).
 */
export function pairLabel(r: PairRow, at: PairRowLayout): string {
	return `${r.label}: ${r.lagText}. ${at.names.map((n) => n.lines.join(' ')).join('; ')}`;
}
