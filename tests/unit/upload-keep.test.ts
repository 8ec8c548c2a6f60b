import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addSlice, mergedSlices } from '../../src/lib/upload/ingest/client';
import { keepResult } from '../../src/lib/upload/store/keep';
import { emptyMerged, mergeUploads } from '../../src/lib/upload/store/merge';
import { chunkData, joinChunks, memoryStorage } from '../../src/lib/upload/store/persist';
import { readText } from '../../src/lib/upload/ingest/session';
import { UploadStore } from '../../src/lib/upload/store/store.svelte';
import type { IndicatorSeries, UploadData } from '../../src/lib/upload/types';
import { packedTransfer, packSeries, unpackSeries } from '../../src/lib/upload/store/packed';
import { chosenSeries } from '../../src/lib/upload/ui/indicator';
import { indicatorOptions } from '../../src/lib/upload/store/indicators';

const fixture = (name: string) => readFileSync(`tests/fixtures/upload/${name}`, 'utf8');
const NOW = new Date('2025-01-02T03:04:05Z');

/** n milestones of the dashboard's own format, as a user's big file would hold. */
function milestones(n: number): string {
	const rows = ['country,date,title,category,description,system_id,source_ids'];
	for (let i = 0; i < n; i++)
		rows.push(`EST,${2000 + (i % 25)}-0${1 + (i % 9)},Milestone ${i},system,Row ${i},,est-${i}`);
	return rows.join('\n') + '\n';
}

describe('chunks', () => {
	it('cuts rows into chunks of at most the chunk size and joins them back unchanged', () => {
		const data: UploadData = {
			tables: { indices: Array.from({ length: 45 }, (_, i) => ({ i }) as never) },
			series: [10, 10, 25, 3].map((n, k) => ({
				code: `c${k}`,
				name: `c${k}`,
				country: 'EST',
				points: Array.from({ length: n }, (_, i) => [i, i] as [number, number]),
				source_id: 's'
			}))
		};
		const chunks = chunkData(data, 20);
		expect(chunks.map((c) => [c.tables.indices?.length ?? 0, c.series.map((s) => s.code)])).toEqual(
			[
				[20, []],
				[20, []],
				[5, []],
				[0, ['c0', 'c1']],
				[0, ['c2']],
				[0, ['c3']]
			]
		);
		expect(joinChunks(chunks)).toEqual(data);
	});

	it(
		'stores 50,000 milestones in chunks of 20,000 with its own progress, and reads them back',
		{ timeout: 30_000 },
		async () => {
			const storage = memoryStorage();
			const store = new UploadStore(storage);
			const progress: string[] = [];
			const refused = await store.add(readText(milestones(50_000), 'big.csv'), NOW, (d, t) =>
				progress.push(`${d}/${t}`)
			);
			expect(refused).toBeNull();
			expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
			expect(store.datasets.map((d) => [d.rows, d.chunks])).toEqual([[50_000, 3]]);
			expect(store.merged.milestones).toHaveLength(50_000);
			expect(store.merged.milestones[49_999]).toMatchObject({ title: 'Milestone 49999' });
		}
	);
});

describe('free space', () => {
	it('refuses in plain words before writing anything, and keeps what was stored', async () => {
		const storage = memoryStorage();
		const MB = 1024 * 1024;
		const before = new UploadStore(storage);
		await before.add(readText(fixture('egov-2024.csv'), 'egov.csv', 'utf-8', 1), NOW);
		const tight = new UploadStore(storage, undefined, async () => ({
			quota: 120 * MB,
			usage: 120 * MB - 1000
		}));
		await tight.load();
		const refusal = await tight.add(readText(milestones(2_000), 'm.csv', 'utf-8', 2), NOW);
		expect(refusal).toMatch(
			/^m\.csv was not stored: this dataset needs about \d+\.\d KB; this browser lets the dashboard keep 1000 bytes more\. Your datasets are unchanged\. Remove a dataset, or free space in this browser, and try again\.$/
		);
		expect((await storage.list()).map((d) => d.fileName)).toEqual(['egov.csv']);
		expect(tight.merged.indices).toHaveLength(35);
	});

	it('a write the browser refuses half-way leaves no chunk behind and the earlier data whole', async () => {
		const inner = memoryStorage();
		await keepResult(inner, readText(fixture('egov-2024.csv'), 'egov.csv', 'utf-8', 1), {
			now: NOW,
			estimate: async () => null
		});
		const failing = {
			...inner,
			put: async () => {
				const e = new Error('The serialized value is too large');
				e.name = 'UnknownError';
				throw e;
			}
		};
		const outcome = await keepResult(failing, readText(milestones(10), 'm.csv', 'utf-8', 2), {
			now: NOW,
			estimate: async () => null
		});
		expect(outcome.refusal).toBe(
			'The browser refused to store m.csv (The serialized value is too large). Your datasets are unchanged.'
		);
		expect((await inner.list()).map((d) => d.fileName)).toEqual(['egov.csv']);
	});
});

