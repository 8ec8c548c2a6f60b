/** The text encodings an uploaded file may be in; anything else is refused with the reason. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const ENCODING_LABELS: Record<Encoding, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 (little-endian)',
	'utf-16be': 'UTF-16 (big-endian)',
	'windows-1252': 'Windows-1252'
};

export type EncodingGuess =
	{ ok: true; encoding: Encoding; bom: boolean } | { ok: false; reason: string };

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((v, i) => b[i] === v);

/**
 * Guesses the encoding from the first bytes of a file (64 KB is plenty). `complete` says the
 * sample is the whole file, so a multi-byte character cut at its end is an error, not a cut.
 */
export function detectEncoding(sample: Uint8Array, complete = false): EncodingGuess {
	if (starts(sample, 0xef, 0xbb, 0xbf)) return { ok: true, encoding: 'utf-8', bom: true };
	if (starts(sample, 0xff, 0xfe)) return { ok: true, encoding: 'utf-16le', bom: true };
	if (starts(sample, 0xfe, 0xff)) return { ok: true, encoding: 'utf-16be', bom: true };
	if (starts(sample, 0x50, 0x4b, 0x03, 0x04)) {
		return {
			ok: false,
			reason:
				'it is a ZIP archive (an Excel .xlsx workbook or a zipped download), not CSV text — unzip it, or save the sheet as CSV'
		};
	}
	if (starts(sample, 0xd0, 0xcf, 0x11, 0xe0)) {
		return { ok: false, reason: 'it is an old Excel .xls workbook, not CSV text — save it as CSV' };
	}
	if (starts(sample, 0x25, 0x50, 0x44, 0x46)) {
		return { ok: false, reason: 'it is a PDF document, not CSV text' };
	}

	// UTF-16 without a byte-order mark: ASCII characters leave a zero in every other byte, and
	// the other byte is a printable character.
	let evenZeros = 0;
	let oddZeros = 0;
	let controls = 0;
	const lowControls = [0, 0];
	const isControl = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i]!;
		if (b === 0) {
			if (i % 2 === 0) evenZeros++;
			else oddZeros++;
		} else if (isControl(b)) {
			controls++;
			lowControls[i % 2]!++;
		}
	}
	const half = sample.length / 2;
	if (
		half > 0 &&
		oddZeros > half * 0.3 &&
		evenZeros < half * 0.05 &&
		lowControls[0]! < half * 0.05
	) {
		return { ok: true, encoding: 'utf-16le', bom: false };
	}
	if (
		half > 0 &&
		evenZeros > half * 0.3 &&
		oddZeros < half * 0.05 &&
		lowControls[1]! < half * 0.05
	) {
		return { ok: true, encoding: 'utf-16be', bom: false };
	}
	if (evenZeros + oddZeros > 0 || controls > sample.length * 0.01) {
		return {
			ok: false,
			reason: 'it contains binary data (control bytes that never appear in text), not CSV text'
		};
	}
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
		return { ok: true, encoding: 'utf-8', bom: false };
	} catch {
		// Not UTF-8: every byte is a character in Windows-1252 (the Excel default on Windows).
		return { ok: true, encoding: 'windows-1252', bom: false };
	}
}

/** Decodes a whole byte array the way the upload does; for tests and small files. */
export function decodeAll(
	bytes: Uint8Array
): { text: string; encoding: Encoding } | { reason: string } {
	const guess = detectEncoding(bytes.subarray(0, 65536), bytes.length <= 65536);
	if (!guess.ok) return { reason: guess.reason };
	try {
		const text = new TextDecoder(guess.encoding, { fatal: guess.encoding === 'utf-8' }).decode(
			bytes
		);
		return { text, encoding: guess.encoding };
	} catch {
		return { reason: 'it is not valid UTF-8 throughout — save it again as UTF-8' };
	}
}
