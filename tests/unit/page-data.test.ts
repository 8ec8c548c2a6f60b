import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import { citedSources, sourceIndex } from '../../src/lib/data/sources';
import { phaseBars, phaseTable } from '../../src/lib/timeline/phase-layout';

const { data } = loadData();
const phases = data.phases;

describe('sources as pages ship them', () => {
	it('keeps what a source line shows (name, year, link, kind, copy) and leaves notes and access dates to /data', () => {
		const cited = citedSources(phases, data.sources);
		const full = data.sources.find((s) => s.source_id === cited[0]?.source_id);
		expect(full?.notes).not.toBe('');
		expect(cited[0]).toEqual({
			source_id: full?.source_id,
			title: full?.title,
			publisher: full?.publisher,
			year: full?.year,
			url: full?.url,
			kind: full?.kind,
			via: full?.via
		});
		expect(Object.keys(sourceIndex(data.sources, phases)).sort()).toEqual(
			cited.map((s) => s.source_id).sort()
		);
	});

	it('lists each cited source once, in the order rows first cite them', () => {
		const rows = [{ source_ids: ['b', 'a'] }, { source_ids: ['a', 'c'] }];
		const sources = ['a', 'b', 'c', 'd'].map((id) => ({
			source_id: id,
			title: id.toUpperCase(),
			publisher: 'P',
			year: null,
			url: ''
		}));
		expect(citedSources(rows, sources).map((s) => s.source_id)).toEqual(['b', 'a', 'c']);
	});
});

describe('phases as the phases chart ships them', () => {
	it('keep what the chart draws, names and exports, and drop summaries and initiatives', () => {
		const bars = phaseBars(phases);
		expect(bars).toHaveLength(phases.length);
		expect(Object.keys(bars[0] ?? {}).sort()).toEqual([
			'administration',
			'country',
			'end_year',
			'name',
			'phase_id',
			'source_ids',
			'start_year'
		]);
		expect(phaseTable(bars)).toEqual(phaseTable(phases));
	});
});
