import { expect, test } from './site';

test('the overview has its headline charts in the HTML, each linking to its view', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByText('National e-government began in Korea in 2001')).toBeVisible();
	await expect(
		page.getByRole('img', { name: /^Latest share of the national budget per budget line/ })
	).toBeVisible();
	await expect(
		page.getByRole('group', { name: 'EGDI rank of Korea and India by survey edition, overview' })
	).toBeVisible();
	await expect(
		page.getByText('Median lag across 8 system functions with both launches dated').first()
	).toBeVisible();
	// The lag chart names both systems and years, the alternative India also built, in the chart.
	await expect(
		page.getByText('Procurement: KONEPS 2002 → CPPP 2012 (GeM 2016)', { exact: true }).first()
	).toBeVisible();
	await page.getByRole('link', { name: 'Compare the systems pair by pair' }).click();
	await expect(page).toHaveURL(/\/systems\/$/);
	await context.close();
});
