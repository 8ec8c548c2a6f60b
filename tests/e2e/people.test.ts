import { expect, test } from './site';

const LITERACY =
	"Korea's informatization education trained 25.6 million people by 2004, 53.2% of its population; India's PMGDISHA trained 6.39 crore (63.9 million) by 2024, 4.5% of its population. Its target of 6 crore rural households was 35.6% of India's 16.85 crore (2014).";
const INTERNET =
	'Korea: 44.7% of the population used the Internet in 2000, 97.416% in 2023; India: 0.527532% of the population used the Internet in 2000, 64.9% in 2024.';
const OPENNESS =
	'Transparency first in Korea in 1996 (Official Information Disclosure Act promulgated), in India in 2005 (Right to Information Act 2005 receives Presidential assent); participation first in Korea in 2005 (e-People complaints and proposals portal launched), in India in 2014 (MyGov citizen engagement platform launched).';

const LAG =
	'India took all 4 steps after Korea: national digital-literacy drive 14 years later (2000 → 2014); right to information law 9 years later (1996 → 2005); information requests online 7 years later (2006 → 2013); online participation platform 9 years later (2005 → 2014).';

const figure = (page: import('@playwright/test').Page, name: string) =>
	page.getByRole('figure', { name });

test('/people draws the drives, internet use and the milestones, each with its takeaway', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/people/');
	const drives = figure(
		page,
		'Digital-literacy drives: people trained as a share of the population'
	);
	await expect(drives.locator('.takeaway')).toHaveText(LITERACY);
	const chart = drives.getByRole('group', {
		name: "People trained by each country's literacy drives, as a share of its population, by year"
	});
	await expect(chart).toBeVisible();
	// Seven counts and three targets, each a mark a keyboard can reach.
	await expect(chart.getByRole('img')).toHaveCount(10);
	await expect(
		chart.getByRole('img', {
			name: 'Korea, Informatization education, 2004: 25.6 million trained, 53.2% of the population (over the 2004 population, 48,082,519)'
		})
	).toBeVisible();
	await expect(
		chart.getByRole('img', {
			name: 'India, PMGDISHA, 2024: 6.39 crore (63.9 million) trained, 4.5% of the population (over the 2023 population, 1,425,775,850)'
		})
	).toBeVisible();

	const internet = figure(
		page,
		'Internet use, % of the population, with the literacy drives marked'
	);
	await expect(internet.locator('.takeaway')).toHaveText(INTERNET);
	const net = internet.getByRole('group', { name: /^Individuals using the Internet/ });
	await expect(net.getByRole('img')).toHaveCount(49);
	await expect(
		net.getByRole('img', { name: 'Korea, 2010: 83.7% of the population used the Internet' })
	).toBeVisible();
	// Both series run from 2000, each to its last year, labelled at its end; no gap to say now.
	await expect(net.getByText('Korea 97.416%', { exact: true })).toBeVisible();
	await expect(net.getByText('India 64.9%', { exact: true })).toBeVisible();
	await expect(net.getByText(/no figure/)).toHaveCount(0);

	const open = figure(page, 'Opening government: transparency and participation milestones');
	await expect(open.locator('.takeaway')).toHaveText(OPENNESS);
	await expect(open.getByRole('img')).toHaveCount(13);
	const lag = figure(page, "How much later India took each step of the people's side");
	await expect(lag.locator('.takeaway')).toHaveText(LAG);
	await expect(
		lag.getByRole('img', { name: /^Years between Korea's and India's step/ })
	).toHaveAccessibleDescription(
		'National digital-literacy drive: 2000 → 2014: 14 years later; Right to information law: 1996 → 2005: 9 years later; Information requests online: 2006 → 2013: 7 years later; Online participation platform: 2005 → 2014: 9 years later'
	);
	for (const f of [drives, internet, open, lag])
		for (const name of [
			'Download CSV',
			'Download SVG',
			'Download PNG',
			'Copy link',
			'Cite',
			'Show table',
			'Add to presentation'
		])
			await expect(f.getByRole('button', { name, exact: true })).toBeVisible();
	expect(errors).toEqual([]);
});

test('/people: the arrow keys step through the drives’ marks in time order', async ({ page }) => {
	await page.goto('/people/');
	const chart = page.getByRole('group', { name: /^People trained by each country/ });
	await chart.getByRole('img').first().focus();
	await expect(page.locator(':focus')).toHaveAttribute(
		'aria-label',
		/^Korea, Informatization education, 2002: 13.8 million trained, 29.0% /
	);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(':focus')).toHaveAttribute(
		'aria-label',
		/^Korea, Education for Informatization of 10 Million: target 10 million people, 21.3% /
	);
});

