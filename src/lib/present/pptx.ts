/**
 * The deck as a PowerPoint file. Each slide gets its title, takeaway, source line and speaker
 * notes as text; a chart with a PowerPoint equivalent (lines, bars) becomes a native chart built
 * from the rows "Download CSV" writes, so it can be edited and restyled; any other chart (the
 * timeline) becomes a picture at twice the slide's resolution. Loaded on first click.
 */
import type PptxGenJS from 'pptxgenjs';
// The library's own browser bundle (jszip inside), loaded as a plain script on first use: imported
// as a module it would pull CommonJS interop helpers into the chunk every page loads first.
import bundleUrl from '../../../node_modules/pptxgenjs/dist/pptxgen.bundle.js?url';

async function loadPptxGenJS(): Promise<typeof PptxGenJS> {
	const w = window as unknown as { PptxGenJS?: typeof PptxGenJS };
	if (!w.PptxGenJS) {
		await new Promise<void>((resolve, reject) => {
			const script = document.createElement('script');
			script.src = bundleUrl;
			script.onload = () => resolve();
			script.onerror = () => reject(new Error('The PowerPoint writer could not be loaded.'));
			document.head.append(script);
		});
	}
	if (!w.PptxGenJS) throw new Error('The PowerPoint writer could not be loaded.');
	return w.PptxGenJS;
}
import type { NativeChart } from '$lib/export/native-chart';
import type { RenderedSlide } from './render';

/** PowerPoint's 16:9 layout, in inches. */
const W = 13.333;
const H = 7.5;
const MARGIN = 0.45;
const FONT = 'Noto Sans';
const INK = '1B1F27';
const MUTED = '4A5261';

interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

const hex = (c: string) => c.replace('#', '').toUpperCase();

/** `maxMin` (first category or rank 1 at the top) is written through as is; the types omit it. */
const orientation = (reversed: boolean) => (reversed ? 'maxMin' : 'minMax') as 'minMax';

function addNative(
	pptx: PptxGenJS,
	slide: PptxGenJS.Slide,
	chart: NativeChart,
	box: Box,
	small: boolean
) {
	const data = chart.series.map((s) => ({
		name: s.name,
		labels: chart.categories,
		// A missing figure stays a gap in the line, never a 0.
		values: s.values.map((v) => (v === null ? (null as unknown as number) : v))
	}));
	const label = small ? 12 : 16;
	slide.addChart(chart.type === 'bar' ? pptx.ChartType.bar : pptx.ChartType.line, data, {
		...box,
		barDir: 'bar',
		chartColors: chart.series.map((s) => hex(s.colour)),
		lineSize: 3,
		lineDataSymbol: 'circle',
		lineDataSymbolSize: 8,
		displayBlanksAs: 'gap',
		showLegend: chart.series.length > 1,
		legendPos: 'b',
		legendFontSize: chart.series.length > 4 ? 12 : label,
		legendFontFace: FONT,
		showTitle: small,
		title: chart.title,
		titleFontSize: label,
		titleFontFace: FONT,
		catAxisLabelFontSize: label,
		catAxisLabelFontFace: FONT,
		catAxisOrientation: orientation(chart.type === 'bar'),
		valAxisLabelFontSize: label,
		valAxisLabelFontFace: FONT,
		valAxisOrientation: orientation(chart.reverse),
		// pptxgenjs writes this on the category axis: with ranks reversed, keep that axis at the bottom.
		valAxisCrossesAt: (chart.reverse ? 'max' : 'autoZero') as 'autoZero',
		valAxisMinVal: chart.reverse ? 1 : undefined,
		showValAxisTitle: true,
		valAxisTitle: chart.valueTitle,
		valAxisTitleFontSize: label,
		valAxisTitleFontFace: FONT,
		valGridLine: { color: 'DDE1E7', size: 1 },
		showValue: chart.type === 'bar',
		dataLabelFontSize: label,
		dataLabelFontFace: FONT
	});
}

