import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/lib/upload/store/export';
import { MAX_STORED_VALUES } from '../../src/lib/upload/ingest/limits';
import { memoryStorage } from '../../src/lib/upload/store/persist';
import { readText } from '../../src/lib/upload/ingest/session';
import { UploadStore } from '../../src/lib/upload/store/store.svelte';

const fixture = (name: string) => readFileSync(`tests/fixtures/upload/${name}`, 'utf8');
const NOW = new Date('2025-01-02T03:04:05Z');
/** The user's own milestones with a bad date: importing the good row is the user's choice. */
const OWN_BAD =
	'country,date,title,category,description,system_id,source_ids\n' +
	'EST,2001-12,X-Road launched,infrastructure,Data exchange,,est-xroad\n' +
	'EST,20x2,ID card,system,Chip ID card,,est-id\n';

describe('UploadStore', () => {
	it('keeps imported datasets across a reload (a new store on the same storage)', async () => {
		const storage = memoryStorage();
		const first = new UploadStore(storage);
		await first.load();
		expect(
			await first.add(readText(fixture('egov-2024.csv'), 'egov-2024.csv', 'utf-8', 1), NOW)
		).toBeNull();
		expect(
			await first.add(readText(fixture('owid-internet.csv'), 'owid.csv', 'utf-8', 2), NOW)
		).toBeNull();

		const reloaded = new UploadStore(storage);
		await reloaded.load();
		expect(reloaded.datasets.map((d) => [d.fileName, d.rows, d.valueCount, d.partial])).toEqual([
			['egov-2024.csv', 7, 35, false],
			['owid.csv', 5, 5, false]
		]);
		expect(reloaded.merged.countries.map((c) => [c.code, c.colourIndex])).toEqual([
			['CIV', 0],
			['EST', 1],
			['TUR', 2],
			['XKX', 3]
		]);
		expect(reloaded.indexRowsByCountry('EGDI').get('EST')).toEqual([
			expect.objectContaining({ edition: 2024, value: 0.9727, rank: 2 })
		]);
		expect(reloaded.merged.sources[0]).toEqual({
			source_id: 'upload-egov-2024-1',
			title: 'egov-2024.csv',
			publisher: 'Uploaded in this browser (UN E-Government Knowledgebase data-centre export)',
			year: null,
			url: '',
			accessed: '2025-01-02',
			notes: ''
		});

		await reloaded.remove('upload-egov-2024-1');
		expect((await storage.list()).map((d) => d.fileName)).toEqual(['owid.csv']);
		await reloaded.clear();
		expect(await storage.list()).toEqual([]);
		expect(reloaded.merged.indices).toEqual([]);
	});

	it('never adds a fatal file and keeps what was loaded before', async () => {
		const store = new UploadStore(memoryStorage());
		await store.add(readText(fixture('egov-2024.csv'), 'good.csv'), NOW);
		expect(await store.add(readText('a,b\n1,2\n', 'bad.csv'), NOW)).toBe(
			'This file has nothing that can be imported.'
		);
		expect(store.datasets.map((d) => d.fileName)).toEqual(['good.csv']);
	});

	it('refuses an import past the stored-values limit, with the limit in the message', async () => {
		const store = new UploadStore(memoryStorage());
		const result = readText(fixture('egov-2024.csv'), 'big.csv');
		result.valueCount = MAX_STORED_VALUES + 1;
		expect(await store.add(result, NOW)).toBe(
			'Importing 1,000,001 values would keep 1,000,001 in this browser; the limit is 1,000,000. Remove a dataset first.'
		);
		expect(store.datasets).toEqual([]);
	});

	it('marks a dataset imported with problems as partial', async () => {
		const store = new UploadStore(memoryStorage());
		await store.add(readText(OWN_BAD, 'm-bad.csv'), NOW);
		expect(store.datasets[0]).toMatchObject({ rows: 1, partial: true });
		expect(store.merged.sources[0]?.notes).toBe('Rows with problems were left out on import.');
	});

	it('lets a later upload of the same fact replace the earlier one', async () => {
		const store = new UploadStore(memoryStorage());
		await store.add(readText(fixture('egov-2024.csv'), 'a.csv', 'utf-8', 1), NOW);
		const fixed = fixture('egov-2024.csv').replace(
			'2024,Estonia ,2.0,0.9727',
			'2024,Estonia ,2.0,0.9728'
		);
		await store.add(readText(fixed, 'b.csv', 'utf-8', 2), NOW);
		expect(
			store
				.indexRowsByCountry()
				.get('EST')
				?.map((r) => r.value)
		).toEqual([0.9728]);
	});
});

describe('normalised CSV export', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['+1', "'+1"],
		['-cmd', "'-cmd"],
		['@SUM(A1)', "'@SUM(A1)"],
		['<script>alert(1)</script>', '<script>alert(1)</script>'],
		['a,b', '"a,b"'],
		[-3, '-3'],
		[null, ''],
		[['a', 'b'], 'a;b']
	])('%j → %s', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});

	it('writes a UN export as dashboard indices rows', async () => {
		const store = new UploadStore(memoryStorage());
		await store.add(readText(fixture('egov-2024.csv'), 'egov.csv', 'utf-8', 1), NOW);
		const { fileName, text } = await store.csv(store.datasets[0]!.id);
		expect(fileName).toBe('upload-egov-1-indices.csv');
		expect(text.split('\n').slice(0, 3)).toEqual([
			'country,index,edition,value,rank,of,source_ids,notes',
			'KOR,EGDI,2024,0.96789,4,,upload-egov-1,',
			'KOR,OSI,2024,1,,,upload-egov-1,'
		]);
	});

	it('writes series long, one value per row', async () => {
		const store = new UploadStore(memoryStorage());
		await store.add(readText(fixture('owid-internet.csv'), 'owid.csv', 'utf-8', 1), NOW);
		expect((await store.csv(store.datasets[0]!.id)).text.split('\n').slice(0, 2)).toEqual([
			'country,indicator_code,indicator_name,year,value,source_id',
			'IND,Share of the population using the Internet,Share of the population using the Internet,2020,43.4,upload-owid-1'
		]);
	});
});
