/**
 * Download the deck as PowerPoint or PDF: every slide is rendered off-screen at 1920×1080, as the
 * room sees it (render.ts), then written out. Loaded on first click.
 */
import { downloadBlob } from '$lib/export/download';
import { buildPdf } from '$lib/export/pdf';
import type { Slide } from './deck';
import { slideUrl } from './paths';
import { buildPptx } from './pptx';
import { renderSlides, SLIDE_H, SLIDE_W } from './render';

export const DECK_TITLE = 'Korea and India: e-government';

function jpeg(canvas: HTMLCanvasElement): Promise<Uint8Array> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(b) =>
				b
					? b.arrayBuffer().then((a) => resolve(new Uint8Array(a)))
					: reject(new Error('JPEG encoding failed.')),
			'image/jpeg',
			0.92
		)
	);
}

export function deckFileName(ext: 'pptx' | 'pdf', date = new Date()): string {
	return `korea-india-egov-deck-${date.toISOString().slice(0, 10)}.${ext}`;
}

export async function downloadDeck(
	deck: Slide[],
	format: 'pptx' | 'pdf',
	onProgress: (done: number) => void
): Promise<void> {
	const rendered = await renderSlides(
		deck.map((s) => slideUrl(s.chartId, s.query)),
		onProgress
	);
	if (format === 'pptx') {
		const blob = await buildPptx(
			rendered.map((r, i) => ({ rendered: r, note: deck[i]!.note })),
			DECK_TITLE
		);
		downloadBlob(blob, deckFileName('pptx'));
		return;
	}
	const pages = await Promise.all(
		rendered.map(async (r) => ({
			jpeg: await jpeg(r.canvas),
			width: SLIDE_W,
			height: SLIDE_H,
			text: [r.title, r.takeaway, ...r.body, r.sourceLine]
		}))
	);
	const pdf = buildPdf(pages, DECK_TITLE);
	downloadBlob(new Blob([pdf as BlobPart], { type: 'application/pdf' }), deckFileName('pdf'));
}
