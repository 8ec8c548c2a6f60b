import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { firstLoadJs } from '../../scripts/budgets.js';

it('counts what a page loads first: entries, its route nodes, their static imports and re-exports', () => {
	const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
	const files: Record<string, string> = {
		'_app/immutable/entry/start.a.js': 'import{x}from"../chunks/runtime.js";',
		'_app/immutable/entry/app.b.js': 'const n=[()=>import("../nodes/0.c.js")];',
		'_app/immutable/nodes/0.c.js': 'import"../chunks/layout.js";',
		'_app/immutable/nodes/3.d.js': 'export{t as component}from"../chunks/page.js";',
		'_app/immutable/nodes/4.e.js': 'export{t as component}from"../chunks/other.js";',
		'_app/immutable/chunks/runtime.js': '',
		'_app/immutable/chunks/layout.js': '',
		'_app/immutable/chunks/page.js': 'import{y}from"./shared.js";const z=()=>import("./lazy.js");',
		'_app/immutable/chunks/shared.js': '',
		'_app/immutable/chunks/lazy.js': '',
		'_app/immutable/chunks/other.js': ''
	};
	for (const [path, code] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), code);
	}
	const html = `<script>Promise.all([import("../_app/immutable/entry/start.a.js"),
		import("../_app/immutable/entry/app.b.js")]).then(([kit, app]) => kit.start(app, el, {
		node_ids: [0, 3], data: []}));</script>`;
	expect((firstLoadJs(html, dir) as string[]).sort()).toEqual([
		'_app/immutable/chunks/layout.js',
		'_app/immutable/chunks/page.js',
		'_app/immutable/chunks/runtime.js',
		'_app/immutable/chunks/shared.js',
		'_app/immutable/entry/app.b.js',
		'_app/immutable/entry/start.a.js',
		'_app/immutable/nodes/0.c.js',
		'_app/immutable/nodes/3.d.js'
	]);
});