describe('the merged model crosses to the page in slices', () => {
	it('slices of at most 1,000 milestones rebuild the same model', () => {
		const r = readText(milestones(45_000), 'm.csv');
		const merged = mergeUploads([
			{
				id: r.id,
				fileName: 'm.csv',
				format: 'own',
				formatLabel: '',
				importedAt: NOW.toISOString(),
				rows: r.rowsGood,
				valueCount: r.valueCount,
				countries: r.countries,
				partial: false,
				chunks: 0,
				bytes: 0,
				data: r.data
			}
		]);
		const slices = [...mergedSlices(merged)];
		expect(slices.map((s) => s.milestones?.length ?? 0)).toEqual([0, ...Array(45).fill(1_000)]);
		const back = emptyMerged();
		for (const s of slices) addSlice(back, s);
		expect({ ...back, indicators: undefined }).toEqual(merged);
		expect(back.indicators).toBeUndefined();
	});
});

describe('series cross to the page packed in typed arrays', () => {
	const series: IndicatorSeries[] = [
		{
			code: 'IT.NET',
			name: 'Internet users',
			country: 'KOR',
			points: [
				[2021, 97.6],
				[2022, 97.2]
			],
			source_id: 'u1'
		},
		{
			code: 'IT.NET',
			name: 'Internet users',
			country: 'EST',
			points: [[2022, 91.6]],
			source_id: 'u1'
		},
		{
			code: 'cases',
			name: 'cases',
			country: 'EST',
			points: [
				[18_753, 12.5],
				[18_754, 0]
			],
			period: 'day',
			source_id: 'u2'
		},
		{ code: 'IT.NET', name: 'Internet users', country: 'IND', points: [], source_id: 'u1' }
	];

	it('unpacks every series exactly as it was packed', () => {
		const p = packSeries(series);
		expect(series.map((_, i) => unpackSeries(p, i))).toEqual(series);
		// Every array has its own buffer, so all can be transferred together.
		expect(new Set(packedTransfer(p)).size).toBe(6);
	});

	it('is one message of the merged slices, and the chart reads the same series from it', () => {
		const merged = { ...emptyMerged(), series };
		const slices = [...mergedSlices(merged)];
		expect(slices.filter((s) => s.packed)).toHaveLength(1);
		expect(slices.some((s) => s.series)).toBe(false);
		const back = emptyMerged();
		for (const s of slices) addSlice(back, s);
		expect(back.series).toEqual([]);
		const option = back.indicators!.find((o) => o.code === 'IT.NET')!;
		expect(option.countries).toEqual(['KOR', 'EST']); // India's series has no points
		const fromPacked = chosenSeries(back.packed!, 'IT.NET', ['EST', 'KOR', 'IND'], option.range);
		expect(fromPacked).toEqual([series[0], series[1]]);
		expect(chosenSeries(series, 'IT.NET', ['EST', 'KOR', 'IND'])).toEqual(fromPacked);
	});
});

describe('indicators with the same countries share one list', () => {
	it('so the message that carries them copies the list once', () => {
		const s = (code: string, country: string): IndicatorSeries => ({
			code,
			name: code,
			country,
			points: [[2022, 1]],
			source_id: 'u1'
		});
		const [a, b, c] = indicatorOptions([
			s('A', 'EST'),
			s('A', 'KOR'),
			s('B', 'KOR'),
			s('B', 'EST'),
			s('C', 'EST')
		]);
		expect(a!.countries).toEqual(['KOR', 'EST']);
		expect(b!.countries).toBe(a!.countries);
		expect(c!.countries).toEqual(['EST']);
	});
});
