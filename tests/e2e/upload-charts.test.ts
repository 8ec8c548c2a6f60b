import { type Page } from '@playwright/test';
import { expect, test } from './site';
import { textProblems } from './geometry';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = 'tests/fixtures/upload';

async function upload(page: Page, file: string, dir = FIXTURES) {
	await page.goto('/data/');
	await expect(page.getByText('None yet. Files you import appear here')).toBeVisible();
	await page.getByLabel('Choose a CSV file').setInputFiles(join(dir, file));
	// Reading, storing and merging each start a worker: on a loaded machine that is seconds.
	await expect(page.getByRole('status').filter({ hasText: `Imported ${file}` })).toBeVisible({
		timeout: 20_000
	});
}

test('an uploaded UN export puts a picked country on /rankings, in the marks and the table', async ({
	page
}) => {
	await upload(page, 'egov-2024.csv');
	await page.goto('/rankings/');
	await page.getByRole('link', { name: 'Add your own data' }).waitFor();
	const picker = page.getByRole('group', { name: 'Countries from your data' });
	await picker.getByRole('checkbox', { name: 'Estonia' }).check();
	await expect(page).toHaveURL(/\?countries=EST$/);
	const chart = page.getByRole('group', {
		name: 'EGDI rank of Korea, India and Estonia by survey edition'
	});
	await expect(chart.getByRole('img', { name: /^Estonia/ })).toHaveText(
		'Estonia, EGDI 2024: 2nd, score 0.9727'
	);
	await page
		.getByRole('group', { name: 'UN E-Government Development Index: rank: actions' })
		.getByRole('button', { name: 'Show table' })
		.click();
	const row = page
		.getByRole('table', { name: 'UN E-Government Development Index: rank: data' })
		.getByRole('row')
		.filter({ hasText: 'Estonia' });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Uploaded in this browser (UN E-Government Knowledgebase');

	// The pick is in the URL and the upload in the browser: a reload keeps both.
	await page.reload();
	await expect(
		page
			.getByRole('group', { name: 'EGDI rank of Korea, India and Estonia by survey edition' })
			.getByRole('img', { name: /^Estonia/ })
	).toHaveCount(1);
});

test('a picked uploaded country is in the sub-index panels and the gap chart, with its table rows', async ({
	page
}) => {
	await upload(page, 'egov-2024.csv');
	await page.goto('/rankings/?mode=score&countries=EST');
	const subs = page.getByRole('group', {
		name: 'OSI, TII, HCI and EPI score of Korea, India and Estonia by survey edition'
	});
	await expect(subs.getByRole('img', { name: /^Estonia/ })).toHaveText([
		'Estonia, OSI 2024: rank not published, score 0.9781',
		'Estonia, TII 2024: rank not published, score 0.9939',
		'Estonia, HCI 2024: rank not published, score 0.946',
		'Estonia, EPI 2024: rank not published, score 0.9178'
	]);
	await expect(subs.getByText('Estonia', { exact: true })).toHaveCount(5); // legend + end labels
	const gaps = page.getByRole('group', {
		name: 'Gap between Korea and each of India and Estonia by score, per index and edition'
	});
	await expect(gaps.getByRole('img', { name: /Estonia/ })).toHaveText([
		'EGDI 2024: Korea minus Estonia -0.00481',
		'OSI 2024: Korea minus Estonia 0.0219',
		'TII 2024: Korea minus Estonia -0.0022',
		'HCI 2024: Korea minus Estonia -0.03402',
		'EPI 2024: Korea minus Estonia 0.0548'
	]);
	await expect(gaps.getByText('Korea against Estonia')).toBeVisible();

	const gapFrame = page.getByRole('figure', {
		name: 'The gap: Korea against India and Estonia, per index'
	});
	await expect(gapFrame).toContainText('Korea minus Estonia in 2024: EGDI -0.00481; OSI +0.0219');
	await gapFrame.getByRole('button', { name: 'Show table' }).click();
	const row = gapFrame
		.getByRole('table')
		.getByRole('row')
		.filter({ hasText: 'Estonia' })
		.filter({ hasText: 'EGDI' });
	await expect(row.getByRole('cell').nth(3)).toHaveText('-0.00481');
});

test('an uploaded milestones file adds a lane on /timeline', async ({ page }) => {
	await upload(page, 'milestones-estonia.csv');
	await page.goto('/timeline/');
	await expect(
		page.getByRole('button', {
			name: 'National ID card issued, January 2002 (Estonia, system launch)'
		})
	).toBeVisible();
	await expect(page.locator('g.lane').nth(2)).toHaveAttribute('data-country', 'EST');
	await expect(page.locator('g.lane .lane-title').nth(2)).toHaveText('Estonia');
});

test('an uploaded lane aligns on its own earliest milestone of the kind, and says when it has none', async ({
	page
}) => {
	await upload(page, 'milestones-estonia-aligned.csv');
	await page.goto('/timeline/?align=egov-law');
	await expect(page.locator('g.lane[data-country="EST"] .lane-title')).toHaveText(
		'Estonia — year 0 = 2000'
	);
	await expect(
		page.getByText(/Estonia: year 0 = 2000, “Digital Signatures Act passed”/)
	).toContainText('its earliest law milestone');
	// Year 0 of both lanes lines up: Estonia's law (8 March 2000) under Korea's (28 March 2001).
	const centre = async (name: string) => {
		const b = (await page.getByRole('button', { name }).boundingBox())!;
		return b.x + b.width / 2;
	};
	const est = await centre('Digital Signatures Act passed, 8 March 2000 (Estonia, law)');
	const kor = await centre('E-Government Act enacted, 28 March 2001 (Korea, law)');
	expect(Math.abs(est - kor)).toBeLessThan(4);

	// No plan in the file: the lane is left out, and the page says so and why.
	await page.getByLabel('Align by').selectOption('egov-plan');
	await expect(page.locator('g.lane[data-country="EST"]')).toHaveCount(0);
	await expect(page.getByText(/^Not shown in this alignment: Estonia/)).toHaveText(
		'Not shown in this alignment: Estonia (your data has no plan milestone for it to count from). Choose “A year I type” to place every lane.'
	);
	await expect(page.getByText(/Estonia: year 0 = none/)).toContainText(
		'your data has no plan milestone for it to count from, so its lane is left out'
	);
});

test('an uploaded lane of 1,000 milestones is drawn as ticks, searchable, with details on hover', async ({
	page
}, info) => {
	const pad = (n: number) => String(n).padStart(2, '0');
	const rows = Array.from(
		{ length: 1000 },
		(_, i) =>
			`EST,${1990 + Math.floor(i / 30)}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)},Estonia event ${i + 1},law,Generated,,est-gen`
	);
	const dir = info.outputDir;
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'estonia-1000.csv'),
		['country,date,title,category,description,system_id,source_ids', ...rows].join('\n')
	);
	await upload(page, 'estonia-1000.csv', dir);
	await page.goto('/timeline/');
	const lane = page.locator('g.lane[data-country="EST"]');
	await expect(lane.locator('.dense-note')).toHaveText(
		'1,000 milestones in view: a tick each, one row per category in legend order. Zoom in for symbols.'
	);
	await expect(lane.locator('canvas')).toHaveCount(1);
	// Korea's and India's lanes keep their symbols.
	const korea = readFileSync('data/milestones.csv', 'utf8')
		.split('\n')
		.filter((l) => l.startsWith('KOR,')).length;
	await expect(page.locator('g.lane[data-country="KOR"] g.mark')).toHaveCount(korea);

	// A search puts the match's label first; hovering its tick shows its details.
	await page.getByRole('searchbox', { name: 'Search milestones' }).fill('Estonia event 777');
	const label = lane.locator('text.mark-label', { hasText: 'Estonia event 777' });
	await expect(label).toHaveCount(1);
	await label.scrollIntoViewIfNeeded();
	const leader = (await lane.locator('line.leader').nth(0).boundingBox())!;
	await page.mouse.move(leader.x + leader.width / 2, leader.y - 8);
	const details = page.getByRole('region', { name: 'Milestone details' });
	await expect(details.getByRole('heading')).toHaveText('Estonia event 777');
	await expect(page.locator('g.lane[data-country="EST"] g.mark')).toHaveCount(1);

	// The SVG export carries the ticks as an image of the canvas, at the canvas' place.
	const saving = page.waitForEvent('download');
	await page
		.getByRole('group', { name: /^Phases and milestones of e-government.*: actions$/ })
		.getByRole('button', { name: 'Download SVG' })
		.click();
	const svg = readFileSync((await (await saving).path())!, 'utf8');
	expect(svg).not.toContain('<canvas');
	// One image, the dense lane's: the motion canvas over the chart is not part of the export.
	expect(svg.match(/<image /g)).toHaveLength(1);
	expect(svg).toMatch(
		/<image x="[\d.]+" y="[\d.]+" width="[\d.]+" height="45" href="data:image\/png;base64,/
	);
});

