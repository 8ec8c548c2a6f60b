// @ts-nocheck -- a plain Node script run as-is, without a build step; the typed code is in src/.
// npm run bench: builds the site, serves it like a static host (gzip) and measures, in Chromium with the
// CPU slowed 4× and a slow network (1.6 Mbit/s, 150 ms round trip): first-load JS, time until each
// page's main chart is painted, the same for the page with every script removed (the limit), the
// same phases chart in Plotly and Vega-Lite, main-thread blocking time, frame times while zooming
// the timeline with 10,000 synthetic milestones (a bench-only page, see zoom-build.js) and upload
// throughput of a 100 MB file on /data/. Prints a table and writes bench-results/bench.json.
// `--no-build` reuses build/; `--only-interaction` measures only the zoom and the upload.
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.js';
import { measureSizes } from '../../scripts/budgets.js';
import { phasesData, plotlyPage, vegaPage } from './competitors.js';
import { PAGES as SITE_PAGES } from '../pages.js';
import { measureUpload, measureZoom, uploadFile } from './interaction.js';
import { measurePageLoad, median, stripScripts } from './page-load.js';
import { buildZoomPage } from './zoom-build.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PORT = Number(process.env.BENCH_PORT ?? 4300);
const WWW = 'bench-results/www';
const NOSCRIPT_WWW = 'bench-results/www-noscript';
const BASE = `http://127.0.0.1:${PORT}`;
const NOSCRIPT_BASE = `http://127.0.0.1:${PORT + 1}`;
// /data/ and /present/ have no main chart: only their size and blocking time are measured.
const PAGES = [...SITE_PAGES, '/embed/phases/'];
const GOALS = { limitRatio: 1.1, plotlyRatio: 0.1, vegaRatio: 0.2, jsKB: 80, tbtMs: 200, fps: 50 };
const ONLY_INTERACTION = process.argv.includes('--only-interaction');

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

rmSync(WWW, { recursive: true, force: true });
cpSync('build', WWW, { recursive: true });
mkdirSync(join(WWW, '__bench'), { recursive: true });
for (const [from, to] of [
	['node_modules/plotly.js-dist-min/plotly.min.js', 'plotly.min.js'],
	['node_modules/vega/build/vega.min.js', 'vega.min.js'],
	['node_modules/vega-lite/build/vega-lite.min.js', 'vega-lite.min.js'],
	['node_modules/vega-embed/build/vega-embed.min.js', 'vega-embed.min.js']
])
	cpSync(from, join(WWW, '__bench', to));
const rows = phasesData();
writeFileSync(join(WWW, '__bench/plotly.html'), plotlyPage(rows));
writeFileSync(join(WWW, '__bench/vega.html'), vegaPage(rows));
await buildZoomPage(join(WWW, '__bench/zoom'));
const UPLOAD = uploadFile('bench-results/upload-100mb.csv');

// The limit: the same site with every script removed, served by the same server over the same
// network, so the two differ only in their scripts.
rmSync(NOSCRIPT_WWW, { recursive: true, force: true });
cpSync('build', NOSCRIPT_WWW, { recursive: true });
for (const file of readdirSync(NOSCRIPT_WWW, { recursive: true, encoding: 'utf8' })) {
	if (!file.endsWith('.html')) continue;
	const path = join(NOSCRIPT_WWW, file);
	writeFileSync(path, stripScripts(readFileSync(path, 'utf8')));
}

const server = spawn('node', ['scripts/serve.js', WWW, String(PORT)], { stdio: 'ignore' });
const noscriptServer = spawn('node', ['scripts/serve.js', NOSCRIPT_WWW, String(PORT + 1)], {
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 400));

const browser = await chromium.launch({
	executablePath: await findChromium(),
	args: CHROMIUM_ARGS
});
const measure = (url) => measurePageLoad(browser, url);

/**
 * Medians of RUNS loads of each URL. The URLs take turns run by run, so a busy moment of the
 * machine slows a page and its limit alike instead of skewing their ratio.
 */
async function repeat(...urls) {
	const runs = urls.map(() => []);
	for (let i = 0; i < RUNS; i++)
		for (const [u, url] of urls.entries()) runs[u].push(await measure(url));
	return runs.map((own) => {
		const painted = own.map((r) => r.painted).filter((p) => p !== null);
		return {
			paintedMs: painted.length ? Math.round(median(painted)) : null,
			tbtMs: Math.round(median(own.map((r) => r.tbt))),
			longestTaskMs: Math.round(median(own.map((r) => r.longest))),
			fontFiles: median(own.map((r) => r.fonts.files)),
			fontBytes: Math.round(median(own.map((r) => r.fonts.bytes))),
			fontsDoneMs: Math.round(median(own.map((r) => r.fonts.lastMs)))
		};
	});
}

