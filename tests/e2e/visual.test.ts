import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, PAGES, test } from './site';
import { textProblems } from './geometry';

/**
 * What a person sees: every chart's text, as rendered, on every page at a projector's and a
 * phone's size, on every slide of the default deck at four screens, and in every exported SVG.
 * No two labels overlap or come within 3 px side by side, none runs outside its chart, none is
 * smaller than 12 px on a page or 16 px on a slide. Zero is the bar; a failure names the labels.
 */

const fontsReady = (page: Page) => page.evaluate(() => document.fonts.ready.then(() => true));
const report = (problems: Awaited<ReturnType<typeof textProblems>>) =>
	problems.map((p) => `${p.chart}: ${p.kind} ${p.text} (${p.detail})`);

const SIZES = [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
];

for (const size of SIZES)
	for (const path of PAGES.filter((p) => p !== '/present/'))
		test(`${path} at ${size.width}×${size.height}: chart text never collides, clips or shrinks`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await page.goto(path);
			await fontsReady(page);
			expect(report(await textProblems(page, { minPx: 12 }))).toEqual([]);
		});

const SCREENS = [
	{ width: 1280, height: 720 },
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 },
	{ width: 1024, height: 768 }
];
const SLIDES = [
	'overview',
	'timeline',
	'budget-share',
	'systems-pairs',
	'egdi-rank',
	'people-literacy'
];

for (const screen of SCREENS)
	for (const id of SLIDES)
		test(`slide ${id} at ${screen.width}×${screen.height}: complete, on the screen, readable`, async ({
			page
		}) => {
			await page.setViewportSize(screen);
			await page.goto(`/embed/${id}/?present=1`);
			await fontsReady(page);
			const slide = page.locator(id === 'overview' ? '[data-slide]' : 'figure.chart-frame.slide');
			await expect(slide).toBeVisible();
			await expect(slide.getByRole('heading', { level: 2 })).toBeVisible();
			// Nothing below or beside the screen: the page does not scroll.
			const overflow = await page.evaluate(() => ({
				x: document.documentElement.scrollWidth - innerWidth,
				y: document.documentElement.scrollHeight - innerHeight
			}));
			expect(overflow).toEqual({ x: 0, y: 0 });
			// Title, takeaway, chart and source line are all inside the screen.
			const parts =
				id === 'overview'
					? ['h2', '.sub', 'ul', '.source-line']
					: ['h2', '.takeaway', '.chart-body svg', '.source-line'];
			for (const sel of parts) {
				const box = (await slide.locator(sel).first().boundingBox())!;
				expect(box, sel).not.toBeNull();
				expect(box.y, sel).toBeGreaterThanOrEqual(0);
				expect(box.y + box.height, sel).toBeLessThanOrEqual(screen.height + 0.5);
				expect(box.x + box.width, sel).toBeLessThanOrEqual(screen.width + 0.5);
			}
			const source = slide.locator('.source-line');
			await expect(source).toHaveText(/^Sources? \(\d+ documents?\): .+\.$/);
			if (id !== 'overview') {
				// The chart fills what the text leaves: at least 45% of the screen's height.
				const chart = (await slide.locator('.chart-body svg').first().boundingBox())!;
				expect(chart.height).toBeGreaterThan(screen.height * 0.45);
				// No page chrome: no buttons, fields, disclosures or details panel on the slide.
				await expect(slide.locator('button:visible, input:visible, select:visible')).toHaveCount(0);
				await expect(slide.locator('details:visible, [role="status"]:visible')).toHaveCount(0);
			}
			if (id === 'timeline') {
				// Every phase reads in full: its name in its band, or its number there and its name in
				// the lane's key.
				const unnamed = await page.evaluate(() =>
					[...document.querySelectorAll('.lane')].flatMap((lane) => {
						const key = [...lane.querySelectorAll('.phase-key')]
							.map((t) => t.textContent)
							.join(' ');
						return [...lane.querySelectorAll('g.phase')].flatMap((g) => {
							const name = g
								.getAttribute('aria-label')!
								.replace(/^.*? phase: /, '')
								.replace(/, \d{4}–.*$/, '');
							const shown = g.querySelector('text')!.textContent;
							const keyed = /^\d+$/.test(shown) && key.includes(`${shown} ${name}`);
							return shown === name || keyed ? [] : [`${name} (shows “${shown}”)`];
						});
					})
				);
				expect(unnamed).toEqual([]);
			}
			expect(report(await textProblems(page, { minPx: 16, root: 'body' }))).toEqual([]);
		});

