/** Rasterises a standalone SVG in the browser, with the UI font inside it. */
import { withEmbeddedFont } from './fonts.ts';
import { chartClone } from './svg.ts';

async function loadImage(plain: string): Promise<HTMLImageElement> {
	const svgMarkup = await withEmbeddedFont(plain);
	return new Promise((resolve, reject) => {
		const url = URL.createObjectURL(new Blob([svgMarkup], { type: 'image/svg+xml' }));
		const img = new Image();
		img.onload = () => {
			URL.revokeObjectURL(url);
			resolve(img);
		};
		img.onerror = () => {
			URL.revokeObjectURL(url);
			reject(new Error('The chart could not be drawn as an image.'));
		};
		img.src = url;
	});
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png')
	);
}

/** At least 2× and at least 1600 px wide, so it stays sharp on a projector and in print. */
export async function svgToPng(svgMarkup: string, width: number, height: number): Promise<Blob> {
	const scale = Math.max(2, 1600 / width);
	const img = await loadImage(svgMarkup);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return canvasBlob(canvas);
}

/** A live chart (in this or another document) drawn at `scale` × its `width` × `height` px. */
export async function chartRaster(
	chart: SVGSVGElement,
	width: number,
	height: number,
	scale: number
): Promise<HTMLCanvasElement> {
	const clone = chartClone(chart);
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const img = await loadImage(new XMLSerializer().serializeToString(clone));
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
	return canvas;
}

export { canvasBlob };
