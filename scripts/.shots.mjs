import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium-path.js';
const base = 'http://127.0.0.1:4399';
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
	const ctx = await browser.newContext({ viewport: { width: s.w, height: s.h }, javaScriptEnabled: s.js !== false });
	const page = await ctx.newPage();
	await page.goto(base + s.url);
	await page.waitForTimeout(1200);
	if (s.sel) {
		const el = page.locator(s.sel).first();
		await el.scrollIntoViewIfNeeded();
		if (s.click) await page.locator(s.click).first().click();
		await page.waitForTimeout(500);
		await el.screenshot({ path: `/tmp/shots/${s.name}.png` });
	} else await page.screenshot({ path: `/tmp/shots/${s.name}.png`, fullPage: !!s.full });
	await ctx.close();
}
await browser.close();