test('/people: information requests and participation, each country in its own panel, a gap said, the measure in the URL', async ({
	page
}) => {
	await page.goto('/people/');
	const use = figure(
		page,
		'Using open government: information requests and participation, each in its own unit'
	);
	await expect(
		use.getByRole('img', {
			name: /^Information disclosure requests — Korea, 2023: 1,842,000 requests/
		})
	).toBeVisible();
	await expect(
		use.getByRole('img', {
			name: /^RTI applications, central public authorities — India, 2020-21: 13,33,802 applications/
		})
	).toBeVisible();
	await use.getByRole('button', { name: '✖ Requests filed online' }).click();
	await expect(page).toHaveURL(/\/people\/\?use=online$/);
	await expect(
		use
			.getByText(
				'India: no count of RTI applications filed through RTI Online (from 2013) is in the data; the CIC reports found give totals only.'
			)
			.first()
	).toBeVisible();
	await page.reload();
	await expect(use.getByRole('button', { name: '✖ Requests filed online' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(
		use.getByRole('img', { name: /^Share of disclosure requests filed online — Korea, 2015: 73%/ })
	).toBeVisible();
});

test('/people keeps the milestones shown in the URL, across a reload', async ({ page }) => {
	await page.goto('/people/');
	const open = figure(page, 'Opening government: transparency and participation milestones');
	await open.getByRole('button', { name: '◗ Participation' }).click();
	await expect(page).toHaveURL(/\/people\/\?kind=participation$/);
	await page.reload();
	await expect(open.getByRole('button', { name: '◗ Participation' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const marks = open.getByRole('img');
	await expect(marks).toHaveCount(4);
	await expect(
		open.getByRole('img', { name: /^MyGov citizen engagement platform launched, 2014-07-26/ })
	).toBeVisible();
	await expect(open.getByText('RTI Online portal launched (rtionline.gov.in)')).toHaveCount(0);
	await open.getByRole('button', { name: 'Both' }).click();
	await expect(page).toHaveURL(/\/people\/$/);
	await expect(marks).toHaveCount(13);
});

test('/people at 390×844: every chart inside the screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/people/');
	const boxes = await page.locator('figure.chart-frame svg.chart').evaluateAll((svgs) =>
		svgs
			.filter((s) => s.getBoundingClientRect().width > 0)
			.map((s) => {
				const r = s.getBoundingClientRect();
				return { left: Math.round(r.left), right: Math.round(r.right) };
			})
	);
	// Literacy, internet, milestones, use (its panels in one chart), lag.
	expect(boxes).toHaveLength(5);
	for (const b of boxes) {
		expect(b.left).toBeGreaterThanOrEqual(0);
		expect(b.right).toBeLessThanOrEqual(390);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('/embed/people-literacy/ shows that chart alone, with its sources and a link back', async ({
	page
}) => {
	await page.goto('/embed/people-literacy/');
	await expect(page.getByRole('figure')).toHaveCount(1);
	await expect(page.locator('.takeaway')).toHaveText(LITERACY);
	await expect(
		page.getByRole('link', { name: 'Open in the Korea–India e-government dashboard' })
	).toHaveAttribute('href', /\/people\/$/);
});

test('/people has its charts and takeaways in the HTML before any JavaScript runs', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/people/');
	await expect(page.locator('.takeaway').first()).toHaveText(LITERACY);
	await expect(
		page
			.getByRole('group', { name: /^People trained by each country/ })
			.first()
			.getByRole('img')
	).toHaveCount(10);
	await expect(
		page
			.getByRole('group', { name: /^Individuals using the Internet/ })
			.first()
			.getByRole('img')
	).toHaveCount(49);
	// The toggle needs scripts, so it is not offered.
	await expect(page.getByRole('button', { name: '◗ Participation' })).toBeHidden();
	await context.close();
});

test('the overview’s people chart gives the same shares and takeaway as /people, and links there', async ({
	page
}) => {
	await page.goto('/');
	const home = page.getByRole('figure', {
		name: 'People trained in the national digital-literacy drives'
	});
	await expect(home.locator('.takeaway')).toHaveText(LITERACY);
	const bars = home.getByRole('img', { name: /^People trained by each country's largest/ });
	await expect(bars).toHaveAccessibleDescription(
		'Korea, Informatization education: 25.6 million by 2004: 53.2%; India, PMGDISHA: 6.39 crore by 2024: 4.5%'
	);
	await home.getByRole('link', { name: 'The drives, internet use and open government' }).click();
	await expect(page).toHaveURL(/\/people\/$/);
	await expect(page.locator('.takeaway').first()).toHaveText(LITERACY);
});

test('the timeline’s lag table has the people rows, with the same lags as /people', async ({
	page
}) => {
	await page.goto('/timeline/');
	const table = page.getByRole('table', { name: /^Lag table/ });
	await expect(
		table
			.getByRole('row', { name: /^National digital-literacy drive/ })
			.getByRole('cell')
			.last()
	).toContainText('+14');
	await expect(
		table
			.getByRole('row', { name: /^Right to information law/ })
			.getByRole('cell')
			.last()
	).toContainText('+9');
	await expect(
		table
			.getByRole('row', { name: /^Information requests online/ })
			.getByRole('cell')
			.last()
	).toContainText('+7');
	await expect(
		table
			.getByRole('row', { name: /^Online participation platform/ })
			.getByRole('cell')
			.last()
	).toContainText('+9');
});
