import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './site';
import { textProblems } from './geometry';

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
	await expect(page.getByText('Series: 6 of 27 shown')).toBeVisible();
	await page.getByText('Series: 6 of 27 shown').click();
	await page.getByRole('checkbox', { name: /wider digital scope/ }).check();
	await expect(page).toHaveURL(/series=[^&]*kor-natl-informatization-2021/);
	await page.reload();
	await expect(page.getByText('Series: 7 of 27 shown')).toBeVisible();
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
		chart.getByRole('img', {
			name: /^Korea 2004, Gov\. informatization, 2004 basis, budgeted: 1\.45%/
		})
	).toHaveCount(1);
	await context.close();
});

const fontsReady = (page: Page) => page.evaluate(() => document.fonts.ready.then(() => true));

/** The rendered boxes of the chart's series labels, and the chart's own box. */
async function seriesLabels(page: Page) {
	return page.locator('figure svg.budget-chart').evaluate((svg) => {
		const r = svg.getBoundingClientRect();
		return {
			chart: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
			labels: [...svg.querySelectorAll('text.label')].map((t) => {
				const b = t.getBoundingClientRect();
				return {
					text: t.textContent ?? '',
					left: b.left,
					right: b.right,
					top: b.top,
					bottom: b.bottom
				};
			})
		};
	});
}

const VIEWS = [
	['share', '/budget/'],
	['amount', '/budget/?mode=amount'],
	['US$', '/budget/?mode=amount&currency=usd'],
	['PPP', '/budget/?mode=amount&currency=ppp']
] as const;

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
])
	for (const [view, path] of VIEWS)
		test(`/budget ${view} at ${size.width}×${size.height}: every default series is labelled, no label touches another`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await page.goto(path);
			await fontsReady(page);
			const { chart, labels } = await seriesLabels(page);
			// One label per default series, each led by its marker.
			expect(
				labels.map((l) => l.text.replace(/^. /, '').replace(/^Break [^:]+: /, '')).sort()
			).toEqual(
				size.width > 600
					? [
							'Gov. informatization, 2004 basis',
							'2008 restated basis',
							'MSIT central, R&D counted',
							'Digital India',
							'DIT e-governance (NeGP)',
							'NeGP Action Plan'
						].sort()
					: [
							'2004 basis',
							'restated',
							'R&D counted',
							'Digital India',
							'DIT e-gov',
							'NeGP plan'
						].sort()
			);
			const touching = labels.flatMap((a, i) =>
				labels
					.slice(i + 1)
					.filter(
						(b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
					)
					.map((b) => `${a.text} / ${b.text}`)
			);
			expect(touching).toEqual([]);
			for (const l of labels) {
				expect(l.left, l.text).toBeGreaterThanOrEqual(chart.left);
				expect(l.right, l.text).toBeLessThanOrEqual(chart.right);
			}
			expect(
				(await textProblems(page, { minPx: 12 })).map((p) => `${p.kind} ${p.text} (${p.detail})`)
			).toEqual([]);
		});

test('/budget: the series picker names series for people and says why each is off', async ({
	page
}) => {
	await page.goto('/budget/');
	await page.getByText('Series: 6 of 27 shown').click();
	await expect(
		page.getByText(
			"On by default, like with like: each country's central-government money for government informatization or e-government"
		)
	).toBeVisible();
	const names = await page.locator('.picker label').allTextContents();
	expect(names).toHaveLength(27);
	expect(names.filter((n) => /egov|mogaha|dpg leading|mois egov/i.test(n))).toEqual([]);
	await expect(
		page.getByRole('checkbox', {
			name: "Interior ministry's e-Government Headquarters (budget request) (2006) — off by default: A single year's figure for one programme or one ministry's part: a part of the whole, shown on request."
		})
	).not.toBeChecked();
	await expect(
		page.getByRole('checkbox', {
			name: "e-Government support projects (interior ministry) (2007–2024) — off by default: One programme or one ministry's part: a part of the whole, shown on request."
		})
	).not.toBeChecked();
	await expect(
		page.getByRole('checkbox', {
			name: /^IT ministry's whole budget \(DeitY, then MeitY\) \(2014–2026\) — off by default: The whole IT ministry: from 2021-22/
		})
	).not.toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: 'Digital India Programme line (IT ministry) (2015–2023)' })
	).toBeChecked();
});

