import { expect, test } from './site';

test('/budget shows the 1% claim with its source beside the computed evidence', async ({
	page
}) => {
	await page.goto('/budget/');
	const chart = page.getByRole('group', {
		name: 'Share of the national budget by year, Korea and India'
	});
	await expect(chart).toBeVisible();
	await expect(chart.getByTestId('reference-line')).toContainText(
		'1% claim: “Korea earmarked 1% of national budget for e-government” (CIPS 2017)'
	);
	await expect(
		page.getByRole('region', { name: 'The claim' }).getByRole('link', { name: /CIPS/ })
	).toHaveAttribute('href', 'http://www.cips.org.in/gdln-distance-series/');
	await expect(page.getByRole('region', { name: 'What the data show' })).toContainText(
		"Korea's central informatization budget: 1.33–1.52% in 2004–08 and 0.98–1.12% in 2009–20 (no figure for 2013, 2016)."
	);
});

test('/budget: Amount mode is in the URL, a reload restores it, and focus shows details', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/budget/');
	await page.getByRole('button', { name: 'Amount', exact: true }).click();
	await expect(page).toHaveURL(/\/budget\/\?mode=amount$/);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Amount', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const chart = page.getByRole('group', { name: /Budget amounts by year/ });
	await expect(chart.getByText('India: ₹ crore')).toBeVisible();
	await chart.getByRole('img').first().focus();
	await expect(page.getByText('National total', { exact: true })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(chart.getByRole('img').nth(1)).toBeFocused();
	expect(errors).toEqual([]);
});

test('/budget: a series switched on is kept in the URL; garbage falls back to defaults', async ({
	page
}) => {
	await page.goto('/budget/?series=nonsense&mode=%%%');
	await expect(page.getByText('Series: 7 of 27 shown')).toBeVisible();
	await page.getByText('Series: 7 of 27 shown').click();
	await page.getByRole('checkbox', { name: /wider digital scope/ }).check();
	await expect(page).toHaveURL(/series=[^&]*kor-natl-informatization-2021/);
	await page.reload();
	await expect(page.getByText('Series: 8 of 27 shown')).toBeVisible();
});

test('/budget has its chart in the HTML before any JavaScript runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/budget/');
	const chart = page.getByRole('group', {
		name: 'Share of the national budget by year, Korea and India'
	});
	await expect(chart).toBeVisible();
	await expect(
		chart.getByRole('img', { name: /^Korea 2004, 2004 basis, budgeted: 1\.45%/ })
	).toHaveCount(1);
	await context.close();
});
