// Writes src/lib/charts/font-metrics.json: the advance widths of the self-hosted UI font
// (@fontsource/noto-sans, the files the site serves) for the characters chart labels use, so
// layouts know where a label ends on every machine. Usage: node scripts/font-metrics.js [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

export const WEIGHTS = [400, 600, 700];
/** Printable ASCII and the punctuation and signs the data's labels use. */
export const CHARS =
	Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '–—‘’“”…·•×−₹₩€°ô';

const out = fileURLToPath(new URL('../src/lib/charts/font-metrics.json', import.meta.url));

export function metrics() {
	const widths = {};
	let unitsPerEm = 0;
	for (const w of WEIGHTS) {
		const files = ['latin', 'latin-ext'].map((subset) =>
			fontkit.create(
				readFileSync(
					fileURLToPath(
						import.meta.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${w}-normal.woff2`)
					)
				)
			)
		);
		unitsPerEm = files[0].unitsPerEm;
		widths[w] = [...CHARS].map((ch) => {
			const font = files.find((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)));
			return font ? font.glyphForCodePoint(ch.codePointAt(0)).advanceWidth : 0;
		});
	}
	return { font: 'Noto Sans', unitsPerEm, chars: CHARS, widths };
}

const current = metrics();
if (process.argv.includes('--check')) {
	// Compared as data: the formatter may lay the file out its own way.
	if (JSON.stringify(JSON.parse(readFileSync(out, 'utf8'))) !== JSON.stringify(current)) {
		console.error('font-metrics.json is out of date: run node scripts/font-metrics.js');
		process.exit(1);
	}
	console.log('font-metrics.json matches the font files');
} else {
	writeFileSync(out, `${JSON.stringify(current)}\n`);
	console.log(`Wrote ${out}`);
}
