// @ts-nocheck -- a plain Node script run as-is, without a build step; the typed code is in src/.
// Compares builds page by page, the way npm run bench loads a page, alternating between them run
// by run so a busy moment of the machine hits every build alike. Copy `build/` aside before and
// after a change, then:
//   node tests/bench/ab.js --runs 7 --pages /timeline/,/ /tmp/before /tmp/after
// For each page and build: median blocking time, the first and the last long task (usually the
// first layout and hydration), when the chart was painted, when the last long task started (about
// when the page became interactive) and the long-task count of each run.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.js';
import { measurePageLoad, median } from './page-load.js';

const { values, positionals: dirs } = parseArgs({
	allowPositionals: true,
	options: { runs: { type: 'string', default: '7' }, pages: { type: 'string', default: '/' } }
});
if (dirs.length === 0) {
	console.error('Usage: node tests/bench/ab.js [--runs N] [--pages /a/,/b/] <dir> [<dir> ...]');
	process.exit(2);
}
const runs = Number(values.runs);
const port = Number(process.env.BENCH_PORT ?? 4500);
const servers = dirs.map((dir, i) =>
	spawn('node', ['scripts/serve.js', dir, String(port + i)], { stdio: 'ignore' })
);
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
	executablePath: await findChromium(),
	args: CHROMIUM_ARGS
});

try {
	for (const path of values.pages.split(',')) {
		const results = dirs.map(() => []);
		for (let i = 0; i < runs; i++)
			for (let d = 0; d < dirs.length; d++)
				results[d].push(await measurePageLoad(browser, `http://127.0.0.1:${port + d}${path}`));
		dirs.forEach((dir, d) => {
			const r = results[d];
			const m = (f) => Math.round(median(r.map(f)));
			console.log(
				`${path.padEnd(16)}${dir.padEnd(24)}blocking ${String(m((x) => x.tbt)).padStart(4)} ms` +
					`  first task ${m((x) => x.tasks[0]?.[1] ?? 0)}` +
					`  last ${m((x) => (x.tasks.length > 1 ? x.tasks.at(-1)[1] : 0))}` +
					`  painted ${m((x) => x.painted ?? 0)}  last at ${m((x) => x.tasks.at(-1)?.[0] ?? 0)}  tasks/run ${r.map((x) => x.tasks.length).join('')}`
			);
		});
	}
} finally {
	await browser.close();
	servers.forEach((s) => s.kill());
}
