/** Rasterises a standalone SVG in the browser. */

function loadImage(svgMarkup: string): Promise<HTMLImageElement> {
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

/** A 16:9 slide, 1920×1080, the chart centred on white with a margin. */
export async function svgToSlide(svgMarkup: string, width: number, height: number): Promise<Blob> {
	const W = 1920;
	const H = 1080;
	const margin = 60;
	const scale = Math.min((W - 2 * margin) / width, (H - 2 * margin) / height);
	const img = await loadImage(svgMarkup);
	const canvas = document.createElement('canvas');
	canvas.width = W;
	canvas.height = H;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, W, H);
	const w = width * scale;
	const h = height * scale;
	ctx.drawImage(img, (W - w) / 2, (H - h) / 2, w, h);
	return canvasBlob(canvas);
}
