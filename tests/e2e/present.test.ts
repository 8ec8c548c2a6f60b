import { expect, test } from './site';

const OVERVIEW = 'Korea and India: e-government';
const TIMELINE = 'Phases and milestones of e-government, Korea and India';
const BUDGET = 'Share of the national budget for e-government and informatization';
const EGDI = 'UN E-Government Development Index: rank';
const PEOPLE = 'Digital-literacy drives: people trained as a share of the population';

test('the deck advances with ArrowRight and PageDown, goes back with PageUp, Home and End', async ({
	page
}) => {
	await page.goto('/present/');
	const stage = (n: number, title: string) =>
		page.getByRole('region', { name: `Slide ${n} of 6: ${title}` });
	await expect(stage(1, OVERVIEW)).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(stage(2, TIMELINE)).toBeVisible();
	await expect(page).toHaveURL(/\?slide=2$/);
	await page.keyboard.press('PageDown');
	await expect(stage(3, BUDGET)).toBeVisible();
	await expect(stage(3, BUDGET).locator(`iframe[title="${BUDGET}"]`)).toBeVisible();
	await page.keyboard.press('Space');
	await page.keyboard.press('PageUp');
	await expect(stage(3, BUDGET)).toBeVisible();
	await page.keyboard.press('End');
	await expect(stage(6, PEOPLE)).toBeVisible();
	await page.keyboard.press('Home');
	await expect(stage(1, OVERVIEW)).toBeVisible();
});

test('a slide URL opens that slide, showing only that chart', async ({ page }) => {
	await page.goto('/present/?slide=5');
	await expect(page.getByRole('region', { name: `Slide 5 of 6: ${EGDI}` })).toBeVisible();
	const frame = page.frameLocator(`iframe[title="${EGDI}"]`);
	await expect(frame.getByRole('heading', { name: EGDI })).toBeVisible();
	// Only that chart: the page's other charts are not in the slide.
	await expect(frame.locator('figure.chart-frame')).toHaveCount(1);
	await expect(frame.getByRole('heading', { name: 'UN rankings' })).toBeHidden();
});

test('N opens the presenter view: the note, the next slide and a clock, never on the slide', async ({
	page
}) => {
	await page.goto('/present/');
	await page
		.getByRole('textbox', { name: 'Speaker note' })
		.first()
		.fill('Start with the 1987 networks.');
	await page.getByRole('textbox', { name: 'Speaker note' }).first().blur();
	await page.getByRole('heading', { name: 'Present' }).click();
	const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('n')]);
	await presenter.waitForSelector('html[data-hydrated]', { state: 'attached' });
	await expect(presenter.getByRole('complementary', { name: 'Speaker notes' })).toHaveText(
		'Start with the 1987 networks.'
	);
	await expect(presenter.getByRole('heading', { name: `Next: ${TIMELINE}` })).toBeVisible();
	await expect(
		presenter.frameLocator('iframe').getByRole('heading', { name: TIMELINE })
	).toBeVisible();
	await expect(presenter.getByLabel('Time since the presenter view opened')).toHaveText(/^0:0\d$/);
	// The audience's slide has no notes on it.
	await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Speaker note' }).first()).toHaveValue(
		'Start with the 1987 networks.'
	);
});

test('the presenter view and the audience window stay on the same slide', async ({ page }) => {
	await page.goto('/present/');
	const [presenter] = await Promise.all([
		page.waitForEvent('popup'),
		page.getByRole('button', { name: 'Presenter view' }).click()
	]);
	await presenter.waitForSelector('html[data-hydrated]', { state: 'attached' });
	await expect(presenter.getByText('Slide 1 of 6')).toBeVisible();
	// The presenter moves on: the room's slide follows.
	await presenter.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('region', { name: `Slide 2 of 6: ${TIMELINE}` })).toBeVisible();
	await presenter.keyboard.press('ArrowRight');
	await expect(page.getByRole('region', { name: `Slide 3 of 6: ${BUDGET}` })).toBeVisible();
	// The audience window moves (a clicker plugged into it): the presenter follows.
	await page.getByRole('heading', { name: 'Present' }).click();
	await page.keyboard.press('End');
	await expect(presenter.getByText('Slide 6 of 6')).toBeVisible();
	await expect(presenter.getByRole('heading', { name: `Now: ${PEOPLE}` })).toBeVisible();
	await expect(presenter.getByRole('heading', { name: 'Last slide' })).toBeVisible();
});

test('the deck editor reorders and removes slides, and the deck persists', async ({ page }) => {
	await page.goto('/present/');
	await page.getByRole('button', { name: `Move “${EGDI}” up` }).click();
	const deck = page.getByRole('list', { name: 'Deck (6 slides)' });
	await expect(deck.getByRole('button', { name: `4. ${EGDI}` })).toBeVisible();
	await page.getByRole('button', { name: `Remove “${TIMELINE}”` }).click();
	await expect(page.getByRole('list', { name: 'Deck (5 slides)' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('list', { name: 'Deck (5 slides)' })).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Deck (5 slides)' }).getByRole('button', { name: `3. ${EGDI}` })
	).toBeVisible();
	await page.getByRole('button', { name: 'Reset to the default deck' }).click();
	await expect(page.getByRole('list', { name: 'Deck (6 slides)' })).toBeVisible();
});

test('Start presentation fills the screen and Esc leaves', async ({ page }) => {
	await page.goto('/present/');
	await page.getByRole('button', { name: 'Start presentation' }).click();
	const stage = page.getByRole('region', { name: /^Slide 1 of 6/ });
	await expect(stage).toHaveCSS('position', 'fixed');
	await page.keyboard.press('Escape');
	await expect(stage).toHaveCSS('position', 'relative');
});

test('an embed shows the chart alone with its sources and a link back', async ({ page }) => {
	await page.goto('/embed/egdi-rank/');
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.getByRole('figure', { name: EGDI })).toBeVisible();
	await expect(page.getByText(/Sources: \d+ documents/)).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Open in the Korea–India e-government dashboard' })
	).toHaveAttribute('href', /\/rankings\/$/);
	await expect(page.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
});

test('an added slide is named in the deck by its view and state', async ({ page }) => {
	await page.goto('/timeline/?from=1995&to=2005');
	const frame = page.getByRole('figure', { name: TIMELINE });
	await frame.getByRole('button', { name: 'Add to presentation' }).click();
	await expect(frame.getByText('Added to presentation: slide 7 of 7.')).toBeVisible();
	await page.goto('/present/');
	const deck = page.getByRole('list', { name: 'Deck (7 slides)' });
	await expect(deck.getByRole('listitem').nth(1)).toContainText('Timeline · default view');
	await expect(deck.getByRole('listitem').nth(6)).toContainText('Timeline · 1995–2004');
});
