import {
	DATASET_NAMES,
	SOURCE_KINDS,
	type DatasetName,
	type SourceKind,
	type SourceRef
} from './schema.ts';

/**
 * What a row's figure rests on, strongest first: an official or research source read at its
 * publisher's own page; only copies of official or research documents; only press reports; only
 * other sources (blogs, slide sites, encyclopaedias, aggregators).
 */
export const EVIDENCE_LEVELS = ['official', 'research', 'copy', 'press', 'other'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export interface Evidence {
	level: EvidenceLevel;
	/** For `copy`: the copies the figure rests on. */
	copies: SourceRef[];
	/** For `official` and `research`: the sources of that kind read at their own page. */
	direct: SourceRef[];
}

/**
 * The evidence of one row, from the sources it cites (unknown ids count for nothing); null when
 * none of them has a kind (an uploaded file: the reader's own data, not judged here).
 */
export function evidenceOf(
	ids: readonly string[],
	sources: Record<string, SourceRef | undefined>
): Evidence | null {
	const cited = ids.flatMap((id) => sources[id] ?? []);
	if (!cited.some((s) => s.kind)) return null;
	const direct = (k: SourceKind) => cited.filter((s) => s.kind === k && !s.via);
	for (const level of ['official', 'research'] as const) {
		const own = direct(level);
		if (own.length) return { level, copies: [], direct: own };
	}
	const copies = cited.filter((s) => (s.kind === 'official' || s.kind === 'research') && s.via);
	if (copies.length) return { level: 'copy', copies, direct: [] };
	if (cited.some((s) => s.kind === 'press')) return { level: 'press', copies: [], direct: [] };
	return { level: 'other', copies: [], direct: [] };
}

/**
 * The weaker of two pieces of evidence, for a figure computed from both (a share: its amount over
 * its total); null when either was not judged (an uploaded row).
 */
export function weakerOf(a: Evidence | null, b: Evidence | null): Evidence | null {
	if (!a || !b) return null;
	return EVIDENCE_LEVELS.indexOf(b.level) > EVIDENCE_LEVELS.indexOf(a.level) ? b : a;
}

/** A figure's evidence in words that name who stands behind it: `official, Reserve Bank of India`. */
export function namedEvidenceText(e: Evidence): string {
	if (e.level !== 'official' && e.level !== 'research') return evidenceText(e);
	return `${e.level}, ${[...new Set(e.direct.map((s) => s.publisher))].join('; ')}`;
}

/** One part of a figure with its own sources: a share's `amount` and its `national total`. */
export interface EvidencePart {
	label: string;
	ids: readonly string[];
}

/** What each part rests on, in words, and whether it has no official or research source. */
export function partsEvidence(
	parts: readonly EvidencePart[],
	sources: Record<string, SourceRef | undefined>
): { label: string; text: string; weak: boolean }[] {
	return parts.flatMap((p) => {
		const e = evidenceOf(p.ids, sources);
		return e ? [{ label: p.label, text: namedEvidenceText(e), weak: isWeak(e) }] : [];
	});
}

/** `amount: press reports only; national total: official, Reserve Bank of India` (table and CSV). */
export function partsEvidenceCell(
	parts: readonly EvidencePart[],
	sources: Record<string, SourceRef | undefined>
): string {
	const said = partsEvidence(parts, sources);
	if (!said.length) return 'Your data';
	const text = said.map((p) => `${p.label}: ${p.text}`).join('; ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True when no official or research source was read at its publisher's own page. */
export function isWeak(e: Evidence | null): boolean {
	return e !== null && e.level !== 'official' && e.level !== 'research';
}

/** `copy of UN DESA (2012), retrieved from GitHub (UNU-EGOV/datasets)` for one copy. */
export function copyText(s: SourceRef): string {
	return `copy of ${s.publisher}${s.year ? ` (${s.year})` : ''}, retrieved from ${s.via}`;
}

/** What the details of a figure say about its evidence, in a few words. */
export function evidenceText(e: Evidence): string {
	switch (e.level) {
		case 'official':
			return 'official source';
		case 'research':
			return 'research source (no official one)';
		case 'copy':
			return e.copies.map(copyText).join('; ');
		case 'press':
			return 'press reports only';
		case 'other':
			return 'other sources only (blogs, slide sites, encyclopaedias or aggregators)';
	}
}

/** A source's kind as a reader sees it: `official`, `press`, `official, retrieved from Scribd`. */
export function kindLabel(s: Pick<SourceRef, 'kind' | 'via'>): string {
	if (!s.kind) return 'uploaded, not rated';
	return s.via ? `${s.kind}, retrieved from ${s.via}` : s.kind;
}

/** The groups a list of sources is shown in: the four kinds, then uploaded files (no kind). */
export const SOURCE_GROUPS = [...SOURCE_KINDS, 'uploaded'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

/** The sources grouped by kind, in the order of SOURCE_GROUPS, empty groups left out. */
export function byKind<S extends Pick<SourceRef, 'kind'>>(sources: readonly S[]) {
	return SOURCE_GROUPS.map((kind) => ({
		kind,
		sources: sources.filter((s) => (s.kind ?? 'uploaded') === kind)
	})).filter((g) => g.sources.length > 0);
}

/** `29 documents: 12 official, 14 press, 3 other` (kinds in a fixed order, empty ones left out). */
export function kindSummary(sources: readonly Pick<SourceRef, 'kind'>[]): string {
	const n = sources.length;
	const parts = byKind(sources).map((g) => `${g.sources.length} ${g.kind}`);
	return `${n} document${n === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

export type CoverageRow = { file: DatasetName; rows: number } & Record<EvidenceLevel, number>;

/** Per data file (sources.csv aside), how many rows rest on each level of evidence. */
export function coverage(
	data: { [N in Exclude<DatasetName, 'sources'>]: { source_ids: string[] }[] },
	sources: SourceRef[]
): CoverageRow[] {
	const index = Object.fromEntries(sources.map((s) => [s.source_id, s]));
	return DATASET_NAMES.filter((n): n is Exclude<DatasetName, 'sources'> => n !== 'sources').map(
		(file) => {
			const row = { file, rows: data[file].length } as CoverageRow;
			for (const l of EVIDENCE_LEVELS) row[l] = 0;
			for (const r of data[file]) row[evidenceOf(r.source_ids, index)?.level ?? 'other'] += 1;
			return row;
		}
	);
}

/** Percentage with no decimals, `0` for an empty file: `(12, 17)` → `71%`. */
export function percent(part: number, whole: number): string {
	return `${whole ? Math.round((100 * part) / whole) : 0}%`;
}

/** The short label of a level, for table cells and legends. */
export const LEVEL_LABEL: Record<EvidenceLevel, string> = {
	official: 'Official',
	research: 'Research',
	copy: 'Copy only',
	press: 'Press only',
	other: 'Other only'
};

/** What a table cell says of a row's evidence: `Official`, `Press reports only`, `Copy of …`. */
export function evidenceCell(e: Evidence | null): string {
	if (!e) return 'Your data';
	if (e.level === 'official' || e.level === 'research') return LEVEL_LABEL[e.level];
	const text = evidenceText(e);
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The legend line for the weak-evidence cue every chart draws. */
export const WEAK_CUE_LEGEND =
	'Dashed ring: no official or research source read at its own page (press reports, copies or other sources only)';

/** True when a row citing `ids` rests on no official or research source read at its own page. */
export function weakRow(
	ids: readonly string[],
	sources: Record<string, SourceRef | undefined>
): boolean {
	return isWeak(evidenceOf(ids, sources));
}

/** The coverage table as Markdown, for data/README.md and README.md (a test keeps both true). */
export function coverageMarkdown(rows: CoverageRow[]): string {
	return [
		'| file | rows | official | research | copies only | press only | other only | official or research |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map(
			(c) =>
				`| \`${c.file}.csv\` | ${c.rows} | ${c.official} | ${c.research} | ${c.copy} | ${c.press} | ${c.other} | ${percent(c.official + c.research, c.rows)} |`
		)
	].join('\n');
}

/** `EGDI|IND|2012` for every index row with no official or research source. */
export function weakIndexKeys(
	rows: { index: string; country: string; edition: number; source_ids: string[] }[],
	sources: Record<string, SourceRef | undefined>
): Set<string> {
	return new Set(
		rows
			.filter((r) => weakRow(r.source_ids, sources))
			.map((r) => `${r.index}|${r.country}|${r.edition}`)
	);
}
