import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium-path.js';
const b = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
for (const [w, h, tag] of [[1280, 720, 'desk'], [390, 844, 'phone']]) {
	const p = await b.newPage({ viewport: { width: w, height: h } });
	const errs = [];
	p.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
	for (const q of ['', '?use=online', '?use=complaints']) {
		await p.goto(`http://127.0.0.1:4421/people/${q}`);
		await p.waitForLoadState('networkidle');
		const f = p.locator('figure[data-chart-id="people-use"]');
		await f.screenshot({ path: `/tmp/p2-use-${tag}${q.replace(/\W/g, '')}.png` });
	}
	await p.locator('figure[data-chart-id="people-literacy"]').screenshot({ path: `/tmp/p2-lit-${tag}.png` });
	await p.locator('figure[data-chart-id="people-internet"]').screenshot({ path: `/tmp/p2-net-${tag}.png` });
	console.log(tag, errs);
}
const s = await b.newPage({ viewport: { width: 1280, height: 720 } });
for (const c of ['people-use', 'people-literacy']) {
	await s.goto(`http://127.0.0.1:4421/embed/${c}/?present=1`);
	await s.waitForLoadState('networkidle');
	await s.waitForTimeout(500);
	await s.screenshot({ path: `/tmp/p2-slide-${c}.png` });
}
await b.close();
