import { expect, test } from './site';
import { readFileSync } from 'node:fs';
import { DATASET_NAMES } from '../../src/lib/data/schema';

const PAGES = [
	{ path: '/', heading: 'Korea and India: e-government, step by step' },
	{ path: '/timeline/', heading: 'Timeline' },
	{ path: '/budget/', heading: 'Budget: how much went to e-government?' },
	{ path: '/systems/', heading: 'Flagship systems, pair by pair' },
	{ path: '/rankings/', heading: 'UN rankings' },
	{ path: '/people/', heading: 'Bringing people along: literacy, internet use, open government' },
	{ path: '/data/', heading: 'Data' },
	{ path: '/present/', heading: 'Present' }
];

const DATASETS: readonly string[] = DATASET_NAMES;

/** Phase names from the committed CSV, read without the app's parser. */
function phaseNames(): string[] {
	const [header, ...rows] = readFileSync('data/phases.csv', 'utf8').trim().split('\n');
	const nameAt = header!.split(',').indexOf('name');
	// The first three columns (country, phase_id, name) never contain commas or quotes.
	return rows.map((r) => r.split(',')[nameAt]!);
}

for (const { path, heading } of PAGES) {
	test(`${path} answers 200, shows its heading and logs no console error`, async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		const foreign: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith('http://127.0.0.1:')) foreign.push(r.url());
		});
		const scripts: Promise<string>[] = [];
		page.on('response', (r) => {
			if (r.url().endsWith('.js')) scripts.push(r.text());
		});
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await expect(page.getByRole('contentinfo')).toContainText(
			/Data version \d{4}-\d{2}-\d{2} · [0-9a-f]{7}/
		);
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		// CSV is parsed at build time: PapaParse (whose error code this is) never ships to pages.
		const js = await Promise.all(scripts);
		expect(js.length).toBeGreaterThan(0);
		expect(js.filter((text) => text.includes('MissingQuotes'))).toEqual([]);
	});
}

test('the home page has its phase chart in the HTML before any JavaScript runs', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const chart = page.getByRole('img', { name: 'Phases of e-government in Korea and India' });
	await expect(chart).toBeVisible();
	const titles = await chart.locator('g.phase > title').allTextContents();
	const names = phaseNames();
	expect(names.length).toBeGreaterThanOrEqual(3);
	expect(titles).toHaveLength(names.length);
	for (const name of names) expect(titles.some((t) => t.includes(name))).toBe(true);
	await context.close();
});

for (const name of DATASETS) {
	test(`/data/${name}.csv is served byte for byte as committed`, async ({ request }) => {
		const response = await request.get(`/data/${name}.csv`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/csv');
		expect((await response.body()).equals(readFileSync(`data/${name}.csv`))).toBe(true);
	});
}

test('/data lists every dataset and the dictionary of every column; /data/sources/ every source', async ({
	page
}) => {
	await page.goto('/data/');
	for (const name of DATASETS) {
		await expect(page.getByRole('link', { name: `${name}.csv` })).toHaveAttribute(
			'href',
			new RegExp(`/data/${name}\\.csv$`)
		);
	}
	const phases = page.getByRole('table', { name: 'phases.csv — Phases' });
	await expect(phases.getByRole('row')).toHaveCount(10);
	await expect(
		phases.getByRole('row', { name: /end_year a four-digit year no Last year/ })
	).toBeVisible();
	const sourceRows = readFileSync('data/sources.csv', 'utf8').trim().split('\n').length - 1;
	await expect(page.getByRole('heading', { name: `Sources (${sourceRows})` })).toBeVisible();
	await page.getByRole('link', { name: 'Every source' }).click();
	await expect(page).toHaveURL(/\/data\/sources\/$/);
	const sources = page.getByRole('table', { name: `Sources (${sourceRows})` });
	await expect(sources.getByRole('row')).toHaveCount(sourceRows + 1);
	await expect(
		sources.getByRole('link', {
			name: "CIPS post on KDI School GDLN distance series on Korea's e-government"
		})
	).toHaveAttribute('href', 'http://www.cips.org.in/gdln-distance-series/');
});

test('/data shows, per file, how many rows rest on official, research, copied, press and other evidence', async ({
	page
}) => {
	await page.goto('/data/');
	const table = page.getByRole('table', { name: 'What the figures rest on' });
	await expect(table.getByRole('row')).toHaveCount(DATASETS.length);
	for (const name of DATASETS.filter((n) => n !== 'sources')) {
		const rows = readFileSync(`data/${name}.csv`, 'utf8').trim().split('\n').length - 1;
		const cells = await table
			.getByRole('row', { name: new RegExp(`^${name}\\.csv `) })
			.getByRole('cell')
			.allTextContents();
		const [total, ...levels] = cells.slice(0, 6).map(Number);
		// Counted from the files: every row of the file falls in exactly one column.
		expect(total, name).toBe(rows);
		expect(
			levels.reduce((a, b) => a + b, 0),
			name
		).toBe(rows);
		expect(cells[6], name).toMatch(/^\d+%$/);
	}
});

for (const path of ['/', '/timeline/', '/budget/', '/systems/', '/rankings/', '/people/']) {
	test(`${path} without JavaScript offers no button that does nothing, and says where the data is`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		// Outside the charts themselves (whose marks carry their names), every button needs scripts.
		const dead = await page
			.locator('main button:visible, main select:visible, main input:visible')
			.evaluateAll((els) => els.filter((e) => !e.closest('svg')).map((e) => e.outerHTML));
		expect(dead).toEqual([]);
		const note = page.getByText(/^This is the chart's default view/).first();
		await expect(note).toBeVisible();
		await expect(note.getByRole('link', { name: 'Data' })).toHaveAttribute('href', /\/data\/$/);
		await context.close();
	});
}

test('with JavaScript the buttons are there and the no-script note is not', async ({ page }) => {
	await page.goto('/budget/');
	await expect(page.getByRole('button', { name: 'Download CSV' }).first()).toBeVisible();
	const notes = page.getByText(/^This is the chart's default view/);
	expect(await notes.count()).toBeGreaterThan(0);
	for (const note of await notes.all()) await expect(note).toBeHidden();
});

test('/timeline links to every milestone as a static list, in date order, with its sources', async ({
	page
}) => {
	await page.goto('/timeline/');
	const rows = readFileSync('data/milestones.csv', 'utf8').trim().split('\n').length - 1;
	await page.getByRole('link', { name: `All ${rows} milestones as a list` }).click();
	await expect(page).toHaveURL(/\/timeline\/milestones\/$/);
	const table = page.getByRole('table', { name: `All milestones (${rows})` });
	await expect(table.getByRole('row')).toHaveCount(rows + 1);
	await expect(table.getByRole('row').nth(1)).toContainText('Department of Electronics set up');
	await expect(
		table.getByRole('row', { name: /Right to Information Act 2005 receives Presidential assent/ })
	).toContainText('✖ Transparency');
});
