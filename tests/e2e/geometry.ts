import type { Frame, Page } from '@playwright/test';

/**
 * What a person sees of a chart's text: reads the rendered boxes of every visible `<text>` in the
 * page's charts and names each label that overlaps or comes within `gap` px of another beside
 * it, runs outside its chart, or renders smaller than `minPx`. Pure reading, no allow-list.
 */
export interface TextProblem {
	chart: string;
	kind: 'overlap' | 'clip' | 'small';
	text: string;
	detail: string;
}

export interface GeometryOptions {
	/** Smallest rendered font size, in CSS px. */
	minPx: number;
	/** Closest two labels may come side by side, in CSS px. */
	gap?: number;
	/** Where the charts are: a CSS selector of their roots. */
	root?: string;
}

export async function textProblems(
	page: Page | Frame,
	options: GeometryOptions
): Promise<TextProblem[]> {
	return page.evaluate(
		({ minPx, gap, root }) => {
			const problems: {
				chart: string;
				kind: 'overlap' | 'clip' | 'small';
				text: string;
				detail: string;
			}[] = [];
			const visible = (el: Element) => {
				const s = getComputedStyle(el);
				if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0)
					return false;
				for (let p: Element | null = el; p; p = p.parentElement) {
					const ps = getComputedStyle(p);
					if (ps.display === 'none' || Number(ps.opacity) === 0) return false;
					if (p.hasAttribute('hidden')) return false;
				}
				return true;
			};
			const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
			for (const frame of document.querySelectorAll(root)) {
				const chart =
					frame.getAttribute('data-chart-id') ?? frame.querySelector('h2,h1')?.textContent ?? '?';
				for (const svg of frame.querySelectorAll('svg')) {
					if (!visible(svg) || svg.closest('[aria-hidden="true"] svg, .legend-swatch')) continue;
					const box = svg.getBoundingClientRect();
					if (box.width < 2 || box.height < 2) continue;
					// The box a reader sees the chart in: its svg, cut by any scrolling ancestor.
					let clipBox = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
					for (let p = svg.parentElement; p && p !== frame.parentElement; p = p.parentElement) {
						const s = getComputedStyle(p);
						if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
							const r = p.getBoundingClientRect();
							clipBox = {
								left: Math.max(clipBox.left, r.left),
								right: Math.min(clipBox.right, r.right),
								top: Math.max(clipBox.top, r.top),
								bottom: Math.min(clipBox.bottom, r.bottom)
							};
						}
					}
					// A text box runs from the font's ascender to its descender (Noto Sans: 1.069 and 0.293
					// em, so the baseline is 21.5% of the box up from its bottom); letters sit between the
					// cap height and the descent. Two lines touch when those bands do, not their boxes.
					const labels: {
						text: string;
						r: { left: number; right: number; top: number; bottom: number };
					}[] = [];
					for (const t of svg.querySelectorAll('text')) {
						const text = (t.textContent ?? '').trim();
						if (!text || !visible(t)) continue;
						const r = t.getBoundingClientRect();
						if (r.width === 0 || r.height === 0) continue;
						const size =
							parseFloat(getComputedStyle(t).fontSize) *
							((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1);
						if (size < minPx - 0.05)
							problems.push({
								chart,
								kind: 'small',
								text: short(text),
								detail: `${size.toFixed(1)} px`
							});
						const out =
							r.left < clipBox.left - 0.5 ||
							r.right > clipBox.right + 0.5 ||
							r.top < clipBox.top - 0.5 ||
							r.bottom > clipBox.bottom + 0.5;
						if (out)
							problems.push({
								chart,
								kind: 'clip',
								text: short(text),
								detail: `text ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}, chart ${Math.round(clipBox.left)}–${Math.round(clipBox.right)} × ${Math.round(clipBox.top)}–${Math.round(clipBox.bottom)}`
							});
						const baseline = r.bottom - r.height * 0.215;
						labels.push({
							text,
							r: {
								left: r.left,
								right: r.right,
								top: baseline - 0.72 * size,
								bottom: baseline + 0.22 * size
							}
						});
					}
					for (let i = 0; i < labels.length; i++)
						for (let j = i + 1; j < labels.length; j++) {
							const a = labels[i]!.r;
							const b = labels[j]!.r;
							// Side by side: their lines share height; then they must keep `gap` apart.
							const vOverlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
							const hGap = Math.max(a.left, b.left) - Math.min(a.right, b.right);
							if (vOverlap > 1 && hGap < gap)
								problems.push({
									chart,
									kind: 'overlap',
									text: `${short(labels[i]!.text)} / ${short(labels[j]!.text)}`,
									detail:
										hGap < 0 ? `overlap ${(-hGap).toFixed(1)} px` : `${hGap.toFixed(1)} px apart`
								});
						}
				}
			}
			return problems;
		},
		{ minPx: options.minPx, gap: options.gap ?? 3, root: options.root ?? 'figure.chart-frame' }
	);
}
