import { readFileSync } from 'node:fs';
import { textProblems } from './geometry';
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
	// A row of the chart is a link to its pair: without scripts it goes there and opens it.
	await chart.getByRole('button', { name: /^Procurement:/ }).click();
	await expect(page).toHaveURL(/#pair-procurement-systems$/);
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

for (const [size, viewport] of [
	['1280×720', { width: 1280, height: 720 }],
	['390×844', { width: 390, height: 844 }]
] as const) {
	test.describe(`usage charts at ${size}`, () => {
		test.use({ viewport });

		test('India’s e-filed returns draw as lines on a y axis in crore, with the year on hover and focus', async ({
			page
		}) => {
			await page.goto('/systems/?pair=tax');
			const chart = page.getByRole('group', { name: 'Metrics of Income-tax e-filing by year' });
			await expect(chart).toBeVisible();
			// Lines of more than one point: 2006-07 to 2007-08 and 2017-18 to 2020-21 (e-filed
			// returns), AY 2022-23 to 2024-25 (by the due date), the two paper shares and first-time filers.
			const ds = await chart
				.locator('path.series-line')
				.evaluateAll((ps) =>
					ps.map((p) => (p.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length)
				);
			expect(ds.filter((n) => n > 1)).toEqual([2, 4, 3, 2, 2]);
			const first = chart.locator('.panel').first();
			await expect(first.locator('text.axis-title')).toHaveText('crore returns');
			await expect(first.locator('text.tick')).toContainText(['0', '2', '4', '6', '8']);

			const point = chart.getByRole('img', {
				name: 'E-filed income-tax returns, 2018-19: 6.68 crore returns'
			});
			await point.focus();
			await expect(chart.locator('text.active-value')).toHaveText('2018-19: 6.68 crore returns');
			await page.keyboard.press('ArrowRight');
			await expect(chart.locator('text.active-value')).toHaveText('2019-20: 6.77 crore returns');
			await chart
				.getByRole('img', {
					name: 'Income-tax returns filed by the due date, AY 2023-24: 6.77 crore returns'
				})
				.hover();
			await expect(chart.locator('text.active-value')).toHaveText('AY 2023-24: 6.77 crore returns');
		});

		test('every pair’s usage charts keep their text apart, inside the chart and ≥ 12 px', async ({
			page
		}) => {
			test.setTimeout(90_000);
			const problems: string[] = [];
			for (const fn of [
				'tax',
				'procurement',
				'budget_accounting',
				'identity',
				'citizen_portal',
				'documents',
				'e_office',
				'customs',
				'complaints',
				'open_data'
			]) {
				await page.goto(`/systems/?pair=${fn}`);
				await page.evaluate(() => document.fonts.ready.then(() => true));
				if (fn !== 'open_data')
					await expect(page.locator('#pair-detail .metrics-chart').first()).toBeVisible();
				for (const p of await textProblems(page, {
					minPx: 12,
					root: '#pair-detail figure.chart-frame'
				}))
					problems.push(`${fn} ${p.chart}: ${p.kind} ${p.text} (${p.detail})`);
			}
			expect(problems).toEqual([]);
		});

		test('a pair shows the metrics both countries measure on one chart, or says none compares', async ({
			page
		}) => {
			await page.goto('/systems/?pair=procurement');
			const both = page.getByRole('group', {
				name: 'Procurement: metrics both countries measure, by year'
			});
			await expect(both).toBeVisible();
			await expect(both.locator('.panel-title')).toHaveText([
				'Registered suppliers',
				'Buyer organisations'
			]);
			await expect(both.locator('.legend text')).toHaveText([
				'KONEPS (Korea)',
				'GeM (India)',
				'KONEPS (Korea)',
				'GeM (India)'
			]);
			await expect(both.locator('text.axis-title').first()).toHaveText('thousand suppliers');
			await expect(
				both.getByRole('img', {
					name: 'Registered suppliers — KONEPS (Korea), 2012: 243,621 suppliers'
				})
			).toBeVisible();
			await expect(
				both.getByRole('img', {
					name: 'Registered sellers and service providers — GeM (India), 2018-19: 2 lakh suppliers'
				})
			).toBeVisible();
			// Korea's marks are the country's circles in its colour, India's its squares.
			const fills = await both
				.locator('.panel')
				.first()
				.locator('path.marker')
				.evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('fill')))]);
			expect(fills).toEqual(['#0072B2', '#C04F00']);

			await page.goto('/systems/?pair=tax');
			await expect(
				page.getByText(
					/^No usage metric is measured the same way in both countries for tax: Hometax's counts/
				)
			).toBeVisible();
			await expect(page.getByRole('group', { name: /metrics both countries measure/ })).toHaveCount(
				0
			);
		});
	});
}
