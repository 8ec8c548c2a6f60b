import type { Problem } from '../data/problems.ts';
import type { DatasetName, RowTypes } from '../data/schema.ts';

/** The formats an upload is recognised as, from its header. */
export type FormatId = 'own' | 'egov' | 'wdi' | 'owid';

/** One indicator for one country over years: what WDI and OWID files hold. */
export interface IndicatorSeries {
	/** Indicator code as the file gives it (`IT.NET.USER.ZS`), or the OWID column name. */
	code: string;
	/** Indicator name as the file gives it. */
	name: string;
	country: string;
	/** [year, value] pairs, ascending by year; missing years are absent, never 0. */
	points: [number, number][];
	/** `day` for OWID daily files: the first of each pair is then days since 1970-01-01. */
	period?: 'day';
	/** The dataset (and source id) it came from. */
	source_id: string;
}

/** Rows of the dashboard's own tables, as the schemas type them. */
export type UploadTables = { [N in DatasetName]?: RowTypes[N][] };

/** Good rows of one file, normalised: what is persisted and merged. */
export interface UploadData {
	tables: UploadTables;
	series: IndicatorSeries[];
}

/** Problems that are alike (same column, same kind), counted, with the first few as examples. */
export interface ProblemGroup {
	/** `E-Government Index … is not a number` */
	title: string;
	columnName: string;
	expected: string;
	count: number;
	examples: Problem[];
}

export interface UploadResult {
	fileName: string;
	bytes: number;
	/** Id of the dataset (and its source id), e.g. `upload-egov-data-2024-lx2k`. */
	id: string;
	encoding: string | null;
	delimiter: string | null;
	format: FormatId | null;
	/** What the file was recognised as, in words. */
	formatLabel: string;
	/** Data rows in the file (not counting header, preamble and blank lines). */
	rowsRead: number;
	/** Rows that were read without a problem. */
	rowsGood: number;
	/** Numbers (index scores, indicator values) or table rows kept. */
	valueCount: number;
	/** Countries in the good rows: ISO3 and display name. */
	countries: { code: string; name: string }[];
	/** Names that match no country: listed, never dropped silently. */
	unmatched: { name: string; line: number; rows: number }[];
	/** Aggregates recognised and left out (World, regions, income groups). */
	aggregates: string[];
	/** Things the user should know that are not problems (repeated rows ignored, ...). */
	notes: string[];
	problemCount: number;
	groups: ProblemGroup[];
	/** The whole file is unusable (encoding, binary, unknown header, empty): nothing to import. */
	fatal: boolean;
	/**
	 * The problems are the user's to decide (their own file: bad dates, say), so importing the
	 * good rows waits for a click. Problems of a public download (a value out of range, an unknown
	 * name) are the source's: reported with line and column, and the rest is imported at once.
	 */
	blocking: boolean;
	data: UploadData;
}

/** An imported dataset as the browser lists it: its rows are stored apart, in chunks. */
export interface DatasetMeta {
	id: string;
	fileName: string;
	format: FormatId;
	formatLabel: string;
	importedAt: string;
	rows: number;
	valueCount: number;
	countries: { code: string; name: string }[];
	/** Whether rows with problems were left out on import (the user chose so). */
	partial: boolean;
	/** Chunks its rows are stored in. */
	chunks: number;
	/** About how much storage its rows take (their JSON length). */
	bytes: number;
}

/** An imported dataset with its rows. */
export interface StoredDataset extends DatasetMeta {
	data: UploadData;
}
