import { describe, expect, it } from 'vitest';
import type { Milestone, Phase, Source } from '../../src/lib/data/schema';
import { withUploads } from '../../src/lib/timeline/uploaded';

const ms = (country: string, date: string, title: string): Milestone => ({
	country,
	date,
	title,
	category: 'system',
	description: '',
	system_id: '',
	source_ids: ['s']
});
const phase = (country: string, phase_id: string): Phase => ({
	country,
	phase_id,
	name: phase_id,
	start_year: 2000,
	end_year: 2005,
	administration: '',
	summary: '',
	key_initiatives: [],
	source_ids: ['s']
});
const src = (source_id: string): Source => ({
	source_id,
	title: source_id,
	publisher: 'P',
	year: null,
	url: '',
	accessed: '2025-01-01',
	notes: ''
});
const BASE = {
	phases: [phase('KOR', 'kor-a')],
	milestones: [ms('KOR', '2002-04', 'Hometax launched'), ms('IND', '2006-05', 'NeGP approved')],
	sources: { s: src('s') }
};

describe('withUploads (timeline)', () => {
	it('returns the committed data unchanged when nothing is uploaded', () => {
		expect(withUploads(BASE, null)).toEqual({ ...BASE, colourIndex: {} });
		expect(
			withUploads(BASE, { phases: [], milestones: [], sources: [src('u')], countries: [] })
		).toEqual({ ...BASE, colourIndex: {} });
	});

	it('adds uploaded rows in date order, skips repeats of committed rows, adds their sources', () => {
		const out = withUploads(BASE, {
			phases: [phase('EST', 'est-a'), phase('KOR', 'kor-a')],
			milestones: [
				ms('EST', '2001-12', 'X-Road launched'),
				ms('KOR', '2002-04', 'Hometax launched'),
				ms('EST', '2001-12', 'X-Road launched')
			],
			sources: [src('upload-1')],
			countries: [
				{ code: 'CIV', colourIndex: 0 },
				{ code: 'EST', colourIndex: 1 }
			]
		});
		expect(out.phases.map((p) => p.phase_id)).toEqual(['kor-a', 'est-a']);
		expect(out.milestones.map((m) => `${m.country} ${m.date}`)).toEqual([
			'EST 2001-12',
			'KOR 2002-04',
			'IND 2006-05'
		]);
		expect(Object.keys(out.sources)).toEqual(['s', 'upload-1']);
		expect(out.colourIndex).toEqual({ CIV: 0, EST: 1 });
	});
});
