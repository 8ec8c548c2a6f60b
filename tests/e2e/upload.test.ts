import { type Page } from '@playwright/test';
import { expect, test } from './site';

const FIXTURES = 'tests/fixtures/upload';
const input = (page: Page) => page.getByLabel('Choose a CSV file');
const datasets = (page: Page) => page.getByRole('table', { name: /^Your datasets/ });

/** Puts a file built inside the page into the file input: big files need no disk or transfer. */
async function pickGenerated(page: Page, name: string, build: string, arg: number) {
	await page.evaluate(
		({ name, build, arg }) => {
			const make = new Function('arg', build) as (arg: number) => BlobPart[];
			const file = new File(make(arg), name, { type: 'text/csv' });
			const dt = new DataTransfer();
			dt.items.add(file);
			const el = document.querySelector<HTMLInputElement>('input[type=file]')!;
			el.files = dt.files;
			el.dispatchEvent(new Event('change', { bubbles: true }));
		},
		{ name, build, arg }
	);
}

test.beforeEach(async ({ page }) => {
	await page.goto('/data/');
	// Hydrated and the (empty) store read: the list says so.
	await expect(page.getByText('None yet. Files you import appear here')).toBeVisible();
});

test('a UN export is recognised, summarised, listed, kept after a reload and removable', async ({
	page
}) => {
	await input(page).setInputFiles(`${FIXTURES}/egov-2024.csv`);
	const summary = page.getByRole('region', { name: 'What was found in egov-2024.csv' });
	await expect(summary).toContainText('UN E-Government Knowledgebase data-centre export');
	await expect(summary).toContainText('8 rows read, 7 without problems (35 values)');
	await expect(summary).toContainText(
		"5: Côte d'Ivoire (CIV), Estonia (EST), India (IND), Korea (KOR), Türkiye (TUR)"
	);
	await expect(summary).toContainText('1 repeated row (same country, year and values) read once.');
	await expect(page.getByRole('status')).toHaveText('Imported egov-2024.csv: 7 rows, 5 countries.');
	await expect(datasets(page).getByRole('row')).toHaveCount(2);

	await page.reload();
	await expect(
		datasets(page).getByRole('cell', { name: 'egov-2024.csv', exact: true })
	).toBeVisible();
	await page.getByRole('button', { name: 'Remove egov-2024.csv' }).click();
	await expect(page.getByText('None yet. Files you import appear here')).toBeVisible();
	await page.reload();
	await expect(page.getByText('None yet. Files you import appear here')).toBeVisible();
});

test('a WDI download (BOM, preamble, aggregates) and an OWID download are read', async ({
	page
}) => {
	await input(page).setInputFiles(`${FIXTURES}/wdi-internet.csv`);
	const wdi = page.getByRole('region', { name: 'What was found in wdi-internet.csv' });
	await expect(wdi).toContainText('World Bank World Development Indicators (wide CSV)');
	await expect(wdi).toContainText(
		'3 aggregates, not countries: World, East Asia & Pacific, High income'
	);
	await input(page).setInputFiles(`${FIXTURES}/owid-internet.csv`);
	const owid = page.getByRole('region', { name: 'What was found in owid-internet.csv' });
	await expect(owid).toContainText('3: India (IND), Korea (KOR), Kosovo (XKX)');
	await expect(datasets(page).getByRole('row')).toHaveCount(3);
});

test('a public download with the source’s problems imports in one step, every problem located', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await input(page).setInputFiles(`${FIXTURES}/egov-bad.csv`);
	const problems = page.getByRole('region', {
		name: '5 problems in egov-bad.csv (the source’s own; the rest was imported)'
	});
	await expect(problems).toContainText(
		'Line 4, column 3 (E-Government Rank), value “4.5”: E-Government Rank "4.5" is not a rank; this value is left out'
	);
	await expect(problems).toContainText('Expected: a number between 0 and 1');
	// The hostile names are shown as text, never run.
	await expect(problems.getByText('“<img src=x onerror=alert(1)>” (line 6)')).toBeVisible();
	await expect(
		problems.getByText('“=HYPERLINK("http://example.invalid","x")” (line 7)')
	).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
	await expect(page.getByRole('status')).toHaveText('Imported egov-bad.csv: 3 rows, 3 countries.');
	await expect(
		datasets(page).getByRole('cell', { name: 'egov-bad.csv', exact: true })
	).toBeVisible();
});

