/**
 * Arrow-key movement within a chart's marks, shared by the comparison views: one tab stop per
 * chart, arrows move between marks. Returns the new index, or null when the key is not ours.
 */
export function moveIndex(key: string, current: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return Math.min(count - 1, current + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
			return Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/**
 * A chart's arrow keys: moves focus to the mark `data-index` names and returns its index, or null
 * when the key is not one of ours (then the event goes on as usual).
 */
export function roveFocus(event: KeyboardEvent, current: number, count: number): number | null {
	const next = moveIndex(event.key, current, count);
	if (next === null) return null;
	event.preventDefault();
	const target = event.currentTarget as SVGElement;
	const root = target instanceof SVGSVGElement ? target : (target.ownerSVGElement ?? target);
	root.querySelector<SVGElement>(`[data-index="${next}"]`)?.focus();
	return next;
}
