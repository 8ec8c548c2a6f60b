import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './site';

/**
 * A view printed on A4: what paper cannot use is gone, what it shows fits the page. Read from the
 * print layout (media print at an A4 page's CSS width) and from the PDF Chromium prints.
 */
const A4_CSS_WIDTH = 794; // 210 mm at 96 px per inch, before the page margins

for (const path of ['/', '/timeline/', '/budget/', '/systems/', '/rankings/', '/people/'])
	test(`${path} printed: no controls, nothing wider than the page, sources numbered`, async ({
		page
	}) => {
		await page.setViewportSize({ width: A4_CSS_WIDTH, height: 1123 });
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		// No button, field or menu a reader of paper would look for.
		await expect(page.locator('button:visible, input:visible, select:visible')).toHaveCount(0);
		// Nothing runs off the right edge of the page (tables wrap, charts scale).
		const wide = await page.evaluate(() =>
			[...document.querySelectorAll('main *')]
				.filter((e) => {
					const r = e.getBoundingClientRect();
					return r.width > 0 && r.right > document.documentElement.clientWidth + 1;
				})
				.map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 60))
		);
		expect(wide).toEqual([]);
		// Sources print open (the browser's beforeprint opens them), as numbered documents.
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		const sources = page.locator('figure .source-line details[open] .doc');
		expect(await sources.count()).toBeGreaterThan(0);
		expect(await sources.first().evaluate((d) => getComputedStyle(d, '::before').content)).toMatch(
			/counter\(doc\)|^"1\. "$/
		);
		// The text about pointing and typing is gone.
		await expect(page.getByText(/^Hover over/)).toBeHidden();
		const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'view.pdf');
		writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
		const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		const pages = text
			.split('\f')
			.slice(0, -1)
			.map((p) => p.replace(/\s+/g, ' ').trim());
		// No blank page, and none but the last holding only a line or two (a header and buttons).
		pages.forEach((p, i) =>
			expect(p.length, `page ${i + 1}: ${p.slice(0, 80)}`).toBeGreaterThan(
				i === pages.length - 1 ? 40 : 200
			)
		);
		// The sources are in the printed text, numbered.
		expect(text).toMatch(/\n\s*1\. \S/);
	});