test('the user’s own file with problems: importing the good rows is a choice', async ({ page }) => {
	await input(page).setInputFiles({
		name: 'my-milestones.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'country,date,title,category,description,system_id,source_ids\n' +
				'EST,2001-12,X-Road launched,infrastructure,Data exchange,,est-xroad\n' +
				'EST,20x2,ID card,system,Chip ID card,,est-id\n'
		)
	});
	const alert = page.getByRole('alert');
	await expect(
		alert.getByRole('heading', { name: '1 problem in my-milestones.csv' })
	).toBeVisible();
	await expect(alert).toContainText('Line 3, column 2 (date), value “20x2”');
	// Nothing is imported until the user says so.
	await expect(page.getByText('None yet. Files you import appear here')).toBeVisible();
	await alert.getByRole('button', { name: 'Import the 1 good row' }).click();
	await expect(
		datasets(page).getByRole('cell', { name: 'my-milestones.csv (good rows only)' })
	).toBeVisible();
});

test('empty, binary, ragged and unknown files each get an alert and keep earlier data', async ({
	page
}) => {
	await input(page).setInputFiles(`${FIXTURES}/milestones-estonia.csv`);
	await expect(datasets(page).getByRole('row')).toHaveCount(2);
	const cases: [string, string | Buffer, string][] = [
		['empty.csv', '', '1 problem in empty.csv'],
		[
			'binary.csv',
			Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x7f, 0x00]),
			'it contains binary data'
		],
		[
			'ragged.csv',
			'Entity,Code,Year,Value\nIndia,IND\n',
			'Line 2, column 3 (Year): the row has 2 fields'
		],
		['other.csv', 'a,b,c\n1,2,3\n', 'is not one of the formats the dashboard reads']
	];
	for (const [name, content, message] of cases) {
		await input(page).setInputFiles({
			name,
			mimeType: 'text/csv',
			buffer: Buffer.isBuffer(content) ? content : Buffer.from(content)
		});
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(
			datasets(page).getByRole('cell', { name: 'milestones-estonia.csv', exact: true })
		).toBeVisible();
	}
});

test('a file above the limit is refused with the limit in the message', async ({ page }) => {
	await pickGenerated(page, 'huge.csv', 'return [new Uint8Array(arg)]', 151 * 1024 * 1024);
	await expect(page.getByRole('alert')).toHaveText(
		'huge.csv was not read. The file is 151.0 MB; files up to 150.0 MB can be read. Split it or keep only the rows you need.'
	);
});

test('a 100 MB file streams with a progress bar, the page stays responsive, Cancel stops it', async ({
	page
}) => {
	// 100 MB of OWID rows, built in the page.
	const build = `
		const row = 'India,IND,2020,43.4\\n'.repeat(50000);
		const parts = ['Entity,Code,Year,Value\\n'];
		let size = 0;
		while (size < arg) { parts.push(row); size += row.length; }
		return parts;`;
	await pickGenerated(page, 'big.csv', build, 100 * 1024 * 1024);
	const bar = page.getByRole('progressbar', { name: 'Reading big.csv' });
	await expect(bar).toBeVisible();
	await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
	// While the worker parses, the main thread keeps drawing frames.
	const longestFrame = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let last = performance.now();
				let worst = 0;
				const end = last + 1000;
				const tick = (t: number) => {
					worst = Math.max(worst, t - last);
					last = t;
					if (t < end) requestAnimationFrame(tick);
					else resolve(worst);
				};
				requestAnimationFrame(tick);
			})
	);
	// Parsing 100 MB on the main thread would freeze it for seconds; 500 ms leaves room for a
	// machine shared with other test runs (measured alone: see the README).
	test.info().annotations.push({ type: 'longest frame (ms)', description: String(longestFrame) });
	console.log(`longest frame while parsing 100 MB: ${Math.round(longestFrame)} ms`);
	expect(longestFrame).toBeLessThan(500);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Reading big.csv was cancelled. Nothing was imported; your datasets are unchanged.'
	);
	await expect(bar).toBeHidden();
});

test('no script runs from a hostile file', async ({ page }) => {
	const text =
		'Entity,Code,Year,Value\n' +
		'"<script>window.__pwned=1</script>",XXX,2020,1\n' +
		'"<img src=x onerror=""window.__pwned=2"">",YYY,2020,1\n';
	await input(page).setInputFiles({
		name: 'hostile.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	await expect(page.getByRole('alert')).toContainText(
		'“<script>window.__pwned=1</script>” (line 2)'
	);
	await expect(page.getByRole('alert')).toContainText(
		'“<img src=x onerror="window.__pwned=2">” (line 3)'
	);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	await expect(page.locator('main script, main img')).toHaveCount(0);
});
