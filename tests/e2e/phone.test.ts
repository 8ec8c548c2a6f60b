import { type Page } from '@playwright/test';
import { PAGES, expect, test } from './site';

// On a phone every chart fits the screen (no sideways scrolling) and its text stays readable.
test.use({ viewport: { width: 390, height: 844 } });

/** For each chart frame: whether its body overflows sideways, and its smallest rendered text. */
async function measure(page: Page) {
	return page.locator('figure.chart-frame').evaluateAll((frames) =>
		frames.map((f) => {
			const body = f.querySelector<HTMLElement>('.chart-body')!;
			let smallest = Infinity;
			for (const svg of body.querySelectorAll('svg')) {
				if (svg.getClientRects().length === 0) continue; // a hidden copy
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				for (const t of svg.querySelectorAll('text')) {
					if (!t.textContent?.trim() || t.getClientRects().length === 0) continue;
					const size = parseFloat(getComputedStyle(t).fontSize) * scale;
					smallest = Math.min(smallest, size);
				}
			}
			return {
				id: f.id || f.getAttribute('aria-labelledby') || '',
				overflow: body.scrollWidth - body.clientWidth,
				smallest: Math.round(smallest * 10) / 10
			};
		})
	);
}

for (const [path, frames] of [
	['/', 5],
	['/budget/', 1],
	['/systems/', 2],
	['/rankings/', 3],
	['/people/', 4]
] as const) {
	test(`${path} at 390×844: every chart fits the width, text ≥ 12 px`, async ({ page }) => {
		await page.goto(path);
		if (path === '/systems/') {
			// Open a pair so its metric charts are on the page too.
			await page.getByRole('button', { name: /^Tax: India 2 years later\./ }).click();
		}
		await expect(page.locator('figure.chart-frame svg').first()).toBeVisible();
		const found = await measure(page);
		expect(found.length).toBeGreaterThanOrEqual(frames);
		for (const f of found) {
			expect(f.overflow, `${f.id} scrolls sideways`).toBeLessThanOrEqual(1);
			expect(f.smallest, `${f.id} smallest text`).toBeGreaterThanOrEqual(12);
		}
	});
}

test('/systems at 390×844: the arrow keys move between pairs in the phone layout', async ({
	page
}) => {
	await page.goto('/systems/');
	const pairs = page.getByRole('group', {
		name: "Launch year of Korea's and India's systems for each function"
	});
	// One chart, the phone copy: the desktop one is gone once the page runs (the hidden copy of the
	// prerendered HTML is dropped after mount).
	await expect(page.locator('.fit-wide')).toHaveCount(0);
	await expect(pairs).toHaveCount(1);
	await expect(pairs).toHaveAttribute('viewBox', /^0 0 340 /);
	await pairs.getByRole('button').first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(pairs.getByRole('button').nth(1)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(pairs.getByRole('button').nth(1)).toHaveAttribute('aria-pressed', 'true');
});

test('no page scrolls sideways at 390 px, controls included', async ({ page }) => {
	const wide: string[] = [];
	for (const path of PAGES) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		if (width > 390) wide.push(`${path}: ${width} px`);
	}
	expect(wide).toEqual([]);
});
