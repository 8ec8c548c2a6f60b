import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './site';
import { textProblems } from './geometry';

/** The default deck's slides, in order, as each slide's heading reads. */
const TITLES = [
	'Korea and India: e-government, step by step',
	'Phases and milestones of e-government, Korea and India',
	'Share of the national budget for e-government and informatization',
	'Launch years of the flagship systems, by function',
	'UN E-Government Development Index: rank',
	'Digital-literacy drives: people trained as a share of the population'
];

const dir = () => mkdtempSync(join(tmpdir(), 'deck-'));

/** One string per page of a PDF, as pdftotext reads it (text flattened to single spaces). */
function pdfPages(file: string): string[] {
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	return text
		.split('\f')
		.slice(0, -1)
		.map((p) => p.replace(/\s+/g, ' ').trim());
}

function pdfInfo(file: string): { pages: number; size: string } {
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return {
		pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
		size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)![1]!
	};
}

async function download(page: Page, button: string, to: string): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 90_000 }),
		page.getByRole('button', { name: button }).click()
	]);
	const path = join(to, file.suggestedFilename());
	await file.saveAs(path);
	return path;
}

/** Every page holds its slide's title, in deck order, and a source line. */
function expectSlides(pages: string[]) {
	expect(pages).toHaveLength(TITLES.length);
	TITLES.forEach((title, i) => {
		expect(pages[i]).toContain(title);
		expect(pages[i]).toMatch(/Sources \(\d+ documents\)/);
	});
}

