import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import { citedSources, sourceIndex } from '../../src/lib/data/sources';

const { data } = loadData();
const phases = data.phases;

describe('sources as pages ship them', () => {
	it('keeps what a source line shows (name, year, link) and leaves notes and access dates to /data', () => {
		const cited = citedSources(phases, data.sources);
		const full = data.sources.find((s) => s.source_id === cited[0].source_id);
		expect(cited[0]).toEqual({
			source_id: full?.source_id,
			title: full?.title,
			publisher: full?.publisher,
			year: full?.year,
			url: full?.url
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
