import { sameDomain, type Domain } from './zoom';

/**
 * The timeline's view as it moves, without a DOM: what the chart shows while a pointer zooms or
 * pans (motion frames on a canvas, see motion.ts), and when the SVG takes the view over. A step
 * of a gesture is drawn as a frame and committed once the gesture has been still for `settleMs`;
 * any other change of view (a key, a button, the address) ends the motion and commits at once.
 */
export interface ViewportHooks<L> {
	/** Lays out and draws a motion frame for `d`; null where there is no canvas to draw on. */
	frame(d: Domain): L | null;
	/** Hands `d` to the page (the SVG then draws it); resolves once it has. */
	commit(d: Domain): void | Promise<void>;
	/** The motion canvas is shown (true) or cleared and hidden (false). */
	moving(on: boolean): void;
}

export class Viewport<L extends { domain: Domain }> {
	/** The frame a gesture has reached but the SVG not yet, or null. */
	motion: L | null = null;
	private settle: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private hooks: ViewportHooks<L>,
		private settleMs = 150
	) {}

	/** What the reader sees: the motion frame while there is one, else `svg`. */
	shown(svg: L): L {
		return this.motion ?? svg;
	}

	/** A new view: `live` for a step of a pointer gesture, drawn as a motion frame if it can be. */
	set(d: Domain, svg: L, live = false): void {
		if (sameDomain(d, this.shown(svg).domain)) return;
		if (live) {
			const frame = this.hooks.frame(d);
			if (frame) {
				this.motion = frame;
				this.hooks.moving(true);
				clearTimeout(this.settle);
				this.settle = setTimeout(() => void this.end(true), this.settleMs);
				return;
			}
		}
		void this.end(false);
		void this.hooks.commit(d);
	}

	/** Ends the motion: its last view goes to the page (`commit`), or is dropped. */
	async end(commit: boolean): Promise<void> {
		clearTimeout(this.settle);
		const m = this.motion;
		this.motion = null;
		if (!m) return;
		if (commit) {
			await this.hooks.commit(m.domain);
			if (this.motion) return; // a new gesture began meanwhile: its canvas stays
		}
		this.hooks.moving(false);
	}

	/** The chart is going: no timer may fire after it. */
	destroy(): void {
		clearTimeout(this.settle);
	}
}
