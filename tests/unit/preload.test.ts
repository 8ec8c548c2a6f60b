import { describe, expect, it } from 'vitest';
import { preloadAtEnd } from '../../src/lib/server/preload';

const PAGE = [
	'<html><head><meta charset="utf-8">',
	'<link href="../_app/immutable/entry/start.a.js" rel="modulepreload">',
	'<link href="../_app/immutable/chunks/b.js" rel="modulepreload">',
	'<style>p{}</style></head>',
	'<body><div><main>chart</main>',
	'<script>import("../_app/immutable/entry/start.a.js")</script></div></body></html>'
].join('\n');

describe('preloadAtEnd', () => {
	it('moves every script preload from the head to just before the bootstrap script', () => {
		const out = preloadAtEnd(PAGE);
		const head = out.slice(0, out.indexOf('</head>'));
		expect(head).not.toContain('modulepreload');
		expect(out).toContain(
			'<main>chart</main>\n' +
				'<link href="../_app/immutable/entry/start.a.js" rel="modulepreload">\n' +
				'<link href="../_app/immutable/chunks/b.js" rel="modulepreload">\n' +
				'<script>import('
		);
		expect(out.match(/modulepreload/g)).toHaveLength(2);
		expect(head).toContain('<meta charset="utf-8">\n<style>p{}</style>');
	});

	it('leaves a page without preloads or without a body script as it is', () => {
		const noLinks = PAGE.replace(/<link[^>]*>\n/g, '');
		expect(preloadAtEnd(noLinks)).toBe(noLinks);
		const noScript = PAGE.replace(/<script>.*<\/script>/, '');
		expect(preloadAtEnd(noScript)).toBe(noScript);
	});
});
