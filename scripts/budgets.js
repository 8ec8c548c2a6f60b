// @ts-nocheck -- a plain Node script run as-is, without a build step; the typed code is in src/.
// Size budgets, checked on the built site like a bundle-size gate: fails when a page's first-load
// JavaScript or the data payload grows past its budget. Usage: node scripts/budgets.js [--json]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';
/** Gzip bytes of JavaScript a page loads before any interaction. */
const PAGE_JS_BUDGET = 80 * 1024;
/** Gzip bytes of HTML + inline data for one page (the chart data ships in it). */
const PAGE_HTML_BUDGET = 120 * 1024;
/** Raw bytes of all datasets served for download. */
const DATA_BUDGET = 600 * 1024;

export const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

export function pages(dir = BUILD) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : pages(path);
		return name === 'index.html' ? [path] : [];
	});
}

/**
 * Every JS file a page loads before any interaction: the ones its HTML references, its route's
 * nodes (SvelteKit's bootstrap names them by `node_ids` and imports them at start), and every
 * static import they pull in. Not only the modulepreload links: a page without them loads as much.
 */
export function firstLoadJs(html, dir = BUILD) {
	const seen = new Set();
	const queue = [...html.matchAll(/["'(]((?:\.\.?\/)*_app\/immutable\/[^"')]+\.js)["')]/g)].map(
		(m) => m[1].replace(/^(\.\.?\/)+/, '')
	);
	const ids =
		html
			.match(/node_ids: \[([\d, ]*)\]/)?.[1]
			.split(',')
			.map((n) => n.trim()) ?? [];
	const nodes = readdirSync(join(dir, '_app/immutable/nodes'));
	for (const id of ids.filter(Boolean))
		queue.push(
			...nodes.filter((f) => f.startsWith(`${id}.`)).map((f) => `_app/immutable/nodes/${f}`)
		);
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(dir, file), 'utf8');
		// Static imports and re-exports only (`import{..}from"./x.js"`, `import"./x.js"`,
		// `export{t as component}from"../chunks/x.js"`); dynamic import() loads later.
		for (const m of code.matchAll(
			/(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.\.?\/[^"']+\.js)["']/g
		)) {
			const dir = file.split('/').slice(0, -1);
			for (const part of m[1].split('/')) {
				if (part === '..') dir.pop();
				else if (part !== '.') dir.push(part);
			}
			queue.push(dir.join('/'));
		}
	}
	return [...seen];
}

/** First-load JS and HTML size of every page, and the size of the datasets. */
export function measureSizes() {
	const rows = pages().map((page) => {
		const html = readFileSync(page, 'utf8');
		const js = firstLoadJs(html);
		return {
			page: '/' + relative(BUILD, page).replace(/index\.html$/, ''),
			jsFiles: js.length,
			jsGzip: js.reduce((sum, f) => sum + gz(join(BUILD, f)), 0),
			htmlGzip: gz(page),
			// A stylesheet SvelteKit did not inline (over inlineStyleThreshold) holds back the first
			// paint by a round trip: the fonts' full sheets did that to every page.
			blockingCss: [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
				.map((m) => m[0])
				.filter((tag) => !/\bdisabled\b/.test(tag))
				.map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? tag)
		};
	});
	const dataDir = join(BUILD, 'data');
	const dataBytes = readdirSync(dataDir)
		.filter((f) => f.endsWith('.csv'))
		.reduce((sum, f) => sum + statSync(join(dataDir, f)).size, 0);

	return { rows, dataBytes };
}

function main() {
	if (!existsSync(join(BUILD, 'index.html'))) {
		console.error('No build/ found: run `npm run build` first.');
		process.exit(1);
	}
	const { rows, dataBytes } = measureSizes();
	const failures = [
		...rows
			.filter((r) => r.jsGzip > PAGE_JS_BUDGET)
			.map((r) => `${r.page}: first-load JS ${r.jsGzip} B gzip > ${PAGE_JS_BUDGET} B`),
		...rows
			.filter((r) => r.htmlGzip > PAGE_HTML_BUDGET)
			.map((r) => `${r.page}: HTML ${r.htmlGzip} B gzip > ${PAGE_HTML_BUDGET} B`),
		...rows
			.filter((r) => r.blockingCss.length)
			.map((r) => `${r.page}: render-blocking stylesheet ${r.blockingCss.join(', ')}`),
		...(dataBytes > DATA_BUDGET ? [`data/*.csv: ${dataBytes} B > ${DATA_BUDGET} B`] : [])
	];

	if (process.argv.includes('--json')) {
		console.log(
			JSON.stringify(
				{
					pages: rows,
					dataBytes,
					budgets: { PAGE_JS_BUDGET, PAGE_HTML_BUDGET, DATA_BUDGET },
					failures
				},
				null,
				2
			)
		);
	} else {
		const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
		console.log('page'.padEnd(26), 'JS files', 'JS gzip'.padStart(10), 'HTML gzip'.padStart(10));
		for (const r of rows.sort((a, b) => a.page.localeCompare(b.page)))
			console.log(
				r.page.padEnd(26),
				String(r.jsFiles).padStart(8),
				kb(r.jsGzip).padStart(10),
				kb(r.htmlGzip).padStart(10)
			);
		console.log(
			`datasets: ${kb(dataBytes)} (budget ${kb(DATA_BUDGET)}); page JS budget ${kb(PAGE_JS_BUDGET)} gzip; page HTML budget ${kb(PAGE_HTML_BUDGET)} gzip; render-blocking stylesheets: ${rows.reduce((n, r) => n + r.blockingCss.length, 0)} (budget 0)`
		);
	}
	if (failures.length) {
		console.error(`Over budget:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) main();
