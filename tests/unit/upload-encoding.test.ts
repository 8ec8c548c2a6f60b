import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAll, detectEncoding } from '../../src/lib/upload/ingest/encoding';
import { readUpload } from '../../src/lib/upload/ingest/read';

const EGOV = readFileSync('tests/fixtures/upload/egov-2024.csv', 'utf8');

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	const units = (bom ? '\uFEFF' : '') + text;
	for (let i = 0; i < units.length; i++) {
		const c = units.charCodeAt(i);
		out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
		out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
	}
	return out;
}
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 agrees with Latin-1 for every character in the fixture (ü, ô). */
const cp1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('detectEncoding', () => {
	it.each([
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(EGOV)]), 'utf-8', true],
		['UTF-8 without BOM', utf8(EGOV), 'utf-8', false],
		['UTF-16 LE with BOM', utf16(EGOV, false, true), 'utf-16le', true],
		['UTF-16 BE with BOM', utf16(EGOV, true, true), 'utf-16be', true],
		['UTF-16 LE without BOM', utf16(EGOV, false, false), 'utf-16le', false],
		['UTF-16 BE without BOM', utf16(EGOV, true, false), 'utf-16be', false],
		['Windows-1252', cp1252(EGOV), 'windows-1252', false]
	])('recognises %s', (_, bytes, encoding, bom) => {
		expect(detectEncoding(bytes, true)).toEqual({ ok: true, encoding, bom });
	});

	it.each([
		['a ZIP archive', [0x50, 0x4b, 0x03, 0x04, 1, 2], 'it is a ZIP archive'],
		['an old .xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], 'it is an old Excel .xls'],
		['a PDF', [...utf8('%PDF-1.7\n')], 'it is a PDF document'],
		['random binary', [0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x33, 0x00, 0x7f], 'binary data']
	])('refuses %s with the reason', (_, bytes, reason) => {
		const guess = detectEncoding(new Uint8Array(bytes), true);
		expect(guess.ok).toBe(false);
		expect(!guess.ok && guess.reason).toContain(reason);
	});

	it('decodes every supported encoding to the same text', () => {
		for (const bytes of [
			utf8(EGOV),
			utf16(EGOV, false, true),
			utf16(EGOV, true, true),
			utf16(EGOV, false, false),
			cp1252(EGOV)
		]) {
			expect(decodeAll(bytes)).toMatchObject({ text: EGOV });
		}
	});

	it('reads a UTF-8 character cut at the end of the sample as UTF-8, not 1252', () => {
		const bytes = utf8('Country Name\nTürkiye');
		expect(detectEncoding(bytes.subarray(0, bytes.length - 6), false)).toMatchObject({
			encoding: 'utf-8'
		});
	});
});

describe('readUpload streams a file in any supported encoding to the same result', () => {
	const read = (bytes: Uint8Array) =>
		readUpload(new Blob([bytes as Uint8Array<ArrayBuffer>]), 'egov-2024.csv');

	it.each([
		['UTF-16 LE with BOM', utf16(EGOV, false, true), 'UTF-16 (little-endian)'],
		['UTF-16 BE with BOM', utf16(EGOV, true, true), 'UTF-16 (big-endian)'],
		['Windows-1252', cp1252(EGOV), 'Windows-1252'],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(EGOV)]), 'UTF-8']
	])('%s', async (_, bytes, label) => {
		const result = await read(bytes);
		expect(result.encoding).toBe(label);
		expect(result.problemCount).toBe(0);
		expect(result.countries.map((c) => c.name)).toEqual([
			"Côte d'Ivoire",
			'Estonia',
			'India',
			'Korea',
			'Türkiye'
		]);
	});

	it('refuses a binary file with the reason and a location', async () => {
		const result = await read(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00]));
		expect(result.fatal).toBe(true);
		expect(result.groups[0]?.examples[0]).toMatchObject({
			line: 1,
			column: 1,
			problem:
				'the file cannot be read as text: it contains binary data (control bytes that never appear in text), not CSV text',
			expected: 'a CSV text file in UTF-8, UTF-16 or Windows-1252'
		});
	});

	it('reports a file that stops being UTF-8 after the first 64 KB', async () => {
		const head = utf8(EGOV + '2024,Estonia,2.0,0.9727,0.9178,0.9781,0.946,0.9939\n'.repeat(1400));
		const bad = new Uint8Array([...head, ...cp1252('2024,Türkiye ,27.0,0.9,0.8,0.9,0.8,0.9\n')]);
		const result = await read(bad);
		expect(result.fatal).toBe(true);
		expect(result.groups[0]?.examples[0]?.problem).toMatch(
			/^the text stops being valid UTF-8 within the first \d+\.\d KB$/
		);
	});
});
