import type { LaneLayout } from './layout';

/**
 * Where a dense lane's canvas sits (canvas.ts draws it): apart from the drawing code, which
 * loads only once a lane is dense, because the chart places the canvas box from the first paint.
 */
export interface CanvasBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The part of a lane its canvas covers: the band of marks, a little wider than the plot. */
export function canvasBox(lane: LaneLayout): CanvasBox {
	return {
		x: lane.marksBand.x - 12,
		y: lane.marksBand.y,
		width: lane.marksBand.width + 24,
		height: lane.marksBand.height
	};
}
