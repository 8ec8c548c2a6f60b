/**
 * A slide drawn off-screen: its page is loaded in a hidden frame at the slide's size (1920×1080),
 * laid out exactly as the room would see it, then read (title, takeaway, source line, native
 * chart data) and painted into a canvas. The slide PNG, the PDF deck and the PowerPoint deck all
 * start here, so they show what the screen shows. Browser-only; loaded on first use.
 */
import type { NativeChart } from '$lib/export/native-chart';
import { chartRaster } from '$lib/export/png';

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;

export interface RenderedSlide {
	title: string;
	takeaway: string;
	sourceLine: string;
	/** Editable charts built from the slide's table, when the chart has a PowerPoint equivalent. */
	native: NativeChart[] | null;
	/** Where the chart sits on the 1920×1080 slide, and its picture at twice that size. */
	chart: { x: number; y: number; width: number; height: number; image: HTMLCanvasElement } | null;
	/** List items of a slide with no chart (the title slide's figures), one string each. */
	body: string[];
	/** The slide's whole picture, 1920×1080. */
	canvas: HTMLCanvasElement;
}

const READY_TIMEOUT = 20_000;

/** Loads `url` in a hidden 1920×1080 frame and waits until its slide has drawn. */
async function loadFrame(url: string): Promise<HTMLIFrameElement> {
	const frame = document.createElement('iframe');
	frame.setAttribute('aria-hidden', 'true');
	frame.tabIndex = -1;
	Object.assign(frame.style, {
		position: 'fixed',
		left: '-30000px',
		top: '0',
		width: `${SLIDE_W}px`,
		height: `${SLIDE_H}px`,
		border: '0',
		visibility: 'hidden'
	});
	frame.src = url;
	document.body.append(frame);
	const started = Date.now();
	for (;;) {
		const doc = frame.contentDocument;
		const root = doc?.querySelector<HTMLElement>('figure.chart-frame.slide, [data-slide]');
		const drawn =
			root &&
			root.dataset.native !== 'pending' &&
			(root.matches('[data-slide]') || root.querySelector('.chart-body svg'));
		if (drawn && doc!.readyState === 'complete') {
			await doc!.fonts.ready;
			// Two frames: the slide's own layout pass after its fonts settle.
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			return frame;
		}
		if (Date.now() - started > READY_TIMEOUT) {
			frame.remove();
			throw new Error(`The slide at ${url} did not finish drawing.`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Paints the text of `root` word by word where the browser laid it out, so wrapping matches. */
function paintText(ctx: CanvasRenderingContext2D, root: HTMLElement, origin: DOMRect) {
	const doc = root.ownerDocument;
	const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const range = doc.createRange();
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (!parent || parent.closest('svg')) continue;
		const style = doc.defaultView!.getComputedStyle(parent);
		if (style.display === 'none' || style.visibility === 'hidden') continue;
		ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
		ctx.fillStyle = style.color;
		ctx.textBaseline = 'alphabetic';
		const value = node.nodeValue ?? '';
		for (const match of value.matchAll(/\S+/g)) {
			range.setStart(node, match.index);
			range.setEnd(node, match.index + match[0].length);
			const box = range.getBoundingClientRect();
			if (box.width === 0) continue;
			const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = ctx.measureText(
				match[0]
			);
			// The range's box is the font's ascent + descent; the baseline sits ascent below its middle-aligned top.
			const top = box.top + (box.height - ascent - descent) / 2;
			ctx.fillText(match[0], box.left - origin.left, top - origin.top + ascent);
		}
	}
}

/** Coloured left borders (the overview's country cards). */
function paintBorders(ctx: CanvasRenderingContext2D, root: HTMLElement, origin: DOMRect) {
	const view = root.ownerDocument.defaultView!;
	for (const el of root.querySelectorAll<HTMLElement>('*')) {
		if (el.closest('svg')) continue;
		const style = view.getComputedStyle(el);
		const w = parseFloat(style.borderLeftWidth);
		if (!(w > 0) || style.borderLeftStyle === 'none') continue;
		const box = el.getBoundingClientRect();
		ctx.fillStyle = style.borderLeftColor;
		ctx.fillRect(box.left - origin.left, box.top - origin.top, w, box.height);
	}
}

async function paint(
	root: HTMLElement,
	chart: { x: number; y: number; width: number; height: number; image: HTMLCanvasElement } | null
): Promise<HTMLCanvasElement> {
	const origin = root.getBoundingClientRect();
	const canvas = document.createElement('canvas');
	canvas.width = SLIDE_W;
	canvas.height = SLIDE_H;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, SLIDE_W, SLIDE_H);
	await document.fonts.load('400 20px "Noto Sans"');
	await document.fonts.load('700 20px "Noto Sans"');
	paintBorders(ctx, root, origin);
	paintText(ctx, root, origin);
	if (chart) ctx.drawImage(chart.image, chart.x, chart.y, chart.width, chart.height);
	return canvas;
}

/** Loads, reads and paints one slide. */
export async function renderSlide(url: string): Promise<RenderedSlide> {
	const frame = await loadFrame(url);
	try {
		const root = frame.contentDocument!.querySelector<HTMLElement>(
			'figure.chart-frame.slide, [data-slide]'
		)!;
		const svg = root.querySelector<SVGSVGElement>('.chart-body svg');
		const origin = root.getBoundingClientRect();
		const box = svg?.getBoundingClientRect();
		const native = root.dataset.native ? (JSON.parse(root.dataset.native) as NativeChart[]) : null;
		const chart =
			svg && box && box.width > 0
				? {
						x: box.left - origin.left,
						y: box.top - origin.top,
						width: box.width,
						height: box.height,
						image: await chartRaster(svg, box.width, box.height, 2)
					}
				: null;
		return {
			title: text(root.querySelector('h2')),
			takeaway: text(root.querySelector('.takeaway, .sub')),
			sourceLine: text(root.querySelector('.source-line')),
			native,
			chart,
			body: [...root.querySelectorAll('li')].map(text),
			canvas: await paint(root, chart)
		};
	} finally {
		frame.remove();
	}
}

/** Loads and renders each slide in turn (one frame at a time keeps memory flat). */
export async function renderSlides(
	urls: string[],
	onProgress?: (done: number) => void
): Promise<RenderedSlide[]> {
	const out: RenderedSlide[] = [];
	for (const url of urls) {
		out.push(await renderSlide(url));
		onProgress?.(out.length);
	}
	return out;
}
