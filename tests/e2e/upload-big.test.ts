import { type Page } from '@playwright/test';
import { BIG_BYTES, BIG_FILES, COUNTRIES } from '../bench/upload-files.js';
import { expect, test } from './site';

// Issue 21: a 120 MB file of each format imports without freezing the page. The files are built
// inside the page (nothing committed, nothing sent over the wire); one test per format, in
// parallel with the other e2e files, each about 20–40 s at full CPU speed.
test.describe.configure({ timeout: 300_000 });

/** Builds the file in the page, then picks it in a task of its own, timing the page from there. */
async function pickBig(page: Page, name: string, build: string) {
	await page.evaluate(
		({ name, build, bytes, countries }) => {
			const make = new Function(`return (${build})`)() as (
				bytes: number,
				countries: string[][]
			) => BlobPart[];
			const file = new File(make(bytes, countries), name, { type: 'text/csv' });
			const w = window as unknown as { __big: { start: number; longest: number; tasks: number } };
			w.__big = { start: Infinity, longest: 0, tasks: 0 };
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) {
					if (e.startTime < w.__big.start) continue;
					w.__big.longest = Math.max(w.__big.longest, e.duration);
					w.__big.tasks++;
				}
			}).observe({ type: 'longtask' });
			setTimeout(() => {
				w.__big.start = performance.now();
				const dt = new DataTransfer();
				dt.items.add(file);
				const el = document.querySelector<HTMLInputElement>('input[type=file]')!;
				el.files = dt.files;
				el.dispatchEvent(new Event('change', { bubbles: true }));
			}, 100);
		},
		{ name, build, bytes: BIG_BYTES, countries: COUNTRIES }
	);
}

const EXPECTED: Record<string, RegExp> = {
	'milestones-960k.csv': /^Imported milestones-960k\.csv: 960,000 rows, 1 country\.$/,
	'EGOV_DATA_big.csv': /^Imported EGOV_DATA_big\.csv: 440 rows, 20 countries\.$/,
	'API_SYN_DS2_en_csv_v2_big.csv':
		/^Imported API_SYN_DS2_en_csv_v2_big\.csv: 3\d\d,\d{3} rows, 20 countries\.$/,
	'owid-daily-big.csv': /^Imported owid-daily-big\.csv: 9\d\d,\d{3} rows, 20 countries\.$/
};

for (const { name, build } of BIG_FILES) {
	test(`a 120 MB file (${name}) imports in one step and the page never freezes`, async ({
		page
	}) => {
		await page.goto('/data/');
		await expect(page.getByText('None yet. Files you import appear here')).toBeVisible();
		await pickBig(page, name, build.toString());
		await expect(page.getByRole('progressbar', { name: `Reading ${name}` })).toBeVisible();
		const panel = page.getByRole('region', { name: 'Your own data' });
		await expect(panel.getByRole('status').first()).toHaveText(EXPECTED[name]!, {
			timeout: 240_000
		});
		await expect(
			page
				.getByRole('table', { name: 'Your datasets (1)' })
				.getByRole('cell', { name, exact: true })
		).toBeVisible();
		await page.waitForTimeout(300); // the last long task entries arrive after the task
		const big = await page.evaluate(
			() =>
				(window as unknown as { __big: { start: number; longest: number; tasks: number } }).__big
		);
		const seconds = (await page.evaluate(() => performance.now())) / 1000 - big.start / 1000;
		console.log(
			`${name}: imported in ${seconds.toFixed(1)} s; longest main-thread task ${Math.round(big.longest)} ms; ${big.tasks} tasks over 50 ms`
		);
		// The old pipeline held the page for 27 s in one task. 200 ms leaves room for a machine
		// shared with other test runs; the bench measures the 100 ms goal at 4× CPU.
		expect(big.longest).toBeLessThan(200);
		const stored = page.getByText(/ of 1,000,000 values stored\./);
		await expect(stored).toBeVisible();

		// Still there after a reload: read back from the chunks, merged in the worker.
		await page.reload();
		await expect(
			page
				.getByRole('table', { name: 'Your datasets (1)' })
				.getByRole('cell', { name, exact: true })
		).toBeVisible({ timeout: 60_000 });
	});
}
