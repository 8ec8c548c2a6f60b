import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './site';

const chart = (page: Page) =>
	page.getByRole('group', {
		name: 'Timeline of e-government phases and milestones, Korea and India'
	});
const status = (page: Page) => page.getByText(/^Showing /);
type TouchType = 'touchStart' | 'touchMove' | 'touchEnd';
/** A phone: 390×844, with a touch screen. */
const phone = (browser: Browser) =>
	browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
const axis = (page: Page) => chart(page).locator('g.axis text').allTextContents();

/** Opens the timeline and waits until the script has taken over (one chart, measured). */
async function open(page: Page, search = '') {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`/timeline/${search}`);
	await expect(page.locator('svg.timeline-chart')).toHaveCount(1);
	return errors;
}

test('zoom in by button and by key changes the axis; Reset restores it', async ({ page }) => {
	const errors = await open(page);
	await expect(status(page)).toContainText('Showing 1970–2026');
	const full = await axis(page);
	expect(full[0]).toBe('1970');
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(status(page)).toContainText('Showing 1984–2012');
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(status(page)).toContainText('Showing 1991–2005');
	expect(await axis(page)).toContain('1995');
	expect(await axis(page)).toContain('1996');
	await chart(page).focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	// Now about 3.5 years wide: the ticks are months.
	await expect.poll(() => axis(page)).toContain('Jul');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('-');
	await page.keyboard.press('-');
	await expect.poll(() => axis(page)).not.toContain('Jul');
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(status(page)).toContainText('Showing 1970–2026');
	expect(await axis(page)).toEqual(full);
	await expect(page).toHaveURL(/\/timeline\/$/);
	expect(errors).toEqual([]);
});

test('ctrl+wheel zooms around the pointer; a plain wheel scrolls the page', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const errors = await open(page);
	const box = (await page.locator('svg.timeline-chart').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 200);
	const scrolled = await page.evaluate(() => scrollY);
	await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
	await expect(status(page)).toContainText('Showing 1970–2026');
	const box2 = (await page.locator('svg.timeline-chart').boundingBox())!;
	await page.mouse.move(box2.x + box2.width / 2, box2.y + 200);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await expect(status(page)).not.toContainText('Showing 1970–2026');
	const [from, to] = (await page.locator('svg.timeline-chart').getAttribute('data-domain'))!
		.split(' ')
		.map(Number);
	// One notch: 1.49× closer, around the pointer in the middle of the 57 years.
	expect(to! - from!).toBeCloseTo(57 / Math.exp(0.4), 0);
	expect(errors).toEqual([]);
});

test('dragging the chart pans it, and the overview window follows', async ({ page }) => {
	await open(page, '?from=1990&to=2000');
	await expect(status(page)).toContainText('Showing 1990–1999');
	await page.locator('svg.timeline-chart').scrollIntoViewIfNeeded();
	const box = (await page.locator('svg.timeline-chart').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 120);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - box.width / 4, box.y + 120, { steps: 5 });
	await page.mouse.up();
	await expect(status(page)).not.toContainText('Showing 1990–1999');
	const [from] = (await page.locator('svg.timeline-chart').getAttribute('data-domain'))!
		.split(' ')
		.map(Number);
	expect(from).toBeGreaterThan(1991.5);
	await expect(page).toHaveURL(/from=199[12]/);
});

test('keyboard: Tab to a milestone shows its details with a source link; Enter pins it', async ({
	page
}) => {
	const errors = await open(page);
	await chart(page).focus();
	await page.keyboard.press('Tab');
	const first = page.locator(':focus');
	await expect(first).toHaveAttribute('role', 'button');
	await expect(first).toHaveAccessibleName(
		'Department of Electronics set up, 26 June 1970 (India, institution)'
	);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(':focus')).toHaveAccessibleName(
		'Administrative Computerisation Promotion Committee formed, 1975 (Korea, institution)'
	);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(':focus')).toHaveAccessibleName(
		'National Informatics Centre (NIC) founded, 1976 (India, institution)'
	);
	const details = page.getByRole('region', { name: 'Milestone details' });
	await expect(details.getByRole('heading')).toHaveText(
		'National Informatics Centre (NIC) founded'
	);
	await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
	// What the figure rests on: NIC's own pages, so an official source, and each source's kind.
	await expect(details).toContainText('Evidence: official source');
	await expect(details).toContainText('(official)');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/pin=IND-1976-national-informatics-centre-nic-founded/);
	await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'true');
	// The pin survives a reload.
	await page.reload();
	await expect(page.locator('svg.timeline-chart')).toHaveCount(1);
	await expect(details).toContainText('Pinned');
	await expect(details.getByRole('heading')).toHaveText(
		'National Informatics Centre (NIC) founded'
	);
	expect(errors).toEqual([]);
});

