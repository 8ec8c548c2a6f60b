import { type Page } from '@playwright/test';
import { expect, test } from './site';

// A pointer zoom or pan is drawn on the motion canvas (src/lib/timeline/motion.ts) and handed to
// the SVG 150 ms after its last step. The page's clock is held, so the test sees both stages.

const svg = (page: Page) => page.locator('svg.timeline-chart');
const status = (page: Page) => page.getByText(/^Showing /);

/** Opens `path` with the page's clock stopped once it has loaded: timers fire only when told. */
async function hold(page: Page, path: string) {
	await page.clock.install({ time: new Date('2026-11-27T09:00:00Z') });
	await page.goto(path);
	await expect(svg(page)).toHaveCount(1);
	await page.clock.pauseAt(new Date('2026-11-27T10:00:00Z'));
}

/** Share of pixels that differ clearly (any channel by more than 64) between two screenshots. */
async function differs(page: Page, a: Buffer, b: Buffer): Promise<number> {
	return page.evaluate(
		async ([a, b]: [string, string]) => {
			const pixels = async (b64: string) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
			};
			const [p, q] = [await pixels(a), await pixels(b)];
			let n = 0;
			for (let i = 0; i < p.length; i += 4)
				if (
					Math.abs(p[i]! - q[i]!) > 64 ||
					Math.abs(p[i + 1]! - q[i + 1]!) > 64 ||
					Math.abs(p[i + 2]! - q[i + 2]!) > 64
				)
					n++;
			return n / (p.length / 4);
		},
		[a.toString('base64'), b.toString('base64')] as [string, string]
	);
}

/** Is anything drawn on the motion canvas? */
const motionDrawn = (page: Page) =>
	page.evaluate(() => {
		const c = document.querySelector<HTMLCanvasElement>('foreignObject[data-motion] canvas')!;
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		for (let i = 3; i < data.length; i += 4) if (data[i]) return true;
		return false;
	});

for (const width of [1280, 390])
	test(`ctrl+wheel at ${width} px: motion frames on the canvas, then the same picture in the SVG`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 844 });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await hold(page, '/timeline/?q=Aadhaar');
		await expect(status(page)).toContainText('Showing 1970–2026');
		const before = await svg(page).screenshot();
		const box = (await svg(page).boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.3);
		await page.keyboard.down('Control');
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -60);
		await page.keyboard.up('Control');

		// Moving: the canvas shows the new view, the SVG (and the page's status) wait.
		await expect(svg(page)).toHaveClass(/\bmoving\b/);
		expect(await motionDrawn(page)).toBe(true);
		await expect(status(page)).toContainText('Showing 1970–2026');
		await expect(svg(page)).toHaveAttribute('data-domain', '1970.00 2027.00');
		const moving = await svg(page).screenshot();

		// 150 ms after the last step the SVG takes the view and the canvas is emptied.
		await page.clock.runFor(200);
		await expect(svg(page)).not.toHaveClass(/\bmoving\b/);
		await expect(status(page)).not.toContainText('Showing 1970–2026');
		expect(await motionDrawn(page)).toBe(false);
		const [from, to] = (await svg(page).getAttribute('data-domain'))!.split(' ').map(Number);
		expect(to! - from!).toBeLessThan(57 / 2);
		await page.clock.runFor(1000); // the address bar follows the view after a pause
		await expect(page).toHaveURL(/from=\d{4}/);
		const settled = await svg(page).screenshot();

		// The motion frame looks like the SVG it hands over to (text is drawn by another
		// rasteriser, so a few edge pixels differ), and clearly not like the view before.
		const same = await differs(page, moving, settled);
		const changed = await differs(page, before, settled);
		expect(same).toBeLessThan(0.002);
		expect(changed).toBeGreaterThan(0.05);
		expect(errors).toEqual([]);
	});

test('a drag pans through motion frames and hands over on release; a key or Reset during a wheel zoom takes over at once', async ({
	page
}) => {
	await hold(page, '/timeline/?from=1990&to=2000');
	await expect(status(page)).toContainText('Showing 1990–1999');
	await svg(page).scrollIntoViewIfNeeded();
	const box = (await svg(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 120);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 4, box.y + 120, { steps: 5 });
	await expect(svg(page)).toHaveClass(/\bmoving\b/);
	await expect(status(page)).toContainText('Showing 1990–1999');
	// Released: the SVG takes the view without waiting (the clock is held).
	await page.mouse.up();
	await expect(svg(page)).not.toHaveClass(/\bmoving\b/);
	await expect(status(page)).not.toContainText('Showing 1990–1999');
	expect(await motionDrawn(page)).toBe(false);
	const dragged = await svg(page).getAttribute('data-domain');
	expect(Number(dragged!.split(' ')[0])).toBeGreaterThan(1991.5);

	// Three wheel notches, then − before they settle: the key zooms out from the wheel's view.
	await page.keyboard.down('Control');
	for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await expect(svg(page)).toHaveClass(/\bmoving\b/);
	await expect(svg(page)).toHaveAttribute('data-domain', dragged!);
	await svg(page).focus();
	await page.keyboard.press('-');
	await expect(svg(page)).not.toHaveClass(/\bmoving\b/);
	expect(await motionDrawn(page)).toBe(false);
	const [from, to] = (await svg(page).getAttribute('data-domain'))!.split(' ').map(Number);
	// From the SVG's 10 years, − would show more; from the wheel's closer view it shows fewer.
	expect(to! - from!).toBeLessThan(9);
	// Nothing is left to settle: the view stays where the key put it.
	await page.clock.runFor(500);
	expect(await svg(page).getAttribute('data-domain')).toBe(`${from!.toFixed(2)} ${to!.toFixed(2)}`);

	// Reset during a wheel zoom, from a zoomed view and then from the full one: the full range
	// shows at once and stays.
	for (let i = 0; i < 2; i++) {
		const at = (await svg(page).boundingBox())!;
		await page.mouse.move(at.x + at.width / 2, at.y + 120);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -100);
		await page.keyboard.up('Control');
		await expect(svg(page)).toHaveClass(/\bmoving\b/);
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(svg(page)).not.toHaveClass(/\bmoving\b/);
		await expect(svg(page)).toHaveAttribute('data-domain', '1970.00 2027.00');
		expect(await motionDrawn(page)).toBe(false);
		await page.clock.runFor(500);
		await expect(status(page)).toContainText('Showing 1970–2026');
		await expect(svg(page)).toHaveAttribute('data-domain', '1970.00 2027.00');
	}
});
