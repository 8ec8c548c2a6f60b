/**
 * A chart's SVG as a standalone file: computed styles inlined (no stylesheet, no external
 * reference), with the chart's title, takeaway, source line, date and link drawn around it, so it
 * opens the same in a browser, Inkscape, PowerPoint or Keynote. Browser-only (needs the live DOM).
 */

export interface SvgMeta {
	title: string;
	takeaway: string;
	sourceLine: string;
	/** "Korea–India e-government dashboard · data version … · accessed …" */
	credit: string;
	link: string;
}

import { wrapToWidth } from '../charts/text';
import { COLOUR } from '../charts/theme';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties worth carrying over; the rest are defaults or irrelevant to SVG. */
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	// A label's halo is a stroke painted under its fill; without this it covers the text.
	'paint-order',
	'visibility',
	'display'
] as const;

const FONT =
	"'Noto Sans', 'Noto Sans KR', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

function inlineStyles(source: Element, target: Element) {
	// The chart may live in another document (a slide rendered in a hidden frame).
	const computed = source.ownerDocument.defaultView!.getComputedStyle(source);
	const style = STYLE_PROPS.map((p) => [p, computed.getPropertyValue(p)] as const)
		.filter(([, v]) => v !== '' && v !== 'normal' && v !== 'auto')
		.map(([p, v]) => `${p}:${v}`)
		.join(';');
	if (style) target.setAttribute('style', style);
	target.removeAttribute('class');
	const children = source.children;
	for (let i = 0; i < children.length; i++) {
		const t = target.children[i];
		if (t) inlineStyles(children[i]!, t);
	}
}

function text(doc: Document, x: number, y: number, content: string, attrs: Record<string, string>) {
	const el = doc.createElementNS(SVG_NS, 'text');
	el.setAttribute('x', String(x));
	el.setAttribute('y', String(y));
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	el.textContent = content;
	return el;
}

/**
 * A canvas (the timeline's dense lanes draw their ticks on one, inside a foreignObject) serialises
 * empty; in the copy each becomes an <image> of its pixels at the same place, so SVG and PNG
 * exports show what the screen shows.
 */
function canvasesToImages(chart: SVGSVGElement, clone: SVGSVGElement) {
	// The timeline's motion canvas only stands in for the chart while it moves: not part of it.
	const live = [...chart.querySelectorAll('foreignObject:not([data-motion])')];
	clone.querySelectorAll('foreignObject[data-motion]').forEach((fo) => fo.remove());
	clone.querySelectorAll('foreignObject').forEach((fo, i) => {
		const canvas = live[i]?.querySelector('canvas');
		if (!canvas) return;
		const image = clone.ownerDocument.createElementNS(SVG_NS, 'image');
		for (const a of ['x', 'y', 'width', 'height']) image.setAttribute(a, fo.getAttribute(a) ?? '0');
		try {
			image.setAttribute('href', canvas.toDataURL('image/png'));
		} catch {
			return; // no pixels to carry (a canvas that was never drawn, or no canvas support)
		}
		image.setAttribute('preserveAspectRatio', 'none');
		fo.replaceWith(image);
	});
}

/** The chart alone, with its computed styles inlined and its canvases as images. */
export function chartClone(chart: SVGSVGElement): SVGSVGElement {
	const clone = chart.cloneNode(true) as SVGSVGElement;
	inlineStyles(chart, clone);
	canvasesToImages(chart, clone);
	clone.removeAttribute('style');
	for (const id of clone.querySelectorAll('[id]')) id.removeAttribute('id');
	clone.removeAttribute('aria-labelledby');
	clone.removeAttribute('aria-describedby');
	return clone;
}

/** Builds the standalone SVG document and returns it serialised, with its pixel size. */
export function standaloneSvg(chart: SVGSVGElement, meta: SvgMeta) {
	const doc = chart.ownerDocument;
	const vb = chart.viewBox.baseVal;
	const width = vb && vb.width > 0 ? vb.width : chart.clientWidth || 1000;
	const chartHeight = vb && vb.height > 0 ? vb.height : chart.clientHeight || 500;
	const pad = 24;
	// Header and footer lines wrap at the text's measured width (the font the export names).
	const room = width - 2 * pad;

	const root = doc.createElementNS(SVG_NS, 'svg');
	root.setAttribute('xmlns', SVG_NS);
	root.setAttribute('font-family', FONT);

	const header: SVGTextElement[] = [];
	let y = pad + 24;
	for (const line of wrapToWidth(meta.title, room, 26, 700)) {
		header.push(
			text(doc, pad, y, line, { 'font-size': '26', 'font-weight': '700', fill: COLOUR.ink })
		);
		y += 32;
	}
	for (const line of wrapToWidth(meta.takeaway, room, 17)) {
		header.push(text(doc, pad, y, line, { 'font-size': '17', fill: COLOUR.ink }));
		y += 24;
	}
	const chartTop = y;

	const clone = chartClone(chart);
	clone.setAttribute('x', '0');
	clone.setAttribute('y', String(chartTop));
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(chartHeight));

	y = chartTop + chartHeight + 24;
	const footer: SVGTextElement[] = [];
	for (const line of wrapToWidth(meta.sourceLine, room, 14)) {
		footer.push(text(doc, pad, y, line, { 'font-size': '14', fill: COLOUR.inkSoft }));
		y += 19;
	}
	for (const line of wrapToWidth(`${meta.credit} · ${meta.link}`, room, 14)) {
		footer.push(text(doc, pad, y, line, { 'font-size': '14', fill: COLOUR.inkSoft }));
		y += 19;
	}
	const height = Math.ceil(y + pad - 14);

	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const bg = doc.createElementNS(SVG_NS, 'rect');
	bg.setAttribute('width', '100%');
	bg.setAttribute('height', '100%');
	bg.setAttribute('fill', COLOUR.paper);
	root.append(bg, ...header, clone, ...footer);

	const markup = new XMLSerializer().serializeToString(root);
	return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}
