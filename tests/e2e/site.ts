import { test as base, expect } from '@playwright/test';

export { PAGES } from '../pages.js';

/**
 * Playwright's test, with page.goto and page.reload waiting until the page is hydrated: the HTML
 * (and its charts) shows before the scripts arrive, and a key pressed before then does nothing.
 */
export const test = base.extend({
	page: async ({ page, javaScriptEnabled }, use) => {
		const hydrated = async () => {
			if (javaScriptEnabled !== false)
				await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		};
		const goto = page.goto.bind(page);
		const reload = page.reload.bind(page);
		page.goto = async (...args) => {
			const response = await goto(...args);
			await hydrated();
			return response;
		};
		page.reload = async (...args) => {
			const response = await reload(...args);
			await hydrated();
			return response;
		};
		await use(page);
	}
});
export { expect };
