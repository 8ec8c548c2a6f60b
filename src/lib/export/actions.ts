import { kindSummary } from '../data/evidence.ts';
import type { SourceRef } from '../data/schema.ts';
import type { ChartTable } from '../charts/table.ts';
import { citationBibtex, citationText, DASHBOARD, type CitationInput } from './citation.ts';
import { tableToCsv } from './csv.ts';
import { downloadBlob, downloadText } from './download.ts';
import { withEmbeddedFont } from './fonts.ts';
import { canvasBlob, svgToPng } from './png.ts';
import { standaloneSvg } from './svg.ts';

/** Everything an export needs to know about the chart and the view it is in. */
export interface ExportContext {
	chartId: string;
	title: string;
	takeaway: string;
	sources: SourceRef[];
	table: ChartTable;
	fileStem: string;
	dataVersion: string;
	/** The chart's root SVG, or null if none is drawn. */
	svg: SVGSVGElement | null;
}

export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

export function citationFor(ctx: ExportContext): CitationInput {
	return {
		title: ctx.title,
		url: permalink(ctx.chartId),
		sources: ctx.sources,
		dataVersion: ctx.dataVersion,
		accessed: today()
	};
}

/** This view's URL (state lives in the query) pointing at this chart. */
export function permalink(chartId: string): string {
	const url = new URL(location.href);
	url.hash = `chart-${chartId}`;
	return url.href;
}

/**
 * `Sources: UN DESA; Yonhap; MeitY and 4 more publishers (29 documents: 12 official, 14 press,
 * 3 other; listed at the link below).`
 */
export function sourceLine(sources: SourceRef[]): string {
	if (sources.length === 0) return 'Source: see the dashboard.';
	const names = [...new Set(sources.map((s) => s.publisher))];
	const shown = names.slice(0, 4).join('; ');
	const more = names.length > 4 ? ` and ${names.length - 4} more publishers` : '';
	return `Source${sources.length === 1 ? '' : 's'}: ${shown}${more} (${kindSummary(sources)}; listed at the link below).`;
}

export function buildSvg(ctx: ExportContext) {
	if (!ctx.svg) throw new Error('This chart has nothing drawn to export.');
	return standaloneSvg(ctx.svg, {
		title: ctx.title,
		takeaway: ctx.takeaway,
		sourceLine: sourceLine(ctx.sources),
		credit: `${DASHBOARD} · data version ${ctx.dataVersion} · ${today()}`,
		link: permalink(ctx.chartId)
	});
}

export function downloadCsv(ctx: ExportContext) {
	downloadText(tableToCsv(ctx.table, ctx.sources), `${ctx.fileStem}.csv`, 'text/csv;charset=utf-8');
}

/**
 * The SVG file carries its font (Noto Sans, latin, the three weights: about 60 KB): a machine
 * without it would set the labels in a wider face, and they would run into each other.
 */
async function svgFile(ctx: ExportContext): Promise<string> {
	return withEmbeddedFont(buildSvg(ctx).markup);
}

export async function downloadSvg(ctx: ExportContext) {
	downloadText(await svgFile(ctx), `${ctx.fileStem}.svg`, 'image/svg+xml');
}

export async function downloadPng(ctx: ExportContext) {
	const { markup, width, height } = buildSvg(ctx);
	downloadBlob(await svgToPng(markup, width, height), `${ctx.fileStem}.png`);
}

/** The chart as its slide shows it: laid out for 1920×1080, with title, takeaway and sources. */
export async function downloadSlidePng(ctx: ExportContext) {
	const [{ renderSlide }, { slideUrl }] = await Promise.all([
		import('../present/render.ts'),
		import('../present/paths.ts')
	]);
	const slide = await renderSlide(slideUrl(ctx.chartId, location.search.replace(/^\?/, '')));
	downloadBlob(await canvasBlob(slide.canvas), `${ctx.fileStem}-slide-1920x1080.png`);
}

/** Copies the PNG to the clipboard; false where the browser does not allow it. */
export async function copyImage(ctx: ExportContext): Promise<boolean> {
	if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
	const { markup, width, height } = buildSvg(ctx);
	const png = await svgToPng(markup, width, height);
	await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
	return true;
}

/** Copies text; false where the clipboard is not available (e.g. a page opened from a file). */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** One ZIP with the CSV, SVG, PNG, citation and a README naming the URL and data version. */
export async function downloadZip(ctx: ExportContext) {
	const { zipSync, strToU8 } = await import('fflate');
	const svg = buildSvg(ctx);
	const png = new Uint8Array(
		await (await svgToPng(svg.markup, svg.width, svg.height)).arrayBuffer()
	);
	const cite = citationFor(ctx);
	const readme = [
		`${ctx.title}`,
		'',
		ctx.takeaway,
		'',
		`From: ${DASHBOARD}`,
		`View: ${cite.url}`,
		`Data version: ${ctx.dataVersion}`,
		`Downloaded: ${cite.accessed}`,
		'',
		'Files:',
		`  ${ctx.fileStem}.csv  the rows the chart showed, one fact per row, with sources`,
		`  ${ctx.fileStem}.svg  the chart, standalone`,
		`  ${ctx.fileStem}.png  the chart at 2x`,
		'  citation.txt, citation.bib  how to cite it',
		''
	].join('\n');
	const zip = zipSync({
		[`${ctx.fileStem}.csv`]: strToU8(tableToCsv(ctx.table, ctx.sources)),
		[`${ctx.fileStem}.svg`]: strToU8(await svgFile(ctx)),
		[`${ctx.fileStem}.png`]: png,
		'citation.txt': strToU8(citationText(cite)),
		'citation.bib': strToU8(citationBibtex(cite, ctx.chartId)),
		'README.txt': strToU8(readme)
	});
	downloadBlob(new Blob([zip], { type: 'application/zip' }), `${ctx.fileStem}.zip`);
}
