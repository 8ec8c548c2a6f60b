import { type Download, type Page } from '@playwright/test';
import { expect, test } from './site';
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';

const CHART = 'UN E-Government Development Index: rank';

async function save(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
	const frame = page.getByRole('figure', { name: CHART });
	const target = frame.getByRole('button', { name: button, exact: true });
	// The less common exports sit in the "More" menu.
	if (!(await target.isVisible())) await frame.locator('summary', { hasText: 'More' }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), target.click()]);
	return { name: download.suggestedFilename(), bytes: await readFile(await pathOf(download)) };
}

async function pathOf(download: Download): Promise<string> {
	const path = await download.path();
	if (!path) throw new Error('download has no path');
	return path;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.beforeEach(async ({ page }) => {
	await page.goto('/rankings/');
	await expect(page.getByRole('figure', { name: CHART })).toBeVisible();
});

test('Download CSV gives the rows of the table, with BOM, evidence, sources and a descriptive name', async ({
	page
}) => {
	const { name, bytes } = await save(page, 'Download CSV');
	expect(name).toBe('korea-india-egdi-rank-2003-2024.csv');
	const text = bytes.toString('utf8');
	expect(text.slice(0, text.indexOf('\r\n'))).toBe(
		'\uFEFFCountry,Index,Edition,Rank,Of countries,Score,Rank published or computed,Evidence,Source,Source kind,Source URL'
	);
	const lines = text.trim().split('\r\n');

	const frame = page.getByRole('figure', { name: CHART });
	await frame.getByRole('button', { name: 'Show table' }).click();
	const rows = frame.getByRole('table', { name: `${CHART}: data` }).getByRole('row');
	await expect(rows).toHaveCount(lines.length);
	expect(lines.find((l) => l.startsWith('Korea,EGDI,2010,'))).toMatch(
		/^Korea,EGDI,2010,1,192,0\.8785\d*,published,Official,.+,https?:\/\//
	);
	// India's 2012 figure rests on a GitHub copy of the UN's data and a press report: it says so.
	expect(lines.find((l) => l.startsWith('India,EGDI,2012,'))).toMatch(
		/^India,EGDI,2012,125,193,0\.38287,published,"Copy of United Nations Department of Economic and Social Affairs \(UN DESA\) \(2012\), retrieved from GitHub \(UNU-EGOV\/datasets\)",.+,"official, retrieved from GitHub \(UNU-EGOV\/datasets\); press",/
	);
});

test('Download SVG is standalone and carries title, takeaway and source line', async ({ page }) => {
	const { name, bytes } = await save(page, 'Download SVG');
	expect(name).toBe('korea-india-egdi-rank-2003-2024.svg');
	const svg = bytes.toString('utf8');
	expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
	expect(svg).toContain(`>${CHART}</text>`);
	const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
	expect(texts).toMatch(
		/India ranked 87th of 191 countries in 2003 and 97th of 193 countries in 2024/
	);
	expect(texts).toMatch(
		/Sources: .+ \(\d+ documents: \d+ official, .*\d+ press, \d+ other; listed at the link below\)\./
	);
	expect(texts).toMatch(
		/data version \d{4}-\d{2}-\d{2} · [0-9a-f]{7} · \d{4}-\d{2}-\d{2} · http:\/\/127\.0\.0\.1:\d+\/rankings\/#chart-egdi-rank/
	);
	expect(svg).not.toMatch(/<link|<script|@import|xlink:href="http|href="http/);
	expect(svg).not.toContain('class=');

	// It opens on its own: a browser renders it with the chart's marks.
	const standalone = await page.context().newPage();
	await standalone.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
	const marks = 'circle, rect, path, line, polygon';
	const onPage = await page
		.getByRole('figure', { name: CHART })
		.locator('.chart-body svg')
		.first()
		.locator(marks)
		.count();
	expect(onPage).toBeGreaterThan(20);
	// The same marks, plus the white background.
	await expect(standalone.locator(marks)).toHaveCount(onPage + 1);
	await standalone.close();
});

test('Download PNG is at least 1600 px wide; the slide variant is 1920×1080', async ({ page }) => {
	const png = await save(page, 'Download PNG');
	expect(png.name).toBe('korea-india-egdi-rank-2003-2024.png');
	expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(1600);
	const slide = await save(page, 'Download slide (16:9)');
	expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
});

test('Copy link copies a link to this view and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const frame = page.getByRole('figure', { name: CHART });
	await frame.getByRole('button', { name: 'Copy link' }).click();
	await expect(frame.getByRole('status')).toHaveText('Link copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(new URL('/rankings/#chart-egdi-rank', page.url()).href);
	await page.goto(copied);
	await expect(page.getByRole('figure', { name: CHART })).toBeInViewport();
});

test('Cite shows plain text and BibTeX with the data version and permalink', async ({ page }) => {
	await page.getByRole('figure', { name: CHART }).getByRole('button', { name: 'Cite' }).click();
	const dialog = page.getByRole('dialog', { name: `Cite “${CHART}”` });
	await expect(dialog).toBeVisible();
	const version = (await page.getByRole('contentinfo').textContent())!.match(
		/Data version (\d{4}-\d{2}-\d{2} · [0-9a-f]{7})/
	)![1]!;
	const text = await dialog.getByLabel('Plain text').inputValue();
	expect(text).toContain(
		`"${CHART}". Korea–India e-government comparison dashboard, data version ${version}.`
	);
	expect(text).toContain('/rankings/#chart-egdi-rank');
	expect(text).toMatch(
		/Underlying sources \(\d+ documents: \d+ official, .*\d+ press, \d+ other\):/
	);
	// The UN's numbers are cited under the UN, with the copy they were read in.
	expect(text).toContain(
		'- United Nations Department of Economic and Social Affairs (UN DESA) (2012). egdi-2012.csv (mirror of UN E-Government Knowledgebase data). Official; retrieved from GitHub (UNU-EGOV/datasets), https://github.com/'
	);
	expect(text).not.toMatch(/^- (UNU-EGOV|KoheiTakata|pluralitybook)/m);
	expect(await dialog.getByLabel('BibTeX').inputValue()).toMatch(
		/^@misc\{koreaindia-egdi-rank-\d{4}-\d{2}-\d{2},/
	);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});

test('Download everything gives one ZIP with CSV, SVG, PNG, citation and README', async ({
	page
}) => {
	const { name, bytes } = await save(page, 'Download everything (ZIP)');
	expect(name).toBe('korea-india-egdi-rank-2003-2024.zip');
	const files = unzipSync(new Uint8Array(bytes));
	expect(Object.keys(files).sort()).toEqual([
		'README.txt',
		'citation.bib',
		'citation.txt',
		'korea-india-egdi-rank-2003-2024.csv',
		'korea-india-egdi-rank-2003-2024.png',
		'korea-india-egdi-rank-2003-2024.svg'
	]);
	const readme = new TextDecoder().decode(files['README.txt']);
	expect(readme).toMatch(/View: http:\/\/127\.0\.0\.1:\d+\/rankings\/#chart-egdi-rank/);
	expect(readme).toMatch(/Data version: \d{4}-\d{2}-\d{2} · [0-9a-f]{7}/);
});

test('Add to presentation puts the view at the end of the deck', async ({ page }) => {
	const frame = page.getByRole('figure', { name: CHART });
	await frame.getByRole('button', { name: 'Add to presentation' }).click();
	await expect(frame.getByRole('status')).toHaveText('Added to presentation: slide 7 of 7.');
	await page.goto('/present/');
	const deck = page.getByRole('list', { name: 'Deck (7 slides)' });
	await expect(deck.getByRole('listitem')).toHaveCount(7);
	await expect(deck.getByRole('button', { name: `7. ${CHART}` })).toBeVisible();
	await page.keyboard.press('End');
	await expect(page.getByRole('region', { name: `Slide 7 of 7: ${CHART}` })).toBeVisible();
});
