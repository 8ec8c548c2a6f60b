import {
	evidenceCell,
	evidenceOf,
	partsEvidenceCell,
	type EvidencePart
} from '../data/evidence.ts';
import type { SourceRef } from '../data/schema.ts';

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
	/**
	 * When the fact is computed from figures with sources of their own (a share: an amount over a
	 * total), each figure and its sources: the Evidence cell then says what each rests on, not
	 * the strongest source of all of them.
	 */
	evidence?: EvidencePart[];
}

export interface ChartTable {
	columns: TableColumn[];
	rows: TableRow[];
}

/** A cell as text: empty for unknown, never "null" or "0". */
export function cellText(cell: Cell | undefined): string {
	return cell === null || cell === undefined ? '' : String(cell);
}

/** The Evidence cell of a row, in the table and the CSV alike: per part when it has parts. */
export function rowEvidence(row: TableRow, sources: Record<string, SourceRef | undefined>): string {
	return row.evidence
		? partsEvidenceCell(row.evidence, sources)
		: evidenceCell(evidenceOf(row.source_ids, sources));
}
