import { readFileSync } from 'node:fs';
import { expect, test } from './site';

const TAX = 'Tax: Hometax 2002 → Income-tax e-filing 2004 (GSTN 2017). India 2 years later.';

test('/systems states the median lag and opens a pair, kept in the URL across a reload', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/systems/');
	await expect(page.getByTestId('median-lag')).toHaveText(
		'Median lag across 8 system functions with both launches dated: India 2.5 years after Korea (gap unknown for Documents, Customs).'
	);
	await page.getByRole('button', { name: /^Tax: India 2 years later\. Hometax 2002/ }).click();
	await expect(page).toHaveURL(/\/systems\/\?pair=tax$/);
	const detail = page.getByRole('group', { name: TAX });
	await expect(detail.getByRole('heading', { name: 'Hometax 홈택스' })).toBeVisible();
	await expect(
		detail.getByRole('heading', { name: 'GST Network (GSTN) / GST portal' })
	).toBeVisible();
	await expect(detail.getByRole('group', { name: 'Metrics of Hometax by year' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('group', { name: TAX })).toBeVisible();
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
	// Every pair's details are in the page, each in a <details> a reader opens by hand.
	const pairs = page.getByRole('group', {
		name: /India \d+ years? (later|earlier)\.$|Gap unknown/
	});
	await expect(pairs).toHaveCount(10);
	const procurement = page.getByRole('group', {
		name: 'Procurement: KONEPS 2002 → CPPP 2012 (GeM 2016). India 10 years later.'
	});
	await procurement.getByText('Procurement', { exact: true }).click();
	await expect(
		procurement.getByRole('heading', { name: 'Government e-Marketplace (GeM)' })
	).toBeVisible();
	await expect(procurement.getByText('Shown for context; not in the lag.')).toBeVisible();
	await expect(procurement.getByText(/^CPPP counts from January 2012/)).toBeVisible();
	// Download CSV is a plain link to this view's rows.
	const link = page
		.getByRole('figure', { name: 'Launch years of the flagship systems, by function' })
		.getByRole('link', { name: 'Download CSV' });
	await expect(link).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe('korea-india-systems-pairs.csv');
	const csv = readFileSync((await download.path())!, 'utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines[0]).toBe(
		'Function,Country,System,Launched,In the lag,Compared (Korea → India),Gap (India minus Korea),"Lag (years, India minus Korea)",Evidence,Source,Source kind,Source URL'
	);
	expect(lines.find((l) => l.startsWith('Procurement,India,Government e-Marketplace'))).toMatch(
		/^Procurement,India,Government e-Marketplace \(GeM\),2016-08-09,"alternative, not counted",KONEPS 2002 → CPPP 2012 \(GeM 2016\),India 10 years later,10,/
	);
	await context.close();
});

test('/systems: when the usage figures cannot load, an opened pair says so and the rest works', async ({
	page
}) => {
	await page.route('**/systems/metrics.json', (route) => route.abort('failed'));
	await page.goto('/systems/?pair=tax');
	const detail = page.getByRole('group', { name: TAX });
	await expect(detail.getByRole('heading', { name: 'Hometax 홈택스' })).toBeVisible();
	await expect(detail.getByRole('alert').first()).toContainText('Could not load the usage figures');
	await page.getByRole('button', { name: 'Function', exact: true }).click();
	await expect(page).toHaveURL(/\?pair=tax&sort=function$/);
});
