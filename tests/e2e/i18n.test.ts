import { expect, test } from './site';

const KOREAN_NAV = ['개요', '연표', '예산', '시스템', '순위', '시민', '데이터', '발표'];
const HINDI_NAV = ['अवलोकन', 'समयरेखा', 'बजट', 'प्रणालियाँ', 'रैंकिंग', 'नागरिक', 'डेटा', 'प्रस्तुति'];

test('/ko/ and /hi/ pages are in their language, with links to the page in the others', async ({
	page
}) => {
	await page.goto('/ko/timeline/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	const main = page.getByRole('navigation', { name: '주 메뉴' });
	await expect(main.getByRole('link')).toHaveText(KOREAN_NAV);
	await expect(main.getByRole('link', { name: '연표' })).toHaveAttribute('aria-current', 'page');
	await expect(page.locator('link[rel=alternate][hreflang=hi]')).toHaveAttribute(
		'href',
		'../../hi/timeline/'
	);
	await expect(page.getByRole('link', { name: '본문으로 건너뛰기' })).toHaveAttribute(
		'href',
		'#main'
	);

	await page.goto('/hi/budget/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
	await expect(page.getByRole('navigation', { name: 'मुख्य' }).getByRole('link')).toHaveText(
		HINDI_NAV
	);
	// Korean text is drawn with the site's own Korean font, not the machine's.
	const korean = page
		.getByRole('navigation', { name: 'भाषा' })
		.getByRole('link', { name: '한국어' });
	await expect(korean).toHaveAttribute('lang', 'ko');
	await expect
		.poll(() => page.evaluate(() => document.fonts.check("16px 'Noto Sans KR'", '한국어')))
		.toBe(true);
});

test('the language switcher keeps the view, and the choice is remembered', async ({ page }) => {
	await page.goto('/timeline/?from=1995&to=2005&q=portal');
	await page
		.getByRole('navigation', { name: 'Language' })
		.getByRole('link', { name: '한국어' })
		.click();
	await expect(page).toHaveURL(/\/ko\/timeline\/\?from=1995&to=2005&q=portal$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('searchbox').first()).toHaveValue('portal');

	// Moving inside the site stays in Korean.
	await page
		.getByRole('navigation', { name: '주 메뉴' })
		.getByRole('link', { name: '예산' })
		.click();
	await expect(page).toHaveURL(/\/ko\/budget\/$/);
	await expect(page.getByRole('link', { name: '예산' })).toHaveAttribute('aria-current', 'page');

	// Coming back to the site later (no referrer from it), the reader lands in Korean.
	await page.goto('/systems/?pair=identity');
	await expect(page).toHaveURL(/\/ko\/systems\/\?pair=identity$/);

	// Choosing English again is remembered too.
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/systems\/\?pair=identity$/);
	await page.goto('/people/');
	await expect(page).toHaveURL(/\/people\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the switcher is a plain link to the same page in the other language', async ({ page }) => {
		await page.goto('/rankings/');
		await page.getByRole('link', { name: 'हिन्दी' }).click();
		await expect(page).toHaveURL(/\/hi\/rankings\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
	});
});

test("every chart's actions and their messages are in the page's language", async ({ page }) => {
	await page.goto('/ko/');
	const actions = page.getByRole('group', { name: 'When national e-government began: 작업' });
	await expect(actions.getByRole('button')).toHaveText([
		'CSV 내려받기',
		'SVG 내려받기',
		'PNG 내려받기',
		'링크 복사',
		'인용',
		'표 보기',
		'발표에 추가'
	]);
	const download = page.waitForEvent('download');
	await actions.getByRole('button', { name: 'CSV 내려받기' }).click();
	expect((await download).suggestedFilename()).toMatch(/\.csv$/);
	await expect(page.getByRole('status').first()).toHaveText('CSV를 내려받았습니다.');

	await page.goto('/hi/');
	await expect(
		page
			.getByRole('group', { name: 'When national e-government began: कार्य' })
			.getByRole('button', { name: 'प्रस्तुति में जोड़ें' })
	).toBeVisible();
});
