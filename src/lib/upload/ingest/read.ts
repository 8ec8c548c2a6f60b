import { detectEncoding, type Encoding } from './encoding.ts';
import { formatBytes, MAX_FILE_BYTES, sizeRefusal } from './limits.ts';
import { UploadSession } from './session.ts';
import type { UploadResult } from '../types.ts';

const SNIFF_BYTES = 64 * 1024;

/**
 * Reads an uploaded file as a stream: detects the encoding from its first 64 KB, decodes chunk by
 * chunk and hands the text to an UploadSession. Runs in the worker; plain enough for node tests.
 */
export async function readUpload(
	file: Blob,
	fileName: string,
	onProgress: (loaded: number, total: number) => void = () => {}
): Promise<UploadResult> {
	const session = new UploadSession(fileName, file.size, null);
	const refusal = sizeRefusal(file.size);
	if (refusal) {
		session.fail({
			line: 1,
			column: 1,
			columnName: '',
			value: formatBytes(file.size),
			problem: refusal,
			expected: `a file of at most ${formatBytes(MAX_FILE_BYTES)}`
		});
		return session.finish();
	}

	const reader = file.stream().getReader();
	let head: Uint8Array[] = [];
	let headBytes = 0;
	let decoder: TextDecoder | null = null;
	let loaded = 0;

	const startDecoding = (complete: boolean): boolean => {
		const sample = concat(head, headBytes);
		head = [];
		if (sample.length === 0) return true;
		const guess = detectEncoding(sample.subarray(0, SNIFF_BYTES), complete);
		if (!guess.ok) {
			session.fail({
				line: 1,
				column: 1,
				columnName: '',
				value: '',
				problem: `the file cannot be read as text: ${guess.reason}`,
				expected: 'a CSV text file in UTF-8, UTF-16 or Windows-1252'
			});
			return false;
		}
		session.encoding = guess.encoding;
		decoder = new TextDecoder(guess.encoding, { fatal: guess.encoding === 'utf-8' });
		return decode(sample, !complete);
	};

	const decode = (bytes: Uint8Array | undefined, stream: boolean): boolean => {
		try {
			session.push(decoder!.decode(bytes, { stream }));
			return true;
		} catch {
			session.fail({
				line: 1,
				column: 1,
				columnName: '',
				value: '',
				problem: `the text stops being valid ${label(session.encoding)} within the first ${formatBytes(loaded)}`,
				expected: 'one encoding throughout the file: save it again as UTF-8'
			});
			return false;
		}
	};

	let last = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		loaded += value.length;
		let ok = true;
		if (decoder === null) {
			head.push(value);
			headBytes += value.length;
			if (headBytes >= SNIFF_BYTES) ok = startDecoding(false);
		} else ok = decode(value, true);
		// Post at most every 50 ms: the page redraws the bar, not every 64 KB.
		const now = Date.now();
		if (now - last > 50) {
			onProgress(loaded, file.size);
			last = now;
		}
		if (!ok || session.stopped) {
			await reader.cancel();
			return session.finish();
		}
	}
	if (decoder === null) {
		if (!startDecoding(true)) return session.finish();
	} else if (!decode(undefined, false)) return session.finish();
	onProgress(file.size, file.size);
	return session.finish();
}

function label(encoding: Encoding | null): string {
	return encoding === 'utf-8' ? 'UTF-8' : (encoding ?? 'text');
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
	if (parts.length === 1) return parts[0]!;
	const out = new Uint8Array(length);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
