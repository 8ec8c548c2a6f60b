import { expect, test } from './site';

test('/rankings toggles Rank / Score, keeps it in the URL, and shows the caution', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/rankings/');
	const rank = page.getByRole('group', { name: 'EGDI rank of Korea and India by survey edition' });
	await expect(
		rank.getByRole('img', { name: 'India, EGDI 2024: 97th of 193 countries, score 0.66776' })
	).toHaveCount(1);
	await expect(rank.getByRole('img')).toHaveCount(24);
	await expect(page.getByRole('complementary', { name: 'Read ranks with care' })).toContainText(
		'Korea went from 3rd of 193 countries in 2022 to 4th of 193 countries in 2024, while its score rose from 0.9529 to 0.96789.'
	);
	await page.getByRole('button', { name: 'Score', exact: true }).click();
	await expect(page).toHaveURL(/\/rankings\/\?mode=score$/);
	await page.reload();
	await expect(
		page.getByRole('group', { name: 'EGDI score of Korea and India by survey edition' })
	).toBeVisible();
	expect(errors).toEqual([]);
});

test('/rankings: focusing an edition in one panel puts the crosshair in all four', async ({
	page
}) => {
	await page.goto('/rankings/');
	const parts = page.getByRole('group', {
		name: 'OSI, TII, HCI and EPI rank of Korea and India by survey edition'
	});
	await parts
		.getByRole('img', {
			name: 'Korea, OSI 2010: 1st of 192 countries (rank computed from UN data), score 1'
		})
		.focus();
	await expect(parts.getByTestId('crosshair')).toHaveCount(4);
});

test('/rankings has every chart in the HTML before any JavaScript runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/rankings/');
	for (const name of [
		'EGDI rank of Korea and India by survey edition',
		'OSI, TII, HCI and EPI rank of Korea and India by survey edition',
		'Gap between Korea and India by rank, per index and edition'
	])
		await expect(page.getByRole('group', { name })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Other indices' })).toContainText(
		'1st of 33 countries'
	);
	await context.close();
});
