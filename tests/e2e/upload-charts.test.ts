import { expect, test, type Page } from '@playwright/test';

const FIXTURES = 'tests/fixtures/upload';

async function upload(page: Page, file: string) {
	await page.goto('/data/');
	await expect(page.getByText('None yet. Files you import appear here')).toBeVisible();
	await page.getByLabel('Choose a CSV file').setInputFiles(`${FIXTURES}/${file}`);
	await expect(page.getByRole('status').filter({ hasText: `Imported ${file}` })).toBeVisible();
}

test('an uploaded UN export puts a picked country on /rankings, in the marks and the table', async ({
	page
}) => {
	await upload(page, 'egov-2024.csv');
	await page.goto('/rankings/');
	await page.getByRole('link', { name: 'Add your own data' }).waitFor();
	const picker = page.getByRole('group', { name: 'Countries from your data' });
	await picker.getByRole('checkbox', { name: 'Estonia' }).check();
	await expect(page).toHaveURL(/\?countries=EST$/);
	const chart = page.getByRole('group', {
		name: 'EGDI rank of Korea, India and Estonia by survey edition'
	});
	await expect(chart.getByRole('img', { name: /^Estonia/ })).toHaveText(
		'Estonia, EGDI 2024: 2nd, score 0.9727'
	);
	await page
		.getByRole('group', { name: 'UN E-Government Development Index: rank: actions' })
		.getByRole('button', { name: 'Show table' })
		.click();
	const row = page
		.getByRole('table', { name: 'UN E-Government Development Index: rank: data' })
		.getByRole('row')
		.filter({ hasText: 'Estonia' });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Uploaded in this browser (UN E-Government Knowledgebase');

	// The pick is in the URL and the upload in the browser: a reload keeps both.
	await page.reload();
	await expect(
		page
			.getByRole('group', { name: 'EGDI rank of Korea, India and Estonia by survey edition' })
			.getByRole('img', { name: /^Estonia/ })
	).toHaveCount(1);
});

test('an uploaded milestones file adds a lane on /timeline', async ({ page }) => {
	await upload(page, 'milestones-estonia.csv');
	await page.goto('/timeline/');
	await expect(
		page.getByRole('button', {
			name: 'National ID card issued, January 2002 (Estonia, system launch)'
		})
	).toBeVisible();
	await expect(page.locator('g.lane').nth(2)).toHaveAttribute('data-country', 'EST');
	await expect(page.locator('g.lane .lane-title').nth(2)).toHaveText('Estonia');
});

test('uploaded WDI series show in the indicator chart on /data', async ({ page }) => {
	await upload(page, 'wdi-internet.csv');
	const frame = page.getByRole('figure', {
		name: 'Individuals using the Internet (% of population)'
	});
	await expect(frame.getByRole('img', { name: 'Estonia, 2022: 91.6' })).toBeVisible();
	await expect(frame).toContainText(
		'latest year of each country: Korea 97.2 (2022); India 46.3 (2021); Estonia 91.6 (2022); Türkiye 83.4 (2022). Highest: Korea.'
	);
	await frame.getByRole('checkbox', { name: 'Estonia' }).uncheck();
	await expect(frame.getByRole('img', { name: /^Estonia/ })).toHaveCount(0);
});
