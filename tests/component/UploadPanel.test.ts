import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Parser } from '../../src/lib/upload/ingest/client';
import { memoryStorage } from '../../src/lib/upload/store/persist';
import { readText } from '../../src/lib/upload/ingest/session';
import { UploadStore } from '../../src/lib/upload/store/store.svelte';
import UploadPanel from '../../src/lib/upload/ui/UploadPanel.svelte';
import UploadProblems from '../../src/lib/upload/ui/UploadProblems.svelte';

const fixture = (name: string) => readFileSync(`tests/fixtures/upload/${name}`, 'utf8');

/** Reads the file synchronously in the test, as the worker would, without a Worker. */
const inline: Parser = (file) => ({
	done: new Promise((resolve) => {
		// jsdom's File has no text(); FileReader it has.
		const reader = new FileReader();
		reader.onload = () => resolve(readText(String(reader.result), file.name, 'utf-8', 7));
		reader.readAsText(file);
	}),
	cancel() {}
});

async function setup(parse: Parser = inline) {
	const store = new UploadStore(memoryStorage());
	await store.load();
	render(UploadPanel, { parse, store });
	return { store, user: userEvent.setup() };
}
const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
/** The user's own milestones with a bad date: importing the good row is the user's choice. */
const OWN_BAD =
	'country,date,title,category,description,system_id,source_ids\n' +
	'EST,2001-12,X-Road launched,infrastructure,Data exchange,,est-xroad\n' +
	'EST,20x2,ID card,system,Chip ID card,,est-id\n';

describe('UploadProblems', () => {
	it(
		'lists each problem with line, column, value and what was expected, grouped',
		{ timeout: 20_000 },
		() => {
			const many = ['Entity,Code,Year,Value']
				.concat(Array.from({ length: 30 }, (_, i) => `India,IND,${2000 + i},n/a`))
				.join('\n');
			render(UploadProblems, {
				result: readText(many, 'many.csv'),
				onimport: () => {},
				ondiscard: () => {}
			});
			const alert = screen.getByRole('alert');
			expect(within(alert).getByRole('heading', { name: '30 problems in many.csv' })).toBeVisible();
			const group = within(alert).getByRole('region', {
				name: "Value … is not a number; this value is left out, the row's other values are kept — 30 times"
			});
			expect(group).toHaveTextContent(
				'Expected: a number with `.` as decimal point (or `,` in a `;`-separated file), or empty when missing'
			);
			const items = within(group).getAllByRole('listitem');
			expect(items).toHaveLength(20);
			expect(items[0]).toHaveTextContent(
				'Line 2, column 4 (Value), value “n/a”: Value "n/a" is not a number'
			);
			expect(group).toHaveTextContent('…and 10 more like these.');
			expect(within(alert).getByText('No row can be imported.')).toBeVisible();
		}
	);
});

