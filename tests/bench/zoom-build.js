// @ts-nocheck -- a plain Node script run as-is, without a build step; the typed code is in src/.
// Builds tests/bench/zoom/ (the real TimelineChart fed 10,000 synthetic milestones) into the
// bench's served folder. A separate Vite build, so the site's build never contains this page.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { build } from 'vite';

export async function buildZoomPage(outDir) {
	await build({
		configFile: false,
		root: resolve('tests/bench/zoom'),
		base: './',
		logLevel: 'warn',
		plugins: [
			svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } })
		],
		// BENCH_NO_MINIFY=1 keeps function names, for reading a CPU profile of the zoom.
		build: { outDir: resolve(outDir), emptyOutDir: true, minify: !process.env.BENCH_NO_MINIFY }
	});
}
