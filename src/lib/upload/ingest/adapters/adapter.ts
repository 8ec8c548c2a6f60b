import type { UploadData } from '../../types.ts';
import type { Collector } from '../collector.ts';

/** Reads the data rows of one recognised format, one row at a time (files are streamed). */
export interface RowAdapter {
	row(cells: string[], line: number): void;
	finish(): UploadData & { rowsGood: number; valueCount: number };
}

export interface AdapterContext {
	collector: Collector;
	decimalComma: boolean;
	sourceId: string;
	fileName: string;
}

export const norm = (s: string) => s.trim().toLowerCase();
/** What happens to a bad cell in a public download: the cell goes, the row stays. */
export const CELL_LEFT_OUT = "this value is left out, the row's other values are kept";
