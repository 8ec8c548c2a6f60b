import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? files(path)
			: /\.(svelte|ts|js)$/.test(name)
				? [path]
				: [];
	});
}

it('no source file injects markup from strings ({@html}, innerHTML, outerHTML, insertAdjacentHTML)', () => {
	const offenders = files('src').filter((f) =>
		/\{@html|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/.test(
			readFileSync(f, 'utf8')
		)
	);
	expect(offenders).toEqual([]);
});
