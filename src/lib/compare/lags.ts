/**
 * When did India take the same step as Korea? This module and comparisons.ts (the definitions
 * and the rows built from them) are the one answer: every lag the dashboard shows (the home chart, /systems, the timeline's lag table, their tables, CSVs and
 * slides) is a row computed here from one definition, and every median is `lagSummary` of the
 * same rows.
 *
 * - `systems`: a government function (tax, procurement, ...) with one system per country, dated
 *   by its `launch_date` in systems.csv. The function's other systems are shown as alternatives
 *   ("CPPP 2012 (GeM 2016)"), never counted. The median is over these rows only.
 * - `foundations`: steps that are not systems (network, law, plan), dated by one milestone per
 *   country. They have their own lags and are not in the median.
 * - `people`: the people's side (issue 22): a literacy drive, a disclosure law and its online
 *   portal, a participation platform, each dated by one milestone per country; the /people view
 *   draws them. Not in the median either.
 */
export type ComparisonGroup = 'systems' | 'foundations' | 'people';

export interface ComparisonDef {
	/** For `systems`, the function in systems.csv (`tax`); otherwise a kind id. */
	id: string;
	label: string;
	group: ComparisonGroup;
	/** Per country: a system_id (`systems`) or an exact milestone title (other groups). */
	sides: { KOR: string; IND: string };
	/** What the comparison counts from, when the name alone does not say it. */
	basis?: string;
	/** Set when the two sides are not the same kind of thing: shown in the row itself. */
	unlike?: string;
}

/** One country's side of a comparison: what is dated, when, and from which sources. */
export interface Side {
	/** The system_id, or the milestone title, the comparison names. */
	id: string;
	country: string;
	/** The system's or milestone's full name. */
	name: string;
	/** Short enough to write beside a mark: `KONEPS`, `CPPP`. */
	short: string;
	/** A partial date (`2002-10`), or '' when no source dates it. */
	date: string;
	year: number | null;
	source_ids: string[];
	/** The timeline milestone that marks this date, if the data has one. */
	milestone: string | null;
}

export interface Comparison {
	id: string;
	label: string;
	group: ComparisonGroup;
	basis: string | null;
	unlike: string | null;
	kor: Side | null;
	ind: Side | null;
	/** The function's other systems, per country: shown beside the comparator, never counted. */
	alternatives: Side[];
	/** India's year minus Korea's; null when either side is missing or undated. */
	lag: number | null;
	/** `India 2 years later`, `Same year`, or why the gap is unknown. */
	lagText: string;
}

/** The year of a partial date (`2002-04` → 2002), or null for ''. */
export function yearOfDate(date: string): number | null {
	const m = /^(\d{4})/.exec(date);
	return m ? Number(m[1]) : null;
}

/** `India 2 years later`, `India 1 year earlier`, `Same year`, or why the gap is unknown. */
export function lagText(kor: Side | null, ind: Side | null, group: ComparisonGroup): string {
	const [thing, date] = group === 'systems' ? ['system', 'launch'] : ['milestone', 'step'];
	if (!kor) return `No Korean ${thing} in the data`;
	if (!ind) return `No Indian ${thing} in the data`;
	if (kor.year === null && ind.year === null) return `Gap unknown: neither ${date} is dated`;
	if (kor.year === null) return `Gap unknown: Korea's ${date} is not dated`;
	if (ind.year === null) return `Gap unknown: India's ${date} is not dated`;
	return lagWords(ind.year - kor.year);
}

/** `India 2 years later`, `India 1 year earlier`, `Same year`. */
export function lagWords(lag: number): string {
	if (lag === 0) return 'Same year';
	const n = Math.abs(lag);
	return `India ${n} year${n === 1 ? '' : 's'} ${lag > 0 ? 'later' : 'earlier'}`;
}

/** `+10`, `−1`, `0`: a lag as the tables print it. */
export function signedLag(lag: number): string {
	return lag > 0 ? `+${lag}` : lag < 0 ? `−${-lag}` : '0';
}

/** `KONEPS 2002`, `e-Certificates wallet (not dated)`. */
export function sideText(s: Side): string {
	return `${s.short} ${s.year ?? '(not dated)'}`;
}

/** `KONEPS 2002 → CPPP 2012 (GeM 2016)`: both sides and India's alternatives. */
export function pairText(c: Comparison): string {
	const alt = c.alternatives.filter((a) => a.country === 'IND');
	const kor = c.kor ? sideText(c.kor) : 'none';
	const ind = c.ind ? sideText(c.ind) : 'none';
	return `${kor} → ${ind}${alt.length ? ` (${alt.map(sideText).join(', ')})` : ''}`;
}

/** Median of numbers; null for none. */
export function median(values: number[]): number | null {
	if (!values.length) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface LagSummary {
	median: number | null;
	/** Rows with both sides dated. */
	counted: number;
	/** Rows of the group left out because a side is missing or undated. */
	undated: string[];
}

/** The median lag across the systems rows: the one median every page states. */
export function lagSummary(
	rows: readonly { label: string; lag: number | null; group?: ComparisonGroup }[]
): LagSummary {
	const systems = rows.filter((r) => (r.group ?? 'systems') === 'systems');
	const dated = systems.filter((r) => r.lag !== null);
	return {
		median: median(dated.map((r) => r.lag!)),
		counted: dated.length,
		undated: systems.filter((r) => r.lag === null).map((r) => r.label)
	};
}

const years = (n: number) => `${Number(n.toFixed(1))} year${Math.abs(n) === 1 ? '' : 's'}`;

/** `India 2.5 years after Korea`, or the same year, or before. */
export function medianWords(m: number): string {
	return m === 0
		? 'India and Korea in the same year'
		: m > 0
			? `India ${years(m)} after Korea`
			: `India ${years(-m)} before Korea`;
}

/**
 * `Median lag across 8 system functions with both launches dated: India 2.5 years after Korea
 * (gap unknown for Documents, Customs).`
 */
export function medianSentence(s: LagSummary): string {
	if (s.median === null)
		return 'No system function has both launches dated, so no lag can be computed.';
	const left = s.undated.length ? ` (gap unknown for ${s.undated.join(', ')})` : '';
	return `Median lag across ${s.counted} system functions with both launches dated: ${medianWords(s.median)}${left}.`;
}

/**
 * The timeline's takeaway, from every dated row: who got there first, the systems median (the
 * same sentence part as on `/` and /systems), and the widest gap.
 */
export function lagTableTakeaway(rows: readonly Comparison[]): string {
	const dated = rows.filter((r) => r.lag !== null);
	if (!dated.length) return 'No step is dated for both Korea and India.';
	const korFirst = dated.filter((r) => r.lag! > 0).length;
	const indFirst = dated.filter((r) => r.lag! < 0).length;
	const same = dated.length - korFirst - indFirst;
	const s = lagSummary(rows);
	const widest = dated.reduce((w, r) => (r.lag! > w.lag! ? r : w));
	const parts = [
		`Of ${dated.length} steps both countries took, Korea got there first in ${korFirst}, India in ${indFirst}` +
			(same ? `, both in the same year in ${same}` : '')
	];
	if (s.median !== null)
		parts.push(
			`across the ${s.counted} system functions the median lag is ${medianWords(s.median)}`
		);
	if (widest.lag! > 0)
		parts.push(
			`the widest gap is ${widest.label.toLowerCase()} (${widest.kor!.year} vs ${widest.ind!.year})`
		);
	return parts.join('; ') + '.';
}