const sizes = new Map(measureSizes().rows.map((r) => [r.page, r]));
const results = {
	settings: { runs: RUNS, cpuSlowdown: 4, downMbit: 1.6, rttMs: 150 },
	goals: GOALS,
	pages: []
};
try {
	for (const path of ONLY_INTERACTION ? [] : PAGES) {
		const [full, limit] = await repeat(BASE + path, NOSCRIPT_BASE + path);
		results.pages.push({
			page: path,
			jsGzipBytes: sizes.get(path)?.jsGzip ?? null,
			chartPaintedMs: full.paintedMs,
			scriptFreeLimitMs: limit.paintedMs,
			ratioToLimit:
				full.paintedMs && limit.paintedMs ? +(full.paintedMs / limit.paintedMs).toFixed(2) : null,
			blockingMs: full.tbtMs,
			longestTaskMs: full.longestTaskMs,
			fontFiles: full.fontFiles,
			fontBytes: full.fontBytes,
			fontsDoneMs: full.fontsDoneMs
		});
	}
	const zoomRuns = [];
	for (let i = 0; i < RUNS; i++)
		zoomRuns.push(await measureZoom(browser, `${BASE}/__bench/zoom/`, 4));
	/** The median over the runs of one zoom figure. */
	const zoomMedian = (key) => +median(zoomRuns.map((r) => r[key])).toFixed(1);
	results.zoom = {
		...zoomRuns.find((z) => z.medianMs === zoomMedian('medianMs')),
		medianMs: zoomMedian('medianMs'),
		p95Ms: zoomMedian('p95Ms'),
		meanMs: zoomMedian('meanMs'),
		lateFrames: zoomMedian('lateFrames'),
		lateInFirst10: zoomMedian('lateInFirst10'),
		p95AfterFirst10Ms: zoomMedian('p95AfterFirst10Ms'),
		milestones: 10_000,
		cpuSlowdown: 4
	};
	results.zoom.medianFps = Math.round(1000 / results.zoom.medianMs);
	results.zoom.p95Fps = Math.round(1000 / results.zoom.p95Ms);
	results.zoom.meanFps = Math.round(1000 / results.zoom.meanMs);
	// One upload run: it takes long and varies little.
	results.upload = {
		...(await measureUpload(browser, `${BASE}/data/`, UPLOAD, 4)),
		cpuSlowdown: 4
	};
	if (!ONLY_INTERACTION) {
		const [plotly, vega] = await repeat(`${BASE}/__bench/plotly.html`, `${BASE}/__bench/vega.html`);
		results.competitors = { plotly, vega };
		const ours = results.pages.find((p) => p.page === '/embed/phases/');
		results.phasesChart = {
			oursMs: ours.chartPaintedMs,
			plotlyMs: plotly.paintedMs,
			vegaLiteMs: vega.paintedMs,
			ratioToPlotly: +(ours.chartPaintedMs / plotly.paintedMs).toFixed(3),
			ratioToVegaLite: +(ours.chartPaintedMs / vega.paintedMs).toFixed(3)
		};
	}
} finally {
	await browser.close();
	server.kill();
	noscriptServer.kill();
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));

const ok = (pass) => (pass ? 'ok ' : 'OVER');
console.log(
	`\nSettings: CPU 4× slower, 1.6 Mbit/s, 150 ms RTT, cache off, median of ${RUNS} runs\n`
);
console.log(
	'page'.padEnd(18) +
		'JS gzip'.padStart(10) +
		'  (≤80 KB)' +
		'chart ms'.padStart(10) +
		'no-JS ms'.padStart(10) +
		'ratio'.padStart(8) +
		'  (goal ≤1.10)' +
		'blocking'.padStart(10) +
		'  (goal ≤200)' +
		'fonts'.padStart(16)
);
for (const p of results.pages) {
	console.log(
		p.page.padEnd(18) +
			`${((p.jsGzipBytes ?? 0) / 1024).toFixed(1)} KB`.padStart(10) +
			`  ${ok((p.jsGzipBytes ?? 0) <= GOALS.jsKB * 1024)}`.padEnd(10) +
			String(p.chartPaintedMs ?? 'no chart').padStart(10) +
			String(p.scriptFreeLimitMs ?? '—').padStart(10) +
			String(p.ratioToLimit ?? '—').padStart(8) +
			`  ${p.ratioToLimit === null ? '—' : ok(p.ratioToLimit <= GOALS.limitRatio)}`.padEnd(14) +
			`${p.blockingMs} ms`.padStart(10) +
			`  ${ok(p.blockingMs <= GOALS.tbtMs)}` +
			`${p.fontFiles} · ${(p.fontBytes / 1024).toFixed(1)} KB · ${p.fontsDoneMs} ms`.padStart(24)
	);
}
const c = results.phasesChart;
if (c)
	console.log(
		`\nPhases chart painted: ours ${c.oursMs} ms · Plotly ${c.plotlyMs} ms (ratio ${c.ratioToPlotly}, goal ≤ ${GOALS.plotlyRatio}: ${ok(c.ratioToPlotly <= GOALS.plotlyRatio)}) · Vega-Lite ${c.vegaLiteMs} ms (ratio ${c.ratioToVegaLite}, goal ≤ ${GOALS.vegaRatio}: ${ok(c.ratioToVegaLite <= GOALS.vegaRatio)})`
	);
const z = results.zoom;
console.log(
	`\nTimeline zoom, 10,000 synthetic milestones, CPU 4×: frame median ${z.medianMs} ms (${z.medianFps} fps), 95th percentile ${z.p95Ms} ms (${z.p95Fps} fps) — goal ≥ ${GOALS.fps} fps (≤ ${1000 / GOALS.fps} ms): median ${ok(z.medianMs <= 1000 / GOALS.fps)}, p95 ${ok(z.p95Ms <= 1000 / GOALS.fps)}`
);
console.log(
	`  mean ${z.meanMs} ms (${z.meanFps} fps shown); ${z.lateFrames} of ${z.frames} frames took two refreshes or more, ${z.lateInFirst10} of them in the first 10 steps (the browser still optimising); steps 11–${z.frames}: 95th percentile ${z.p95AfterFirst10Ms} ms`
);
const u = results.upload;
console.log(
	`Upload of ${u.fileMB} MB on /data/ (real worker), CPU 4×: ${u.mbPerSecond} MB/s (${u.seconds} s), longest main-thread task ${u.longestTaskMs} ms (no goal set; over 50 ms counts as a long task)\n  → ${u.outcome}`
);
console.log(
	'\nfonts: font files a load fetched · their bytes · when the last finished (ms after the first request); font-display: swap, so text paints before them'
);
console.log('\nJSON: bench-results/bench.json');