describe('UploadPanel', () => {
	it('imports a clean file at once and lists it', async () => {
		const { store, user } = await setup();
		await user.upload(
			screen.getByLabelText('Choose a CSV file'),
			file('egov.csv', fixture('egov-2024.csv'))
		);
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'Imported egov.csv: 7 rows, 5 countries.'
			)
		);
		expect(screen.queryByRole('alert')).toBeNull();
		const table = screen.getByRole('table', { name: 'Your datasets (1)' });
		expect(within(table).getByRole('cell', { name: 'egov.csv' })).toBeVisible();
		expect(store.datasets).toHaveLength(1);
	});

	it('imports only the good rows of a bad file, and only when asked', async () => {
		const { store, user } = await setup();
		await user.upload(screen.getByLabelText('Choose a CSV file'), file('bad.csv', OWN_BAD));
		const alert = await screen.findByRole('alert');
		expect(within(alert).getByRole('heading', { name: '1 problem in bad.csv' })).toBeVisible();
		expect(alert).toHaveTextContent('Line 3, column 2 (date), value “20x2”');
		expect(alert).toHaveTextContent('1 of 2 rows has no problem.');
		expect(store.datasets).toEqual([]);

		await user.click(within(alert).getByRole('button', { name: 'Import the 1 good row' }));
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent('Imported bad.csv: 1 row, 1 country.')
		);
		expect(store.datasets.map((d) => [d.fileName, d.partial])).toEqual([['bad.csv', true]]);
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('discarding a bad file keeps earlier data', async () => {
		const { store, user } = await setup();
		const input = screen.getByLabelText('Choose a CSV file');
		await user.upload(input, file('good.csv', fixture('egov-2024.csv')));
		await screen.findByRole('table', { name: 'Your datasets (1)' });
		await user.upload(input, file('bad.csv', OWN_BAD));
		await user.click(await screen.findByRole('button', { name: 'Discard this file' }));
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'Discarded bad.csv. Your datasets are unchanged.'
			)
		);
		expect(store.datasets.map((d) => d.fileName)).toEqual(['good.csv']);
	});

	it('imports a public download with the source’s own problems in one step, listing them', async () => {
		const { store, user } = await setup();
		await user.upload(
			screen.getByLabelText('Choose a CSV file'),
			file('egov-2003.csv', fixture('egov-2003.csv'))
		);
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'Imported egov-2003.csv: 6 rows, 6 countries.'
			)
		);
		const problems = screen.getByRole('region', {
			name: '2 problems in egov-2003.csv (the source’s own; the rest was imported)'
		});
		expect(problems).toHaveTextContent(
			'Line 5, column 7 (Human Capital Index), value “1.422”: Human Capital Index "1.422" is not an index value; this value is left out, the row\'s other values are kept'
		);
		expect(within(problems).queryByRole('button')).toBeNull();
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByText(/Not surveyed in 2003/)).toHaveTextContent(
			"Not surveyed in 2003 (no rank and every index 0), left out and never drawn as 0: Montenegro, South Sudan, Korea (Democratic People's Republic of)."
		);
		expect(store.datasets.map((d) => [d.fileName, d.partial])).toEqual([['egov-2003.csv', false]]);
	});

	it('shows hostile names as text', async () => {
		const { user } = await setup();
		await user.upload(
			screen.getByLabelText('Choose a CSV file'),
			file('h.csv', 'Entity,Code,Year,Value\n"<img src=x onerror=alert(1)>",XXX,2020,1\n')
		);
		const alert = await screen.findByRole('alert');
		expect(within(alert).getByText('“<img src=x onerror=alert(1)>” (line 2)')).toBeVisible();
		expect(alert.querySelector('img')).toBeNull();
	});

	it('shows progress while reading and Cancel leaves everything as it was', async () => {
		let progress: (loaded: number, total: number) => void = () => {};
		let cancelled = false;
		const slow: Parser = (_, onProgress) => {
			progress = onProgress;
			let settle: (v: null) => void = () => {};
			return {
				done: new Promise((r) => (settle = r)),
				cancel() {
					cancelled = true;
					settle(null);
				}
			};
		};
		const { store, user } = await setup(slow);
		await user.upload(
			screen.getByLabelText('Choose a CSV file'),
			file('big.csv', 'x'.repeat(2048))
		);
		progress(1024, 2048);
		const bar = await screen.findByRole('progressbar', { name: 'Reading big.csv' });
		await expect.poll(() => bar.getAttribute('value')).toBe('50');
		expect(screen.getByText('50% · 1.0 KB of 2.0 KB')).toBeVisible();
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(cancelled).toBe(true);
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'Reading big.csv was cancelled. Nothing was imported; your datasets are unchanged.'
			)
		);
		expect(screen.queryByRole('progressbar')).toBeNull();
		expect(store.datasets).toEqual([]);
	});

	it('removes one dataset, or all', async () => {
		const { store, user } = await setup();
		const input = screen.getByLabelText('Choose a CSV file');
		await user.upload(input, file('a.csv', fixture('egov-2024.csv')));
		await screen.findByRole('table', { name: 'Your datasets (1)' });
		await user.upload(input, file('b.csv', fixture('owid-internet.csv')));
		await screen.findByRole('table', { name: 'Your datasets (2)' });
		await user.click(screen.getByRole('button', { name: 'Remove a.csv' }));
		expect(store.datasets.map((d) => d.fileName)).toEqual(['b.csv']);
		await user.click(screen.getByRole('button', { name: 'Remove all uploaded datasets' }));
		expect(store.datasets).toEqual([]);
		expect(
			screen.getByText('None yet. Files you import appear here and stay after a reload.')
		).toBeVisible();
	});
});
