// Benchmark (not a test): how many marks and labels the timeline draws, and how long one zoom
// step takes in Chromium, normally and with the CPU slowed 4×. Needs `npm run build` first.
// Usage: SHOT_PORT=4181 node tests/bench/timeline-zoom.js
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.js';

const PORT = Number(process.env.SHOT_PORT ?? 4174);
const server = spawn('node', ['scripts/serve.js', 'build', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
	executablePath: await findChromium(),
	args: CHROMIUM_ARGS
});

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @param {number} width @param {number} slowdown */
async function run(width, slowdown) {
	const page = await browser.newPage({ viewport: { width, height: 800 } });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
	await page.goto(`http://127.0.0.1:${PORT}/timeline/`);
	await page.locator('svg.timeline-chart').first().waitFor();
	await page.waitForFunction(() => document.querySelectorAll('svg.timeline-chart').length === 1);
	const counts = () =>
		page.evaluate(() => ({
			marks: document.querySelectorAll('svg.timeline-chart g.mark').length,
			labels: document.querySelectorAll('svg.timeline-chart text.mark-label').length
		}));
	const full = await counts();
	// One zoom step = a ctrl+wheel event in, until the next frame has been painted.
	const box = /** @type {{x: number, y: number, width: number}} */ (
		await page.locator('svg.timeline-chart').boundingBox()
	);
	/** @type {number[]} */
	const times = [];
	/** @type {number[]} */
	const idle = [];
	for (let i = 0; i < 24; i++) {
		const ms = await page.evaluate(
			({ x, y, dir }) =>
				new Promise((resolve) => {
					const svg = /** @type {SVGSVGElement} */ (document.querySelector('svg.timeline-chart'));
					const t0 = performance.now();
					if (dir !== 0)
						svg.dispatchEvent(
							new WheelEvent('wheel', {
								deltaY: dir * 60,
								ctrlKey: true,
								clientX: x,
								clientY: y,
								bubbles: true,
								cancelable: true
							})
						);
					requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
				}),
			// Odd rounds send no event: the same two frames with nothing to do, as a baseline.
			{ x: box.x + box.width / 2, y: box.y + 150, dir: i % 2 ? 0 : i < 12 ? -1 : 1 }
		);
		(i % 2 ? idle : times).push(ms);
	}
	await page.getByRole('button', { name: 'Reset' }).click();
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	const zoomed = await counts();
	await page.close();
	return {
		width,
		slowdown,
		full,
		zoomedIn3x: zoomed,
		stepMs: { median: median(times), max: Math.max(...times) },
		idleTwoFramesMs: median(idle)
	};
}

try {
	for (const width of [1280, 390])
		for (const slowdown of [1, 4]) console.log(JSON.stringify(await run(width, slowdown)));
} finally {
	await browser.close();
	server.kill();
}