test('uploaded WDI series show in the indicator chart on /data', async ({ page }) => {
	await upload(page, 'wdi-internet.csv');
	const frame = page.getByRole('figure', {
		name: 'Individuals using the Internet (% of population)'
	});
	await expect(frame.getByRole('img', { name: 'Estonia, 2022: 91.6' })).toBeVisible();
	await expect(frame).toContainText(
		'latest year of each country: Korea 97.2 (2022); India 46.3 (2021); Estonia 91.6 (2022); Türkiye 83.4 (2022). Highest: Korea.'
	);
	await frame.getByRole('checkbox', { name: 'Estonia' }).uncheck();
	await expect(frame.getByRole('img', { name: /^Estonia/ })).toHaveCount(0);
});

test('the indicator chart goes on a slide: drawn inside the screen at 1920×1080 and 1280×720, readable', async ({
	page
}) => {
	const TITLE = 'Individuals using the Internet (% of population)';
	await upload(page, 'wdi-internet.csv');
	const frame = page.getByRole('figure', { name: TITLE });
	await frame.getByRole('checkbox', { name: 'Türkiye' }).uncheck();
	await frame.getByRole('button', { name: 'Add to presentation' }).click();
	await expect(frame.getByText('Added to presentation: slide 7 of 7.')).toBeVisible();

	for (const screen of [
		{ width: 1920, height: 1080 },
		{ width: 1280, height: 720 }
	]) {
		await page.setViewportSize(screen);
		await page.goto('/present/?slide=7');
		await expect(page.getByRole('region', { name: `Slide 7 of 7: ${TITLE}` })).toBeVisible();
		await page.getByRole('button', { name: 'Start presentation' }).click();
		const slide = page.frameLocator(`iframe[title="${TITLE}"]`);
		await expect(slide.getByRole('heading', { name: TITLE })).toBeVisible();
		// The choice made on /data travels with the slide: Türkiye was left out.
		const chart = slide.getByRole('group', {
			name: `${TITLE}, by year: Korea, India, Estonia`
		});
		await expect(chart.getByRole('img', { name: 'Estonia, 2022: 91.6' })).toHaveCount(1);
		await expect(slide.getByText(/Türkiye/)).toHaveCount(0);
		const box = (await chart.boundingBox())!;
		expect(box.x, `${screen.width}`).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(screen.width + 0.5);
		expect(box.y + box.height).toBeLessThanOrEqual(screen.height + 0.5);
		// The chart fills what the title and takeaway leave.
		expect(box.height).toBeGreaterThan(screen.height * 0.45);
		const inner = page.frames().find((f) => f.url().includes('/embed/indicator/'))!;
		await inner.evaluate(() => document.fonts.ready.then(() => true));
		const problems = await textProblems(inner, { minPx: 16, root: 'body' });
		expect(problems.map((p) => `${p.kind}: ${p.text} (${p.detail})`)).toEqual([]);
		await page.keyboard.press('Escape');
	}

	// With the upload removed, the slide says so instead of showing an empty frame.
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/data/');
	await page
		.getByRole('button', { name: /^Remove/ })
		.first()
		.click();
	await expect(page.getByText('None yet. Files you import appear here')).toBeVisible();
	await page.goto('/present/?slide=7');
	const slide = page.frameLocator(`iframe[title="${TITLE}"]`);
	await expect(slide.getByRole('heading', { name: 'Your own data: IT.NET.USER.ZS' })).toBeVisible();
	await expect(slide.getByRole('paragraph').first()).toHaveText(
		'This browser no longer keeps the uploaded series IT.NET.USER.ZS (the file was removed, or this is another browser): import the file again on the Data page to show this slide.'
	);
	await expect(slide.getByRole('img', { name: 'Your own data: IT.NET.USER.ZS' })).toContainText(
		'Not in this browser: import the file again on the Data page'
	);
});
