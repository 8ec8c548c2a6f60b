/**
 * A PDF of pictures, one per page, with each page's words laid invisibly over it (as a scanner's
 * text layer is), so the file can be searched, copied from and read by `pdftotext`. Small enough
 * to write by hand: JPEG pages need no compression of our own, and the text uses a standard font.
 */

export interface PdfPage {
	/** The page's picture as JPEG bytes, and its pixel size. */
	jpeg: Uint8Array;
	width: number;
	height: number;
	/** Lines of text, top to bottom, laid invisibly over the picture. */
	text: string[];
}

/** Windows-1252 code of a character the standard fonts can show; `?` for any other. */
const WIN_ANSI: Record<string, number> = {
	'€': 0x80,
	'‚': 0x82,
	ƒ: 0x83,
	'„': 0x84,
	'…': 0x85,
	'†': 0x86,
	'‡': 0x87,
	ˆ: 0x88,
	'‰': 0x89,
	Š: 0x8a,
	'‹': 0x8b,
	Œ: 0x8c,
	Ž: 0x8e,
	'‘': 0x91,
	'’': 0x92,
	'“': 0x93,
	'”': 0x94,
	'•': 0x95,
	'–': 0x96,
	'—': 0x97,
	'˜': 0x98,
	'™': 0x99,
	š: 0x9a,
	'›': 0x9b,
	œ: 0x9c,
	ž: 0x9e,
	Ÿ: 0x9f
};

/** A PDF string literal of `text` in WinAnsiEncoding. */
export function pdfString(text: string): number[] {
	const out = [0x28];
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		let b = WIN_ANSI[ch] ?? (c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : 0x3f);
		if (c < 0x20) b = 0x20;
		if (b === 0x28 || b === 0x29 || b === 0x5c) out.push(0x5c);
		out.push(b);
	}
	out.push(0x29);
	return out;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The PDF file: pages 16:9 (or whatever the pictures' shape), 960 points wide. */
export function buildPdf(pages: PdfPage[], title: string): Uint8Array {
	const chunks: number[][] = [];
	const offsets: number[] = [];
	let length = 0;
	const push = (bytes: number[] | Uint8Array) => {
		const arr = Array.from(bytes);
		chunks.push(arr);
		length += arr.length;
	};
	const obj = (n: number, body: (number[] | Uint8Array)[]) => {
		offsets[n] = length;
		push(ascii(`${n} 0 obj\n`));
		for (const b of body) push(b);
		push(ascii('\nendobj\n'));
	};

	push(ascii('%PDF-1.4\n%'));
	push([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
	// 1 catalog, 2 pages, 3 font, 4 info; then 3 objects a page: page, contents, image.
	const first = 5;
	const kids = pages.map((_, i) => `${first + 3 * i} 0 R`).join(' ');
	obj(1, [ascii('<< /Type /Catalog /Pages 2 0 R >>')]);
	obj(2, [ascii(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`)]);
	obj(3, [
		ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
	]);
	obj(4, [
		ascii('<< /Title '),
		pdfString(title),
		ascii(' /Producer (Korea-India e-government dashboard) >>')
	]);

	pages.forEach((page, i) => {
		const W = 960;
		const H = Math.round((W * page.height) / page.width);
		const [pageN, contentN, imageN] = [first + 3 * i, first + 3 * i + 1, first + 3 * i + 2];
		const ops: number[] = ascii(`q ${W} 0 0 ${H} 0 0 cm /Im Do Q\nBT 3 Tr\n`);
		let y = H - 40;
		for (const line of page.text) {
			if (!line) continue;
			// Sized to the page's width (Helvetica averages about half an em a character).
			const size = Math.max(4, Math.min(24, (W - 60) / (0.55 * line.length)));
			ops.push(...ascii(`/F ${size.toFixed(2)} Tf 1 0 0 1 30 ${y.toFixed(1)} Tm `));
			ops.push(...pdfString(line), ...ascii(' Tj\n'));
			y -= size * 1.4 + 6;
		}
		ops.push(...ascii('ET'));
		obj(pageN, [
			ascii(
				`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Contents ${contentN} 0 R /Resources << /Font << /F 3 0 R >> /XObject << /Im ${imageN} 0 R >> >> >>`
			)
		]);
		obj(contentN, [ascii(`<< /Length ${ops.length} >>\nstream\n`), ops, ascii('\nendstream')]);
		obj(imageN, [
			ascii(
				`<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`
			),
			page.jpeg,
			ascii('\nendstream')
		]);
	});

	const xref = length;
	const count = first + 3 * pages.length;
	const rows = ['xref', `0 ${count}`, '0000000000 65535 f '];
	for (let n = 1; n < count; n++) rows.push(`${String(offsets[n]).padStart(10, '0')} 00000 n `);
	push(
		ascii(
			`${rows.join('\n')}\ntrailer\n<< /Size ${count} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`
		)
	);

	const out = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
