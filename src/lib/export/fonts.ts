/**
 * The UI font as data, for pictures drawn from SVG: an SVG drawn as an image cannot reach the
 * page's fonts, so without this a PNG would fall back to whatever sans-serif the machine has and
 * its labels would no longer fit where the layout measured them. Latin and Devanagari, the
 * weights the charts use; fetched once, on the first export.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';

const FACES: [weight: number, url: string][] = [
	[400, latin400],
	[600, latin600],
	[700, latin700]
];

function base64(bytes: ArrayBuffer): string {
	const view = new Uint8Array(bytes);
	let s = '';
	for (let i = 0; i < view.length; i += 0x8000) {
		s += String.fromCharCode(...view.subarray(i, i + 0x8000));
	}
	return btoa(s);
}

let css: Promise<string> | null = null;

/** `@font-face` rules with the font files inline. */
export function embeddedFontCss(): Promise<string> {
	css ??= Promise.all(
		FACES.map(async ([weight, url]) => {
			const res = await fetch(url);
			if (!res.ok) throw new Error(`The chart font could not be loaded (${res.status}).`);
			const data = base64(await res.arrayBuffer());
			return `@font-face{font-family:'Noto Sans';font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format('woff2')}`;
		})
	)
		.then((rules) => rules.join(''))
		.catch((e) => {
			css = null;
			throw e;
		});
	return css;
}

/** `markup` with the font rules inside its root `<svg>`, so the picture uses the same glyphs. */
export async function withEmbeddedFont(markup: string): Promise<string> {
	const rules = await embeddedFontCss();
	return markup.replace(/<svg\b[^>]*>/, (open) => `${open}<defs><style>${rules}</style></defs>`);
}
