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
