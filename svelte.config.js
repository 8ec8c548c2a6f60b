import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// strict: a route that cannot be prerendered fails the build instead of vanishing.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// Every page carries a CSP meta tag with hashes of SvelteKit's inline bootstrap script: no
		// inline script runs unless it is ours, and nothing loads from another origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (style:--country); hashes cannot cover attributes.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				// data: for the font carried inside exported SVGs, drawn into PNGs and slides.
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Every stylesheet is small (the largest, /systems with its Korean font rules, 8.3 KB):
		// inlined, a first visit saves the round trip a render-blocking <link> costs before anything
		// is painted (150 ms on the bench's network). A unit test fails if one grows past this.
		inlineStyleThreshold: 12288,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
