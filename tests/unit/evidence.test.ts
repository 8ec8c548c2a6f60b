import { DATASET_NAMES } from '../../src/lib/data/schema';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	coverage,
	coverageMarkdown,
	evidenceCell,
	evidenceOf,
	kindSummary
} from '../../src/lib/data/evidence';
import { loadData } from '../../src/lib/data/load.server';
import { SOURCE_KINDS, type SourceRef } from '../../src/lib/data/schema';
import { citationText } from '../../src/lib/export/citation';

const { data } = loadData();

const src = (id: string, kind: SourceRef['kind'], via = '', publisher = 'P'): SourceRef => ({
	source_id: id,
	title: id.toUpperCase(),
	publisher,
	year: 2012,
	url: `https://example.org/${id}`,
	kind,
	via
});
const S = Object.fromEntries(
	[
		src('gov', 'official'),
		src('uni', 'research'),
		src('copy', 'official', 'GitHub (someone/repo)', 'UN DESA'),
		src('news', 'press'),
		src('blog', 'other')
	].map((s) => [s.source_id, s])
);

describe('evidence of a row', () => {
	it.each([
		[['gov', 'news'], 'official', 'Official'],
		[['uni', 'blog'], 'research', 'Research'],
		[['copy', 'news'], 'copy', 'Copy of UN DESA (2012), retrieved from GitHub (someone/repo)'],
		[['news', 'blog'], 'press', 'Press reports only'],
		[['blog'], 'other', 'Other sources only (blogs, slide sites, encyclopaedias or aggregators)']
	])('%j rests on %s', (ids, level, cell) => {
		const e = evidenceOf(ids, S);
		expect(e?.level).toBe(level);
		expect(evidenceCell(e)).toBe(cell);
	});

	it('says nothing about an uploaded file, whose kind nobody judged', () => {
		const upload = { source_id: 'up', title: 'mine.csv', publisher: 'You', year: null, url: '' };
		expect(evidenceOf(['up'], { up: upload })).toBeNull();
		expect(evidenceCell(null)).toBe('Your data');
	});

	it('counts a source list by kind', () => {
		expect(kindSummary(Object.values(S))).toBe(
			'5 documents: 2 official, 1 research, 1 press, 1 other'
		);
		expect(kindSummary([S.gov!])).toBe('1 document: 1 official');
	});

	it('cites a copy under its original publisher, retrieved from the copy', () => {
		const text = citationText({
			title: 'EGDI',
			url: 'https://dash/x',
			sources: [S.copy!],
			dataVersion: 'v',
			accessed: '2026-12-02'
		});
		expect(text.split('\n').slice(1)).toEqual([
			'Underlying sources (1 document: 1 official):',
			'- UN DESA (2012). COPY. Official; retrieved from GitHub (someone/repo), https://example.org/copy'
		]);
	});
});

describe('the committed sources', () => {
	it('every source has one of the four kinds', () => {
		const bad = data.sources.filter((s) => !SOURCE_KINDS.includes(s.kind!));
		expect(bad.map((s) => s.source_id)).toEqual([]);
	});

	it('a copy names the copy in via and the original author in publisher', () => {
		const hosts =
			/github\.com|scribd\.com|slideplayer|slideserve|docplayer|vdocument|pdfslide|datais\.info/;
		const copies = data.sources.filter((s) => hosts.test(s.url) && s.kind !== 'other');
		expect(copies.length).toBeGreaterThan(20);
		for (const s of copies) {
			expect(s.via, s.source_id).not.toBe('');
			expect(s.publisher, s.source_id).not.toMatch(/GitHub|Scribd|mirror|datais/i);
		}
		const egdi = data.sources.find((s) => s.source_id === 'kr-unu-egdi-2012')!;
		expect([egdi.publisher, egdi.kind, egdi.via]).toEqual([
			'United Nations Department of Economic and Social Affairs (UN DESA)',
			'official',
			'GitHub (UNU-EGOV/datasets)'
		]);
	});
});

describe('the coverage table', () => {
	const rows = coverage(data, data.sources);

	it('counts every row of every file once', () => {
		for (const r of rows) {
			const file = data[r.file];
			expect(r.official + r.research + r.copy + r.press + r.other, r.file).toBe(file.length);
		}
		expect(rows.map((r) => r.file)).toEqual(DATASET_NAMES.filter((n) => n !== 'sources'));
	});

	it('is computed from the files: re-rating one source moves its rows', () => {
		const before = rows.find((r) => r.file === 'indices')!;
		// Rows that NIRS alone lifts to official: another official page read at its own site keeps a row there.
		const ownOfficial = new Set(
			data.sources.filter((s) => s.kind === 'official' && !s.via).map((s) => s.source_id)
		);
		const cited = data.indices.filter(
			(r) =>
				r.source_ids.includes('idx-nirs-2020') &&
				!r.source_ids.some((id) => id !== 'idx-nirs-2020' && ownOfficial.has(id))
		);
		const demoted = data.sources.map((s) =>
			s.source_id === 'idx-nirs-2020' ? { ...s, kind: 'press' as const } : s
		);
		const after = coverage(data, demoted).find((r) => r.file === 'indices')!;
		expect(cited.length).toBeGreaterThan(0);
		expect(after.official).toBe(before.official - cited.length);
		expect(after.official + after.research + after.copy + after.press + after.other).toBe(
			before.rows
		);
	});

	it('is what data/README.md and README.md state', () => {
		const table = coverageMarkdown(rows);
		for (const file of ['data/README.md', 'README.md']) {
			const text = readFileSync(file, 'utf8');
			const start = '<!-- coverage:start (computed by tests/unit/evidence.test.ts) -->';
			const end = '<!-- coverage:end -->';
			const from = text.indexOf(start);
			const to = text.indexOf(end);
			expect(from, `${file} lacks the coverage markers`).toBeGreaterThan(-1);
			const expected = `${start}\n\n<!-- prettier-ignore -->\n${table}\n\n`;
			if (process.env.UPDATE_DICTIONARY && text.slice(from, to) !== expected) {
				writeFileSync(file, text.slice(0, from) + expected + text.slice(to));
				continue;
			}
			expect(text.slice(from, to), file).toBe(expected);
		}
	});
});
