/** `2015` for Korea, `2015-16` for an Indian fiscal year (which starts in April). */
export function budgetYearLabel(country: string, year: number): string {
	if (country !== 'IND') return String(year);
	return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

/** A year span: `1987–1996`, or `2022–` while ongoing. */
export function yearSpan(start: number, end: number | null): string {
	return end === null ? `${start}–` : start === end ? String(start) : `${start}–${end}`;
}