test('Align by re-bases both countries, keeps the years in view, and the URL keeps it', async ({
	page
}) => {
	await open(page, '?from=1995&to=2005');
	await page.getByRole('combobox', { name: 'Align by' }).selectOption('egov-plan');
	await expect(page).toHaveURL(/align=egov-plan/);
	await expect(chart(page).getByText('Korea — year 0 = 2003')).toBeVisible();
	await expect(chart(page).getByText('India — year 0 = 2006')).toBeVisible();
	// Korea's 1995–2004 counted from its year 0 (2003).
	await expect(status(page)).toContainText('Showing years −8 to +2 since year 0');
	expect(await axis(page)).toContain('0');
	await page.getByRole('combobox', { name: 'Align by' }).selectOption('calendar');
	await expect(status(page)).toContainText('Showing 1995–2004');
	await page.getByRole('combobox', { name: 'Align by' }).selectOption('year');
	await page.getByRole('spinbutton', { name: 'India: year 0 =' }).fill('1998');
	await page.getByRole('spinbutton', { name: 'India: year 0 =' }).press('Enter');
	await expect(page).toHaveURL(/at=[^&]*IND%3A1998/);
	await expect(chart(page).getByText('India — year 0 = 1998')).toBeVisible();
});

test('a shared link restores a zoomed, filtered, searched view; bad parameters fall back', async ({
	page
}) => {
	const errors = await open(page, '?from=1995&to=2005&cats=law,plan&q=act&pin=junk');
	await expect(status(page)).toContainText('Showing 1995–2004');
	await expect(page.getByRole('checkbox', { name: 'Law' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'System launch' })).not.toBeChecked();
	await expect(page.getByRole('searchbox', { name: 'Search milestones' })).toHaveValue('act');
	const names = await chart(page)
		.getByRole('button')
		.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
	expect(names.length).toBeGreaterThan(0);
	expect(names.every((n) => /, (law|plan)\)$/.test(n!))).toBe(true);
	await expect(page.getByText(/^\d+ match(es)?(, \d+ in view)?, outlined/)).toBeVisible();

	await page.goto('/timeline/?from=abc&to=1&align=nope&cats=zzz');
	await expect(status(page)).toContainText('Showing 1970–2026');
	await expect(page.getByRole('checkbox', { name: 'System launch' })).toBeChecked();
	expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the full-range chart is in the HTML', async ({ page }) => {
		await page.goto('/timeline/');
		const svg = page.locator('svg.timeline-chart').first();
		await expect(svg).toBeVisible();
		await expect(
			svg.getByRole('button', { name: 'Hometax launched, April 2002 (Korea, system launch)' })
		).toHaveCount(1);
		await expect(
			svg.getByRole('img', { name: /^India phase: National e-Governance Plan/ })
		).toHaveCount(1);
		expect(await svg.locator('g.axis text').allTextContents()).toContain('1970');
	});
});

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
]) {
	test(`the chart does not jump when the page hydrates (${size.width} px)`, async ({ browser }) => {
		const measure = async (js: boolean) => {
			const ctx = await browser.newContext({ viewport: size, javaScriptEnabled: js });
			const page = await ctx.newPage();
			await page.goto('/timeline/');
			if (js) await expect(page.locator('svg.timeline-chart')).toHaveCount(1);
			const svg = page.locator('svg.timeline-chart:visible');
			const box = (await svg.boundingBox())!;
			const hometax = (await svg
				.locator('[data-mark-id="KOR-2002-04-hometax-launched"]')
				.boundingBox())!;
			await ctx.close();
			return { box, hometax };
		};
		const before = await measure(false);
		const after = await measure(true);
		expect(Math.abs(after.box.y - before.box.y)).toBeLessThan(1);
		// Within 4% of the height and 6 px of where the mark was: no visible jump.
		expect(Math.abs(after.box.height - before.box.height) / before.box.height).toBeLessThan(0.04);
		expect(Math.abs(after.hometax.x - before.hometax.x)).toBeLessThan(6);
	});
}