/** A list: each series a column of editable text, its name as the column's heading. */
function addList(slide: PptxGenJS.Slide, chart: NativeChart, box: Box) {
	const cols = chart.series.length;
	const w = box.w / cols;
	chart.series.forEach((s, i) =>
		slide.addText(
			[
				{ text: s.name, options: { bold: true, color: hex(s.colour), breakLine: true } },
				...(s.items ?? []).map((t) => ({ text: t, options: { breakLine: true } }))
			],
			{
				x: box.x + i * w,
				y: box.y,
				w: w - 0.2,
				h: box.h,
				fontFace: FONT,
				fontSize: 16,
				color: INK,
				valign: 'top',
				fit: 'shrink',
				paraSpaceAfter: 4
			}
		)
	);
}

/** One chart fills the box; several (the sub-indices) share it two by two. */
function addCharts(pptx: PptxGenJS, slide: PptxGenJS.Slide, charts: NativeChart[], box: Box) {
	if (charts.length === 1 && charts[0]!.type === 'list') return addList(slide, charts[0]!, box);
	if (charts.length === 1) return addNative(pptx, slide, charts[0]!, box, false);
	const cols = 2;
	const rows = Math.ceil(charts.length / cols);
	const w = box.w / cols;
	const h = box.h / rows;
	charts.forEach((c, i) =>
		addNative(
			pptx,
			slide,
			c,
			{ x: box.x + (i % cols) * w, y: box.y + Math.floor(i / cols) * h, w: w - 0.1, h: h - 0.1 },
			true
		)
	);
}

/** The picture of a chart, as large as the box allows at its own shape. */
function addPicture(slide: PptxGenJS.Slide, image: HTMLCanvasElement, box: Box) {
	const scale = Math.min(box.w / image.width, box.h / image.height);
	const w = image.width * scale;
	const h = image.height * scale;
	slide.addImage({
		data: image.toDataURL('image/png'),
		x: box.x + (box.w - w) / 2,
		y: box.y,
		w,
		h
	});
}

export interface DeckSlide {
	rendered: RenderedSlide;
	note: string;
}

export async function buildPptx(slides: DeckSlide[], title: string): Promise<Blob> {
	const Pptx = await loadPptxGenJS();
	const pptx = new Pptx();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = title;
	pptx.company = 'Korea–India e-government dashboard';
	for (const { rendered: r, note } of slides) {
		const slide = pptx.addSlide();
		const w = W - 2 * MARGIN;
		slide.addText(r.title, {
			x: MARGIN,
			y: 0.25,
			w,
			h: 0.9,
			fontFace: FONT,
			fontSize: 30,
			bold: true,
			color: INK,
			fit: 'shrink',
			valign: 'top'
		});
		slide.addText(r.takeaway, {
			x: MARGIN,
			y: 1.15,
			w,
			h: 0.85,
			fontFace: FONT,
			fontSize: 18,
			color: INK,
			fit: 'shrink',
			valign: 'top'
		});
		const chartBox = { x: MARGIN, y: 2.05, w, h: H - 2.05 - 0.8 };
		if (r.native?.length) addCharts(pptx, slide, r.native, chartBox);
		else if (r.chart) addPicture(slide, r.chart.image, chartBox);
		else if (r.body.length)
			slide.addText(
				r.body.map((t) => ({ text: t, options: { breakLine: true } })),
				{ ...chartBox, fontFace: FONT, fontSize: 24, color: INK, valign: 'top' }
			);
		slide.addText(r.sourceLine, {
			x: MARGIN,
			y: H - 0.7,
			w,
			h: 0.55,
			fontFace: FONT,
			fontSize: 12,
			color: MUTED,
			fit: 'shrink',
			valign: 'top'
		});
		if (note) slide.addNotes(note);
	}
	return (await pptx.write({ outputType: 'blob' })) as Blob;
}
