import { type Page } from '@playwright/test';
import { expect, test } from './site';

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(
	page: Page,
	matches: (el: { tag: string; text: string; label: string }) => boolean,
	back = false
) {
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const el = await page.evaluate(() => {
			const a = document.activeElement as HTMLElement | null;
			return {
				tag: a?.tagName.toLowerCase() ?? '',
				text: a?.textContent?.trim() ?? '',
				label: a?.getAttribute('aria-label') ?? ''
			};
		});
		if (matches(el)) return;
	}
	throw new Error('Never reached the element with the keyboard');
}

test('keyboard only: home → timeline → a milestone → details → Download CSV → presented', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await tabTo(page, (e) => e.tag === 'a' && e.text === 'Timeline');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/timeline\/$/);

	// Into the chart's marks: the first mark in time order takes focus, arrows move along.
	await tabTo(page, (e) => /\(India, institution\)$/.test(e.label));
	await expect(page.locator(':focus')).toHaveAccessibleName(
		'Department of Electronics set up, 26 June 1970 (India, institution)'
	);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(':focus')).toHaveAccessibleName(/1975 \(Korea, institution\)$/);
	await page.keyboard.press('Enter');
	await expect(
		page.getByText('Administrative Computerisation Promotion Committee formed').first()
	).toBeVisible();

	// On to the chart's actions, under it, and download what it shows.
	await tabTo(page, (e) => e.tag === 'button' && e.text === 'Download CSV');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	expect(download.suggestedFilename()).toMatch(/^korea-india-timeline-\d{4}-\d{4}\.csv$/);

	await tabTo(page, (e) => e.tag === 'button' && e.text === 'Add to presentation');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Added to presentation: slide 7 of 7.')).toBeVisible();

	// To the deck, and present the added view.
	await tabTo(page, (e) => e.tag === 'a' && e.text === 'Present', true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/present\/$/);
	await page.keyboard.press('End');
	await expect(
		page.getByRole('region', {
			name: 'Slide 7 of 7: Phases and milestones of e-government, Korea and India'
		})
	).toBeVisible();
	await tabTo(page, (e) => e.tag === 'button' && e.text === 'Start presentation', true);
	await page.keyboard.press('Enter');
	await page.keyboard.press('PageUp');
	await expect(page.getByRole('region', { name: /^Slide 6 of 7/ })).toHaveCSS('position', 'fixed');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('region', { name: /^Slide 6 of 7/ })).toHaveCSS(
		'position',
		'relative'
	);
});
