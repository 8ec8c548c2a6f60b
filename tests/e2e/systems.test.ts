import { expect, test } from './site';

test('/systems states the median lag and opens a pair, kept in the URL across a reload', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/systems/');
	await expect(page.getByTestId('median-lag')).toHaveText(
		'Median lag across 8 functions with both launches dated: India 2.5 years after Korea (gap unknown for Documents, Customs).'
	);
	await page.getByRole('button', { name: /^Tax: India 2 years later\. Hometax 2002/ }).click();
	await expect(page).toHaveURL(/\/systems\/\?pair=tax$/);
	const detail = page.getByRole('region', { name: 'Tax: Korea and India side by side' });
	await expect(detail.getByRole('heading', { name: 'Hometax 홈택스' })).toBeVisible();
	await expect(
		detail.getByRole('heading', { name: 'GST Network (GSTN) / GST portal' })
	).toBeVisible();
	await expect(detail.getByRole('group', { name: 'Metrics of Hometax by year' })).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('region', { name: 'Tax: Korea and India side by side' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Function', exact: true }).click();
	await expect(page).toHaveURL(/\?pair=tax&sort=function$/);
	expect(errors).toEqual([]);
});

test('/systems: a pair can be chosen with the keyboard alone', async ({ page }) => {
	await page.goto('/systems/');
	await page.getByRole('button', { name: /^Identity:/ }).focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?pair=procurement$/);
});

test('/systems has its pairs chart in the HTML before any JavaScript runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/systems/');
	const chart = page.getByRole('group', {
		name: "Launch year of Korea's and India's systems for each function"
	});
	await expect(chart.getByRole('button')).toHaveCount(10);
	await expect(chart.getByText('India 19 years later', { exact: true }).last()).toBeVisible();
	await context.close();
});

test('/systems: when the usage figures cannot load, an opened pair says so and the rest works', async ({
	page
}) => {
	await page.route('**/systems/metrics.json', (route) => route.abort('failed'));
	await page.goto('/systems/?pair=tax');
	const detail = page.getByRole('region', { name: 'Tax: Korea and India side by side' });
	await expect(detail.getByRole('heading', { name: 'Hometax 홈택스' })).toBeVisible();
	await expect(detail.getByRole('alert').first()).toContainText('Could not load the usage figures');
	await page.getByRole('button', { name: 'Function', exact: true }).click();
	await expect(page).toHaveURL(/\?pair=tax&sort=function$/);
});
