// Screenshots of every page at a laptop/projector size and a phone size, for looking at what we
// built and for the README. Usage: node scripts/screenshots.js [outDir]  (serves build/ itself).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.js';
import { PAGES as READER_PAGES } from '../tests/pages.js';

const out = process.argv[2] ?? 'test-results/screenshots';
const PORT = Number(process.env.SHOT_PORT ?? 4174);
// The pages a reader opens: the e2e tests' list.
const PAGES = [...READER_PAGES, '/data/sources/', '/timeline/milestones/'];
const SIZES = [
	{ name: 'desktop', width: 1280, height: 720 },
	{ name: 'phone', width: 390, height: 844 }
];

mkdirSync(out, { recursive: true });
const server = spawn('node', ['scripts/serve.js', 'build', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
	executablePath: await findChromium(),
	args: CHROMIUM_ARGS
});
try {
	for (const size of SIZES) {
		const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
		for (const path of PAGES) {
			await page.goto(`http://127.0.0.1:${PORT}${path}`);
			const slug = path === '/' ? 'home' : path.replaceAll('/', '');
			await page.screenshot({ path: `${out}/${slug}-${size.name}.png` });
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}
console.log(`Screenshots in ${out}/`);
