/**
 * The UI font as data, for pictures drawn from SVG: an SVG drawn as an image cannot reach the
 * page's fonts, so without this a PNG would fall back to whatever sans-serif the machine has and
 * its labels would no longer fit where the layout measured them. Latin always; Devanagari and
 * Korean (the site's own cut of Noto Sans KR) only when the picture has such text; the weights
 * the charts use; each file fetched once, on the first export that needs it.
 */
import deva400 from '@fontsource/noto-sans/files/noto-sans-devanagari-400-normal.woff2?url';
import deva600 from '@fontsource/noto-sans/files/noto-sans-devanagari-600-normal.woff2?url';
import deva700 from '@fontsource/noto-sans/files/noto-sans-devanagari-700-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import kr400 from '$lib/fonts/noto-sans-kr-400.woff2?url';
import kr600 from '$lib/fonts/noto-sans-kr-600.woff2?url';
import kr700 from '$lib/fonts/noto-sans-kr-700.woff2?url';

interface Script {
	family: string;
	/** Whether a picture's text needs this script's file. */
	uses: (markup: string) => boolean;
	/** The characters the file serves (as in src/fonts.css); later rules win inside their range. */
	range?: string;
	faces: [weight: number, url: string][];
}

const SCRIPTS: Script[] = [
	{
		family: 'Noto Sans',
		uses: () => true,
		faces: [
			[400, latin400],
			[600, latin600],
			[700, latin700]
		]
	},
	{
		family: 'Noto Sans',
		uses: (s) => /[\u0900-\u097f\u20b9]/.test(s),
		range:
			'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF',
		faces: [
			[400, deva400],
			[600, deva600],
			[700, deva700]
		]
	},
	{
		family: 'Noto Sans KR',
		uses: (s) => /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(s),
		faces: [
			[400, kr400],
			[600, kr600],
			[700, kr700]
		]
	}
];

function base64(bytes: ArrayBuffer): string {
	const view = new Uint8Array(bytes);
	let s = '';
	for (let i = 0; i < view.length; i += 0x8000) {
		s += String.fromCharCode(...view.subarray(i, i + 0x8000));
	}
	return btoa(s);
}

const rules = new Map<string, Promise<string>>();

/** One `@font-face` rule with its file inline, fetched once. */
function faceRule(family: string, weight: number, url: string, range?: string): Promise<string> {
	let rule = rules.get(url);
	if (!rule) {
		rule = fetch(url)
			.then(async (res) => {
				if (!res.ok) throw new Error(`The chart font could not be loaded (${res.status}).`);
				const data = base64(await res.arrayBuffer());
				return `@font-face{font-family:'${family}';font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format('woff2')${range ? `;unicode-range:${range}` : ''}}`;
			})
			.catch((e) => {
				rules.delete(url);
				throw e;
			});
		rules.set(url, rule);
	}
	return rule;
}

/** `@font-face` rules with the font files inline, for the scripts `markup`'s text uses. */
export async function embeddedFontCss(markup = ''): Promise<string> {
	const wanted = SCRIPTS.filter((s) => s.uses(markup));
	const all = await Promise.all(
		wanted.flatMap((s) => s.faces.map(([w, url]) => faceRule(s.family, w, url, s.range)))
	);
	return all.join('');
}

/** `markup` with the font rules inside its root `<svg>`, so the picture uses the same glyphs. */
export async function withEmbeddedFont(markup: string): Promise<string> {
	const css = await embeddedFontCss(markup);
	return markup.replace(/<svg\b[^>]*>/, (open) => `${open}<defs><style>${css}</style></defs>`);
}
