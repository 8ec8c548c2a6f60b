// @ts-nocheck -- a plain Node script run as-is, without a build step; the typed code is in src/.
// One page load as npm run bench measures it (CPU 4× slower, 1.6 Mbit/s, 150 ms round trip, cache
// off): when the main chart was painted, and the main thread's long tasks until the page has been
// quiet for 1.5 s. Shared by run.js (the bench) and ab.js (comparing two builds).

/** The same HTML with every script and script preload removed: the page's script-free limit. */
export const stripScripts = (html) =>
	html
		.replace(/<script\b[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '');

export const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Runs before any page script: notes when the main chart's SVG is in the document, then waits two
// frames so the time is after it was painted; sums long tasks for the blocking time.
const PROBE = `
(() => {
	window.__bench = { painted: null, tbt: 0, longest: 0, tasks: [] };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			window.__bench.tbt += Math.max(0, e.duration - 50);
			window.__bench.longest = Math.max(window.__bench.longest, e.duration);
			window.__bench.tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
		}
	}).observe({ type: 'longtask', buffered: true });
	const found = () => document.querySelector('[data-chart-id] svg');
	const done = () => requestAnimationFrame(() => requestAnimationFrame(() => {
		window.__bench.painted ??= performance.now();
	}));
	const watch = new MutationObserver(() => { if (found()) { watch.disconnect(); done(); } });
	watch.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Loads `url` in a fresh context: `{ painted, tbt, longest, tasks: [start, duration][], fonts }`,
 * `fonts` being the font files fetched, their bytes and when the last one finished (ms after the
 * first request).
 */
export async function measurePageLoad(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	await page.addInitScript(PROBE);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	// What the self-hosted fonts cost the load: the font files it fetched, as sent (gzip or not).
	const fontIds = new Set();
	const fonts = { files: 0, bytes: 0, lastMs: 0 };
	let started = 0;
	cdp.on('Network.requestWillBeSent', (e) => {
		if (!started) started = e.timestamp;
	});
	cdp.on('Network.responseReceived', (e) => {
		if (e.type === 'Font') fontIds.add(e.requestId);
	});
	cdp.on('Network.loadingFinished', (e) => {
		if (!fontIds.has(e.requestId)) return;
		fonts.files++;
		fonts.bytes += e.encodedDataLength;
		fonts.lastMs = Math.max(fonts.lastMs, Math.round((e.timestamp - started) * 1000));
	});
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 150,
		downloadThroughput: (1.6 * 1024 * 1024) / 8,
		uploadThroughput: (750 * 1024) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	const hasChart = await page.evaluate(() => !!document.querySelector('[data-chart-id] svg'));
	if (hasChart) {
		await page.waitForFunction(() => window.__bench.painted !== null, null, { timeout: 60_000 });
	}
	// Hydration and any late work: measure blocking until the page has been quiet for a while.
	await page.waitForTimeout(1500);
	const result = await page.evaluate(() => ({ ...window.__bench }));
	await context.close();
	return { ...result, fonts };
}