test('keyboard: a phase picked from "Zoom to phase", then the overview sliders, set the range', async ({
	page
}) => {
	const errors = await open(page);
	const picker = page.getByRole('combobox', { name: 'Zoom to phase' });
	await picker.focus();
	await picker.selectOption({
		label: 'India: Digital India (with e-Kranti / NeGP 2.0), 2015–2021'
	});
	await expect(status(page)).toContainText('Showing 2015–2021');
	await expect(page).toHaveURL(/from=2014\.6&to=2022\.4/);

	const start = page.getByRole('slider', { name: 'Start of the view' });
	await start.focus();
	await expect(start).toBeFocused();
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(start).toHaveAttribute('aria-valuetext', '2005');
	await expect(status(page)).toContainText('Showing 2005–2021');
	const end = page.getByRole('slider', { name: 'End of the view' });
	await page.keyboard.press('Tab');
	await expect(end).toBeFocused();
	await page.keyboard.press('Home');
	await expect(end).toHaveAttribute('aria-valuetext', 'end of 2005');
	await expect(status(page)).toContainText('Showing Jan 2005 – Dec 2005');
	expect(errors).toEqual([]);
});

test('a two-finger pinch on a touch screen zooms the chart; spreading the fingers zooms in', async ({
	browser
}) => {
	const context = await phone(browser);
	const page = await context.newPage();
	await open(page);
	const svg = page.locator('svg.timeline-chart');
	await svg.scrollIntoViewIfNeeded();
	const box = (await svg.boundingBox())!;
	const y = box.y + box.height * 0.4;
	const mid = box.x + box.width / 2;
	const cdp = await context.newCDPSession(page);
	const touch = (type: TouchType, spread: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints:
				type === 'touchEnd'
					? []
					: [
							{ x: mid - spread, y, id: 1 },
							{ x: mid + spread, y, id: 2 }
						]
		});
	await touch('touchStart', 30);
	for (const spread of [45, 60, 75, 90, 105, 120]) await touch('touchMove', spread);
	await touch('touchEnd', 0);
	const [from, to] = (await svg.getAttribute('data-domain'))!.split(' ').map(Number);
	// The fingers spread four times as far apart: about a quarter of the 56 years shows.
	expect(to! - from!).toBeGreaterThan(10);
	expect(to! - from!).toBeLessThan(18);
	await expect(page).toHaveURL(/from=/);

	// One finger dragged to the left pans to later years, by the distance dragged.
	const one = (type: TouchType, x: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 3 }]
		});
	await one('touchStart', mid + 80);
	for (const x of [mid + 40, mid, mid - 40, mid - 80]) await one('touchMove', x);
	await one('touchEnd', 0);
	const [from2, to2] = (await svg.getAttribute('data-domain'))!.split(' ').map(Number);
	expect(to2! - from2!).toBeCloseTo(to! - from!, 1);
	// 160 px of a ~340 px wide plot: nearly half the span.
	expect(from2! - from!).toBeGreaterThan((to! - from!) * 0.35);
	await context.close();
});

test('keyboard at 1280×720: the focused milestone and its details are on the screen together', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const errors = await open(page);
	await chart(page).focus();
	await page.keyboard.press('Tab');
	for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
	const focused = page.locator(':focus');
	const name = (await focused.getAttribute('aria-label'))!.split(',')[0]!;
	const details = page.getByRole('region', { name: 'Milestone details' });
	// The name as text, not a pattern: titles hold parentheses ("(UNI-PASS precursor)").
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	await expect(details.getByRole('heading')).toHaveText(new RegExp(`^${escaped}`));
	const mark = (await focused.boundingBox())!;
	const panel = (await details.boundingBox())!;
	// The panel is in sight, at the bottom of the screen, and the mark is above it, not under it.
	expect(panel.y).toBeGreaterThanOrEqual(0);
	expect(panel.y + panel.height).toBeLessThanOrEqual(720.5);
	expect(mark.y).toBeGreaterThanOrEqual(0);
	expect(mark.y + mark.height).toBeLessThanOrEqual(panel.y);
	expect(errors).toEqual([]);
});

test('a tap on a phone pins the milestone under the finger, not a neighbour whose ring it touches', async ({
	browser
}) => {
	const context = await phone(browser);
	const page = await context.newPage();
	await open(page, '?from=1998&to=2006');
	const act = chart(page).getByRole('button', { name: /^E-Government Act enacted/ });
	await act.scrollIntoViewIfNeeded();
	const box = (await act.boundingBox())!;
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	await expect(act).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/pin=KOR-2001-03-28-e-government-act-enacted/);
	await context.close();
});
