/** How big a file the browser reads, and how much it keeps. Stated in the UI and the README. */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

/** Imported values kept in the browser, over all datasets (IndexedDB holds them). */
export const MAX_STORED_VALUES = 1_000_000;

/** Problems kept with their line and column; beyond this only their count per group is kept. */
export const MAX_PROBLEM_EXAMPLES = 200;

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The refusal for a file above the limit, or null when it may be read. */
export function sizeRefusal(bytes: number): string | null {
	if (bytes <= MAX_FILE_BYTES) return null;
	return `The file is ${formatBytes(bytes)}; files up to ${formatBytes(MAX_FILE_BYTES)} can be read. Split it or keep only the rows you need.`;
}