test('/budget: the US-dollar view, at market rates and at PPP, is in the URL, the takeaway, the table and the CSV', async ({
	page
}) => {
	await page.goto('/budget/');
	await page.getByRole('button', { name: 'Amount', exact: true }).click();
	await expect(page.locator('.takeaway').first()).toContainText(
		"Korea's central informatization budget was KRW 2.8445–5.1687 trillion a year in 2004–20"
	);
	const currency = page.getByRole('group', { name: 'Currency' });
	await currency.getByRole('button', { name: 'US$ (exchange rate)' }).click();
	await expect(page).toHaveURL(/\/budget\/\?mode=amount&currency=usd$/);
	const chart = page.getByRole('group', {
		name: 'Budget amounts by year, Korea and India, in US$ billion, at market exchange rates'
	});
	await expect(chart).toBeVisible();
	await expect(
		chart.getByText('US$ billion, at market exchange rates', { exact: true })
	).toBeVisible();
	await expect(page.locator('.takeaway').first()).toHaveText(
		"At market exchange rates, Korea's central informatization budget was US$2.46–4.38 billion a year in 2004–20 (no figure for 2013, 2016); " +
			"India's e-governance line (NeGP, then Digital India) was US$97.1–193.5 million a year in 2006-07 to 2007-08 and US$123.7–967.3 million in 2014-15 to 2023-24 (no figure for 2021-22)."
	);
	await chart
		.getByRole('img', { name: /^Korea 2004, Gov\. informatization, 2004 basis, budgeted/ })
		.focus();
	await expect(page.locator('.details')).toContainText(
		'≈ US$2.48 billion at market exchange rates, at KRW 1146.249167 per US$ (2004)'
	);
	await page.reload();
	await expect(currency.getByRole('button', { name: 'US$ (exchange rate)' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await currency.getByRole('button', { name: 'US$ (PPP)' }).click();
	await expect(page).toHaveURL(/\/budget\/\?mode=amount&currency=ppp$/);
	const frame = page.locator('figure.chart-frame').first();
	await frame.getByRole('button', { name: 'Show table' }).click();
	const table = frame.getByRole('table');
	await expect(
		table.getByRole('columnheader', { name: 'Factor (local currency per international $)' })
	).toBeVisible();
	await expect(table.getByRole('row').filter({ hasText: '2004' }).first()).toContainText(
		'794.711552'
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const csv = (await readFile((await download.path())!)).toString('utf8');
	const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0];
	expect(header).toContain(
		'"Amount (international $ million, at purchasing power parity)",Factor (local currency per international $),Factor year,Factor source'
	);
	expect(csv).toContain(',3579.2861,794.711552,2004,bud-wb-wdi-ppp');
	expect(csv).toContain('PPP conversion factor, GDP (LCU per international $), PA.NUS.PPP');
});

test('/ and /budget agree: the home budget bars are the lines /budget draws by default', async ({
	page
}) => {
	await page.goto('/budget/');
	const evidence = (
		await page
			.getByRole('region', { name: 'What the data show' })
			.getByRole('listitem')
			.allTextContents()
	).map((t) => t.slice(0, t.indexOf(':')).replace(/ \(.*\)$/, ''));
	expect(evidence).toEqual(["Korea's central informatization budget", "India's e-governance line"]);
	await page.goto('/');
	const frame = page.getByRole('figure', { name: 'Latest budget shares' });
	await frame.getByRole('button', { name: 'Show table' }).click();
	// The header row and one row per bar, once the table is drawn.
	await expect(frame.getByRole('row')).toHaveCount(3);
	const bars = (await frame.getByRole('row').allTextContents()).slice(1);
	expect(bars.map((b) => b.slice(0, b.indexOf(',')))).toEqual(evidence);
	await expect(frame).toContainText("India's e-governance line, 2023-24 (budgeted) 0.11%");
	await expect(frame).not.toContainText('IT ministry');
});

test('/budget: a share says the evidence of its amount and of its national total, and is ringed for the weaker', async ({
	page
}) => {
	await page.goto('/budget/');
	const chart = page.getByRole('group', {
		name: 'Share of the national budget by year, Korea and India'
	});
	// 2007: a press report of the amount over KTV's official total.
	await chart
		.getByRole('img', { name: /^Korea 2007, Gov\. informatization, 2004 basis, budgeted/ })
		.focus();
	const evidence = 'national total: official, KTV (Korea TV, government broadcaster)';
	await expect(page.locator('.details dd').filter({ hasText: evidence })).toHaveText(
		`amount: press reports only; ${evidence}`
	);
	// Every default share has a press- or copy-only amount or total.
	await expect(page.locator('.weak-key').first()).toContainText('(36 of 36 figures)');
	const frame = page.locator('figure.chart-frame').first();
	await frame.getByRole('button', { name: 'Show table' }).click();
	const row = frame.getByRole('row', {
		name: /^Korea 2007 Korea: Government informatization budget, budget ministry \(2004 basis\) budgeted/
	});
	await expect(row).toContainText(`Amount: press reports only; ${evidence}`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const csv = (await readFile((await download.path())!)).toString('utf8');
	expect(csv).toContain(`,"Amount: press reports only; ${evidence}",`);
	// An amount is ringed by its own evidence: KTV's report of the 2010 central plan is official,
	// its share is not (the 2010 total rests on a press report).
	await page.goto('/budget/?series=kor-natl-informatization-central-2010');
	await expect(page.locator('.weak-key').first()).toContainText('(3 of 3 figures)');
	await page.getByRole('button', { name: 'Amount', exact: true }).click();
	await expect(page.locator('.weak-key').first()).toContainText('(2 of 3 figures)');
});
