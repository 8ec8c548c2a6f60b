/** Lowercase, ASCII, hyphen-separated: safe in every file system and URL. */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * A file name that says what it holds: `korea-india-egdi-rank-2003-2024`. The years are the span
 * of the rows shown, so a zoomed or filtered view gets its own name.
 */
export function fileStem(chartId: string, years: number[] = [], countries = 'korea-india'): string {
	const finite = years.filter((y) => Number.isFinite(y));
	const span =
		finite.length === 0
			? ''
			: Math.min(...finite) === Math.max(...finite)
				? `-${Math.min(...finite)}`
				: `-${Math.min(...finite)}-${Math.max(...finite)}`;
	return `${countries}-${slug(chartId)}${span}`;
}
