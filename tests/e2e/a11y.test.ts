import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { PAGES, expect, test } from './site';

// axe walks every node: /data has ~400 source rows and the dictionary, which takes a while.
test.describe.configure({ timeout: 120_000 });

async function violations(page: Page) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

// The indicator's embed without uploads: the slide that says its data is not in this browser.
for (const path of [...PAGES, '/embed/egdi-rank/', '/embed/indicator/']) {
	test(`axe finds no WCAG A/AA violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await violations(page)).toEqual([]);
	});
}

test('axe finds no violation on /systems/ with a pair open: its usage charts and comparison', async ({
	page
}) => {
	await page.goto('/systems/?pair=procurement');
	await expect(
		page.getByRole('group', { name: 'Procurement: metrics both countries measure, by year' })
	).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('axe finds no WCAG A/AA violation on /data/sources/ (static HTML, reached by its link)', async ({
	page
}) => {
	await page.goto('/data/');
	await page.getByRole('link', { name: 'Every source' }).click();
	await expect(page).toHaveURL(/\/data\/sources\/$/);
	await expect(page.getByRole('heading', { name: /^Sources \(\d+\)$/ })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('axe finds no WCAG A/AA violation on /timeline/milestones/ (static HTML)', async ({
	page
}) => {
	await page.goto('/timeline/');
	await page.getByRole('link', { name: /^All \d+ milestones as a list$/ }).click();
	await expect(page).toHaveURL(/\/timeline\/milestones\/$/);
	expect(await violations(page)).toEqual([]);
});

test('axe finds no violation with a table shown and the cite dialog open', async ({ page }) => {
	await page.goto('/rankings/');
	const frame = page.getByRole('figure', { name: 'UN E-Government Development Index: rank' });
	await frame.getByRole('button', { name: 'Show table' }).click();
	expect(await violations(page)).toEqual([]);
	await frame.getByRole('button', { name: 'Cite' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('axe finds no violation while presenting, with speaker notes', async ({ page }) => {
	await page.goto('/present/?slide=2');
	await page.getByRole('button', { name: 'Start presentation' }).click();
	await page.keyboard.press('n');
	expect(await violations(page)).toEqual([]);
});

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
])
	test(`/systems/ at ${size.width}×${size.height}: every pair's accessible name holds its visible text (WCAG 2.5.3)`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/systems/');
		await page.waitForLoadState('networkidle');
		// An experimental axe rule: off unless asked for by name.
		const result = await new AxeBuilder({ page })
			.withRules(['label-content-name-mismatch'])
			.analyze();
		expect(result.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
		const checked = result.passes.flatMap((p) => p.nodes).length;
		expect(checked).toBeGreaterThanOrEqual(10);
	});
