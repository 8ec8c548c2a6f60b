import { getContext, setContext } from 'svelte';

/**
 * A chart on a projected slide is laid out for the room, not scaled from the page: the slide's
 * frame measures the box its chart gets and hands the chart that box in layout units, `zoom`
 * times smaller than the screen, so every chart's text (≥ 14 in layout units) shows at ≥ 16 px.
 */
export class SlideBox {
	/** True only inside a slide: charts lay out as on a page otherwise. */
	active = $state(false);
	/**
	 * The height, in layout units, the chart would like (0: none). A slide that gives it less
	 * zooms out for it, down to the 16 px floor, before a wide one zooms in (the timeline's lanes).
	 */
	wantHeight = $state(0);
	#px = $state(0);
	#py = $state(0);
	#box = $derived(slideBox(this.#px, this.#py, this.wantHeight));
	/** The chart's box in layout units (CSS px ÷ zoom); 0 until measured. */
	get width() {
		return this.#box.width;
	}
	get height() {
		return this.#box.height;
	}
	get zoom() {
		return this.#box.zoom;
	}

	/** Measures `el` (the chart's box on the slide) whenever it changes size. */
	measure = (el: HTMLElement) => {
		const read = () => {
			this.#px = el.clientWidth;
			this.#py = el.clientHeight;
		};
		read();
		if (typeof ResizeObserver === 'undefined') return;
		const observer = new ResizeObserver(read);
		observer.observe(el);
		return () => observer.disconnect();
	};
}

/** Layout text is ≥ 14 units; 16 px on a slide needs at least this zoom. */
export const SLIDE_MIN_ZOOM = 16 / 14 + 0.02;
/** The width charts are designed for: a wide slide zooms in rather than spreading them thinner. */
export const SLIDE_LAYOUT_WIDTH = 1000;

/** The layout box and zoom for a chart box of `px × py` CSS pixels (see `wantHeight`). */
export function slideBox(px: number, py: number, wantHeight = 0) {
	const wide = px / SLIDE_LAYOUT_WIDTH;
	const zoom = Math.max(SLIDE_MIN_ZOOM, wantHeight ? Math.min(wide, py / wantHeight) : wide);
	return { zoom, width: Math.floor(px / zoom), height: Math.floor(py / zoom) };
}

const KEY = Symbol('slide-box');

export function setSlideBox(box: SlideBox) {
	setContext(KEY, box);
}

/** The slide box a chart is drawn in, when it is on a slide and measured; else null. */
export function getSlideBox(): SlideBox | undefined {
	return getContext<SlideBox | undefined>(KEY);
}