// Slides a presenter adds from the views (Add to presentation): each chart that can be a slide,
// and the timeline zoomed, aligned and pinned, at the projector's size.
const ADDED = [
	'budget-amount/?present=1',
	'budget-amount/?present=1&mode=amount',
	'egdi-score/?present=1',
	'egdi-gap/?present=1',
	'egdi-subindices/?present=1',
	'overview-budget/?present=1',
	'overview-egdi/?present=1',
	'overview-lag/?present=1',
	'overview-people/?present=1',
	'phases/?present=1',
	'people-internet/?present=1',
	'people-openness/?present=1',
	'people-lag/?present=1',
	'people-openness/?present=1&kind=participation',
	'system-metrics-kor-hometax/?present=1',
	'system-metrics-ind-itr-efiling/?present=1',
	'system-metrics-compare-procurement/?present=1',
	'timeline/?present=1&from=1995&to=2010&pin=KOR-2001-03-28-e-government-act-enacted',
	'timeline/?present=1&align=egov-law'
];
for (const slide of ADDED)
	test(`added slide ${slide} at 1280×720: on the screen, readable`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(`/embed/${slide}`);
		await fontsReady(page);
		const frame = page.locator('figure.chart-frame.slide');
		await expect(frame.getByRole('heading', { level: 2 })).toBeVisible();
		const overflow = await page.evaluate(() => ({
			x: document.documentElement.scrollWidth - innerWidth,
			y: document.documentElement.scrollHeight - innerHeight
		}));
		expect(overflow).toEqual({ x: 0, y: 0 });
		expect(report(await textProblems(page, { minPx: 16, root: 'body' }))).toEqual([]);
	});

test('every exported SVG shows its labels apart, inside the picture, halos under the text', async ({
	page
}) => {
	test.setTimeout(120_000);
	const exported: { name: string; svg: string }[] = [];
	for (const path of ['/', '/budget/', '/systems/', '/rankings/', '/timeline/', '/people/']) {
		await page.goto(path);
		await fontsReady(page);
		const buttons = page.getByRole('button', { name: 'Download SVG' });
		for (let i = 0; i < (await buttons.count()); i++) {
			const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
			exported.push({
				name: download.suggestedFilename(),
				svg: await readFile((await download.path())!, 'utf8')
			});
		}
	}
	expect(exported.length).toBeGreaterThanOrEqual(10);
	let haloed = 0;
	for (const { name, svg } of exported) {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
		// The file carries its own font; a viewer lays the text out with it once it has loaded.
		expect(svg, name).toContain("@font-face{font-family:'Noto Sans'");
		await page.evaluate(() =>
			Promise.all(['400', '600', '700'].map((w) => document.fonts.load(`${w} 14px "Noto Sans"`)))
		);
		const problems = await textProblems(page, { minPx: 12, root: 'body' });
		expect(report(problems), name).toEqual([]);
		// A halo is a white stroke: wherever one is drawn, it is painted under the fill.
		const halos = await page.evaluate(() =>
			[...document.querySelectorAll('text')]
				.map((t) => t.getAttribute('style') ?? '')
				.filter((st) => /stroke:\s*rgb\(255, 255, 255\)/.test(st))
		);
		haloed += halos.length;
		expect(
			halos.filter((st) => !/paint-order:\s*stroke/.test(st)),
			name
		).toEqual([]);
	}
	// The EGDI end labels ("Korea", "India") and the budget's series labels carry halos.
	expect(haloed).toBeGreaterThan(5);
});
