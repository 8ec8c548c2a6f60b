/**
 * The rows a chart shows, one fact per row: what "Show table" displays, "Download CSV" writes and
 * the screen-reader table carries. Every chart builds one from the same state it draws from.
 */
export type Cell = string | number | null;

export interface TableColumn {
	key: string;
	label: string;
	/** Right-align and use tabular figures. */
	numeric?: boolean;
}

export interface TableRow {
	cells: Record<string, Cell>;
	/** Sources of this fact; the CSV gets their titles and URLs. */
	source_ids: string[];
}

export interface ChartTable {
	columns: TableColumn[];
	rows: TableRow[];
}

/** A cell as text: empty for unknown, never "null" or "0". */
export function cellText(cell: Cell | undefined): string {
	return cell === null || cell === undefined ? '' : String(cell);
}
