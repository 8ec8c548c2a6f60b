import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadData } from './src/lib/data/load.server.ts';
import { DataError } from './src/lib/data/problems.ts';
import { missingMessages } from './src/lib/i18n/check.ts';

/** Validates data/ before anything is built, so a bad figure fails with a readable list. */
function validateData(): Plugin {
	return {
		name: 'validate-data',
		apply: 'build',
		buildStart() {
			try {
				loadData();
			} catch (e) {
				if (e instanceof DataError) this.error(e.message);
				throw e;
			}
		}
	};
}

/** Every message in every language, or the build stops: a missing one would silently show English. */
function checkMessages(): Plugin {
	return {
		name: 'check-messages',
		buildStart() {
			const missing = missingMessages();
			if (missing.length) this.error(`Messages missing a translation:\n${missing.join('\n')}`);
		}
	};
}

const CHART_KIT =
	/src[\\/]lib[\\/]charts[\\/](ChartSvg|AxisX|AxisY|Legend|Marker|Point|SeriesLine)\.svelte|charts[\\/]keys\.ts/;
/** The embed's frame (link back, projector theme, slide box): only /embed/ pages draw it. */
const EMBED_ONLY = /src[\\/]lib[\\/]present[\\/]EmbedShell\.svelte/;

export default defineConfig({
	plugins: [
		validateData(),
		checkMessages(),
		// Compiled message functions (messages/*.json): a page ships only the messages it uses. The
		// language is the URL's (/ko/…, /hi/…, English without a prefix).
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	],
	// The plugin-timing report is about SvelteKit's own prerender step, not something we can act on.
	build: {
		rolldownOptions: {
			checks: { pluginTimings: false },
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs|esm-env|devalue|clsx)[\\/]/,
							priority: 2
						},
						{
							name: 'shared',
							// The embeds' shell is shared by seven embed routes, never by a page of the
							// site: in 'shared' it cost every page 0.4 KB.
							test: (id: string) =>
								!id.includes('node_modules') && !CHART_KIT.test(id) && !EMBED_ONLY.test(id),
							minShareCount: 6,
							priority: 1
						},
						{
							// The chart kit's parts, only for the pages that draw with them (the timeline
							// and the data page do not): in 'shared' they cost /timeline 3 KB. After
							// 'shared', so what they import and the timeline shares stays there.
							name: 'chart-kit',
							test: CHART_KIT,
							priority: 0.5
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'jsdom',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['./tests/component/setup.ts']
				}
			}
		]
	}
});
