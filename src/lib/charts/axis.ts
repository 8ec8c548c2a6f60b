import { textWidth } from './text';

export interface Tick {
	x: number;
	text: string;
}

/**
 * The ticks of an axis whose labels (centred on their x, `size` px) keep `gap` px apart and stay
 * within [left, right]: the first and last always, then from the left every tick that fits. A
 * first or last label that would cross an edge is dropped only if nothing else is left.
 */
export function thinTicks<T extends Tick>(
	ticks: readonly T[],
	size: number,
	opts: { gap?: number; left?: number; right?: number; weight?: number } = {}
): T[] {
	const gap = opts.gap ?? 6;
	const half = (t: T) => textWidth(t.text, size, opts.weight) / 2;
	const inside = (t: T) =>
		(opts.left === undefined || t.x - half(t) >= opts.left) &&
		(opts.right === undefined || t.x + half(t) <= opts.right);
	const shown = ticks.filter(inside);
	if (shown.length <= 2) return shown;
	const last = shown.at(-1)!;
	const kept: T[] = [shown[0]!];
	for (const t of shown.slice(1, -1)) {
		const prev = kept.at(-1)!;
		const clearsPrev = t.x - half(t) - (prev.x + half(prev)) >= gap;
		const clearsLast = last.x - half(last) - (t.x + half(t)) >= gap;
		if (clearsPrev && clearsLast) kept.push(t);
	}
	const prev = kept.at(-1)!;
	if (last.x - half(last) - (prev.x + half(prev)) >= gap) kept.push(last);
	return kept;
}
