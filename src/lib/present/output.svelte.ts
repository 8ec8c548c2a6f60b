import type { Slide } from './deck';

/**
 * The deck on paper and as files, for /present: printing, the PowerPoint and PDF downloads, and
 * the status line that reports on them. The page draws the buttons and the frames; this keeps
 * their state.
 */
export class DeckOutput {
	/** What is being drawn, what was downloaded, or why it failed. */
	status = $state('');
	/** A file is being made: the download buttons wait for it. */
	busy = $state(false);
	// The printed deck is a frame per slide, laid out at 1280×720 off-screen when printing starts
	// (Print deck, Ctrl+P): five slide pages loaded up front cost a slow machine 0.7 s of blocked
	// main thread on every visit. A print from the browser's menu comes too soon for them: it
	// prints the deck's list and says how to print the slides, and lays them out for next time.
	/** The print frames are in the page (from the first print on). */
	printFrames = $state(false);
	framesLoaded = $state(0);
	#deck: () => Slide[];

	constructor(deck: () => Slide[]) {
		this.#deck = deck;
	}

	/** Every slide is drawn for paper. */
	get framesReady(): boolean {
		return this.printFrames && this.framesLoaded >= this.#deck().length;
	}

	/** Prints the deck, one slide a page, once its frames are drawn (15 s at most). */
	async print() {
		this.status = 'Preparing the deck for printing…';
		this.printFrames = true;
		const started = Date.now();
		while (this.framesLoaded < this.#deck().length && Date.now() - started < 15_000) {
			await new Promise((r) => setTimeout(r, 100));
		}
		this.status = '';
		window.print();
	}

	async download(format: 'pptx' | 'pdf') {
		if (this.busy) return;
		this.busy = true;
		const deck = $state.snapshot(this.#deck());
		const what = format === 'pptx' ? 'PowerPoint' : 'PDF';
		this.status = `Drawing slide 1 of ${deck.length} for the ${what} file…`;
		try {
			const { downloadDeck } = await import('./export-deck');
			await downloadDeck(deck, format, (done) => {
				if (done < deck.length)
					this.status = `Drawing slide ${done + 1} of ${deck.length} for the ${what} file…`;
			});
			this.status = `${what} deck downloaded: ${deck.length} slides.`;
		} catch (e) {
			this.status = `Could not make the ${what} file: ${e instanceof Error ? e.message : String(e)}`;
		} finally {
			this.busy = false;
		}
	}
}

/** Full screen for the stage, or back from it. */
export async function toggleFullscreen(stage: HTMLElement | undefined) {
	if (document.fullscreenElement) await document.exitFullscreen();
	else await stage?.requestFullscreen?.().catch(() => {});
}
