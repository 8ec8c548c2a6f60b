// @ts-nocheck -- a plain Node script: `npm run build && node tests/bench/upload-big.js [--cpu 4]`.
// Issue 21's goal: a 120 MB file of each format imported on /data/ through the real worker, CPU
// slowed 4×; reports the phases (reading, storing, until imported) and the longest main-thread
// task from the pick to "Imported". Files are built in the page (upload-files.js), never on disk.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium-path.js';
import { BIG_BYTES, BIG_FILES, COUNTRIES } from './upload-files.js';
import { measureBigLane } from './interaction.js';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const CPU = Number(arg('--cpu', 4));
const ONLY = arg('--only', null);
// `--timeline`: import the 960,000 milestones (CPU unthrottled: the import is measured above), then
// measure /timeline/ with that lane at --cpu (see measureBigLane in interaction.js).
const TIMELINE = process.argv.includes('--timeline');
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const server = spawn('node', ['scripts/serve.js', 'build', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1000));
const browser = await chromium.launch({
	executablePath: await findChromium(),
	args: CHROMIUM_ARGS
});
const results = [];
for (const f of BIG_FILES) {
	if (ONLY && !f.name.includes(ONLY)) continue;
	if (TIMELINE && f.build.name !== 'ownMilestones') continue;
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`http://127.0.0.1:${PORT}/data/`);
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	await page.evaluate(
		({ build, bytes, countries, name }) => {
			const make = new Function(`return (${build})`)();
			window.__file = new File(make(bytes, countries), name);
		},
		{ build: f.build.toString(), bytes: BIG_BYTES, countries: COUNTRIES, name: f.name }
	);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: TIMELINE ? 1 : CPU });
	await page.evaluate(() => {
		const t = (window.__t = {
			start: performance.now(),
			longest: 0,
			over50: 0,
			over100: 0,
			phases: {}
		});
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) {
				if (e.startTime < t.start) continue;
				t.longest = Math.max(t.longest, e.duration);
				t.over50++;
				if (e.duration > 100) t.over100++;
			}
		}).observe({ type: 'longtask' });
		new MutationObserver(() => {
			const now = performance.now();
			if (document.getElementById('store-progress') && !t.phases.storing) t.phases.storing = now;
			const s = document.querySelector('.upload [role=status]')?.textContent ?? '';
			const r = document.querySelector('.upload .refusal')?.textContent ?? '';
			if ((s.startsWith('Imported') || r) && !t.phases.done) {
				t.phases.done = now;
				t.outcome = s || r;
			}
		}).observe(document.body, { childList: true, subtree: true, characterData: true });
		const dt = new DataTransfer();
		dt.items.add(window.__file);
		const el = document.querySelector('input[type=file]');
		el.files = dt.files;
		el.dispatchEvent(new Event('change', { bubbles: true }));
	});
	await page.waitForFunction(() => window.__t.phases.done, null, {
		timeout: 1_200_000,
		polling: 1000
	});
	await page.waitForTimeout(1000);
	const t = await page.evaluate(() => window.__t);
	const est = await page.evaluate(() => navigator.storage.estimate());
	const s = (x) => +((x - t.start) / 1000).toFixed(1);
	const row = {
		file: f.name,
		mb: +(BIG_BYTES / 1024 / 1024).toFixed(0),
		cpu: TIMELINE ? 1 : CPU,
		readS: s(t.phases.storing),
		storeS: +(s(t.phases.done) - s(t.phases.storing)).toFixed(1),
		totalS: s(t.phases.done),
		longestTaskMs: Math.round(t.longest),
		tasksOver50: t.over50,
		tasksOver100: t.over100,
		storedMB: +(est.usage / 1024 / 1024).toFixed(0),
		outcome: t.outcome
	};
	console.log(JSON.stringify(row));
	results.push(row);
	if (TIMELINE) {
		const lane = await measureBigLane(page, `http://127.0.0.1:${PORT}/timeline/`, CPU);
		console.log(JSON.stringify({ timeline: 'milestones-960k.csv', ...lane }));
	}
	await context.close();
}
await browser.close();
server.kill();