test.describe('the deck as files', () => {
	test.setTimeout(180_000);

	test('Download PowerPoint gives a deck LibreOffice opens: a slide each, titles, notes and editable charts', async ({
		page
	}) => {
		await page.goto('/present/');
		// A speaker note travels with its slide.
		await page
			.getByRole('textbox', { name: 'Speaker note' })
			.nth(4)
			.fill('Korea stays in the top 10.');
		await page.getByRole('textbox', { name: 'Speaker note' }).nth(4).blur();
		const out = dir();
		const pptx = await download(page, 'Download PowerPoint', out);
		expect(pptx).toMatch(/korea-india-egov-deck-\d{4}-\d{2}-\d{2}\.pptx$/);
		await expect(page.getByRole('status').first()).toHaveText(
			'PowerPoint deck downloaded: 6 slides.'
		);

		const files = unzipSync(new Uint8Array(readFileSync(pptx)));
		const charts = Object.keys(files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
		// Budget share (line), launch lags (bars), EGDI rank (line) and the literacy drives (line)
		// are native charts; the timeline is a picture.
		expect(charts).toHaveLength(4);
		const xml = charts.map((f) => strFromU8(files[f]!)).join('\n');
		// The literacy slide's series and axis are text PowerPoint can edit, not pixels.
		expect(xml).toContain('Korea · Informatization education · trained (cumulative)');
		expect(xml).toContain('People trained, % of the population');
		expect(xml).toContain('<c:lineChart>');
		expect(xml).toContain('<c:barChart>');
		expect(xml).toContain('0072B2'); // Korea's colour
		expect(xml).toContain('C04F00'); // India's
		expect(Object.keys(files).some((f) => f.startsWith('ppt/media/'))).toBe(true);
		const notes = Object.keys(files)
			.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
			.map((f) => strFromU8(files[f]!));
		expect(notes.some((n) => n.includes('Korea stays in the top 10.'))).toBe(true);

		execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, pptx], {
			timeout: 120_000,
			env: { ...process.env, HOME: out }
		});
		const pdf = pptx.replace(/\.pptx$/, '.pdf');
		expect(pdfInfo(pdf).pages).toBe(6);
		expectSlides(pdfPages(pdf));
	});

	test('Download PDF gives one 16:9 page a slide, with its title and sources as text', async ({
		page
	}) => {
		await page.goto('/present/');
		const pdf = await download(page, 'Download PDF', dir());
		expect(pdf).toMatch(/\.pdf$/);
		expect(pdfInfo(pdf)).toEqual({ pages: 6, size: '960 x 540' });
		expectSlides(pdfPages(pdf));
	});

	test('Ctrl+P on /present prints the deck: one whole 16:9 slide a page, with its source line', async ({
		page
	}) => {
		await page.goto('/present/');
		// Nothing is drawn for print until printing starts: no slide pages load with the editor.
		await expect(page.locator('.print-deck iframe')).toHaveCount(0);
		// Ctrl+P lays the slides out, then opens the browser's print dialog (recorded here).
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await page.getByRole('heading', { level: 1 }).click();
		await page.keyboard.press('Control+P');
		await expect(page.locator('.print-deck iframe')).toHaveCount(6);
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
			.toBe(1);
		for (const [i, title] of TITLES.entries()) {
			await expect(
				page
					.locator('.print-deck iframe')
					.nth(i)
					.contentFrame()
					.getByRole('heading', { name: title })
			).toBeAttached();
		}
		// Each printed page as it is laid out for print: the whole slide inside its 1280×720 page,
		// its chart text apart, inside the chart and at ≥ 16 px, as on the projector.
		await page.emulateMedia({ media: 'print' });
		for (const [i, title] of TITLES.entries()) {
			const frame = (await page.locator('.print-deck iframe').nth(i).elementHandle())!;
			const doc = (await frame.contentFrame())!;
			await doc.evaluate(() => document.fonts.ready.then(() => true));
			const fit = await doc.evaluate(() => {
				const slide = document.querySelector('[data-slide], figure.chart-frame.slide')!;
				const r = slide.getBoundingClientRect();
				return {
					overflow: document.documentElement.scrollHeight - innerHeight,
					bottom: Math.ceil(r.bottom) <= innerHeight,
					right: Math.ceil(r.right) <= innerWidth
				};
			});
			expect(fit, title).toEqual({ overflow: 0, bottom: true, right: true });
			const problems = await textProblems(doc, { minPx: 16, root: 'body' });
			expect(
				problems.map((p) => `${p.chart}: ${p.kind} ${p.text} (${p.detail})`),
				title
			).toEqual([]);
		}
		const file = join(dir(), 'print.pdf');
		writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(pdfInfo(file)).toEqual({ pages: 6, size: '960 x 540' });
		expectSlides(pdfPages(file));
	});

	test("the browser's own Print before the slides are drawn prints the deck's list and how to print it", async ({
		page
	}) => {
		await page.goto('/present/');
		const file = join(dir(), 'menu-print.pdf');
		writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		const [first] = pdfPages(file);
		expect(first).toContain('press Print deck or Ctrl+P on /present to print one slide a page');
		// The deck list names the title slide by the deck's own name, the others by their title.
		const listed = ['Korea and India: e-government', ...TITLES.slice(1)];
		listed.forEach((title, i) => expect(first).toContain(`${i + 1}. ${title} — `));
		// … and lays the slides out, so printing again prints them.
		await expect(page.locator('.print-deck iframe')).toHaveCount(6);
	});

	test('the slide PNG is 1920×1080 and its slide fills it', async ({ page }) => {
		await page.goto('/rankings/');
		const frame = page.locator('figure[data-chart-id="egdi-rank"]');
		await frame.getByText('More').click();
		const [file] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			frame.getByRole('button', { name: 'Download slide (16:9)' }).click()
		]);
		expect(file.suggestedFilename()).toMatch(/-slide-1920x1080\.png$/);
		const png = readFileSync((await file.path())!);
		const box = await page.evaluate(async (b64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			[c.width, c.height] = [img.width, img.height];
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const { data } = ctx.getImageData(0, 0, c.width, c.height);
			let [x0, x1, y0, y1] = [c.width, 0, c.height, 0];
			for (let y = 0; y < c.height; y += 2)
				for (let x = 0; x < c.width; x += 2) {
					const i = (y * c.width + x) * 4;
					if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) {
						x0 = Math.min(x0, x);
						x1 = Math.max(x1, x);
						y0 = Math.min(y0, y);
						y1 = Math.max(y1, y);
					}
				}
			return { width: img.width, height: img.height, inkWidth: x1 - x0, inkHeight: y1 - y0 };
		}, png.toString('base64'));
		expect([box.width, box.height]).toEqual([1920, 1080]);
		// Ink from margin to margin: the slide's 2.5% side margins leave at most 5% blank.
		expect(box.inkWidth).toBeGreaterThan(1920 * 0.9);
		expect(box.inkHeight).toBeGreaterThan(1080 * 0.9);
	});
});
