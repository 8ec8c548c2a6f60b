/**
 * The data contract (described for people in data/README.md): the rows' types here, and one
 * schema per CSV file in columns.ts. The parser, the validator and the data dictionary on /data
 * are all generated from those, so the contract has one home.
 * This module must stay free of PapaParse: pages import it.
 */

export type ColumnType =
	| 'text'
	| 'id'
	| 'integer'
	| 'number'
	| 'year'
	| 'date'
	| 'url'
	| 'country'
	| 'enum'
	| 'ids'
	| 'list';

export interface Column {
	name: string;
	type: ColumnType;
	required: boolean;
	/** Allowed values, for `enum` columns. */
	allowed?: readonly string[];
	/** What the column means, shown in the data dictionary. */
	meaning: string;
	/**
	 * For a column added after files were written in this format (files users exported, then
	 * upload again): its value in a file without it, from the row's other columns.
	 */
	olderFiles?: (row: Record<string, unknown>) => unknown;
}

export interface DatasetSchema {
	/** File name without extension; the dataset is `data/<name>.csv`. */
	name: DatasetName;
	title: string;
	description: string;
	/** Columns whose values together identify a row; duplicates are an error. */
	key: readonly string[];
	columns: readonly Column[];
}

export const DATASET_NAMES = [
	'sources',
	'phases',
	'milestones',
	'budget',
	'systems',
	'system_metrics',
	'indices',
	'conversion_factors',
	'programmes',
	'people_metrics'
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** A date at the precision its source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/**
 * What kind of author a source has: `official` (government, parliament, court, statistics office,
 * the UN and its agencies, OECD, World Bank, legislation and budget documents), `research`
 * (peer-reviewed, university, think tank), `press`, `other` (blogs, slide and document-sharing
 * sites, encyclopaedias, aggregators, exam-prep sites).
 */
export const SOURCE_KINDS = ['official', 'research', 'press', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
	source_id: string;
	title: string;
	/** The original author, even when a copy was read. */
	publisher: string;
	year: number | null;
	/** The address of what was actually read: the copy's when `via` is set. */
	url: string;
	accessed: PartialDate;
	/**
	 * Always set for the dashboard's own sources (the column is required); absent for a file the
	 * reader uploaded, whose kind nobody has judged.
	 */
	kind?: SourceKind;
	/** The copy actually read, when it is not the publisher's own page; empty otherwise. */
	via?: string;
	notes: string;
}

/** `row` with only `fields`: what a page ships of a row it shows in part (less inline data). */
export function pick<T, K extends keyof T>(row: T, fields: readonly K[]): Pick<T, K> {
	const out = {} as Pick<T, K>;
	for (const f of fields) out[f] = row[f];
	return out;
}

/** What the timeline shows of a system a milestone links to (name, native name, website). */
export const SYSTEM_REF_FIELDS = ['system_id', 'name', 'native_name', 'url'] as const;
export type SystemRef = Pick<System, (typeof SYSTEM_REF_FIELDS)[number]>;

/** What a page shows of a source (name, year, link): pages ship this; notes stay on /data. */
export const SOURCE_REF_FIELDS = [
	'source_id',
	'title',
	'publisher',
	'year',
	'url',
	'kind',
	'via'
] as const;
export type SourceRef = Pick<Source, (typeof SOURCE_REF_FIELDS)[number]>;

export interface Phase {
	country: string;
	phase_id: string;
	name: string;
	start_year: number;
	/** null = ongoing. */
	end_year: number | null;
	administration: string;
	summary: string;
	key_initiatives: string[];
	source_ids: string[];
}

export const MILESTONE_CATEGORIES = [
	'law',
	'plan',
	'institution',
	'system',
	'infrastructure',
	'budget',
	'ranking',
	'literacy',
	'transparency',
	'participation'
] as const;
export type MilestoneCategory = (typeof MILESTONE_CATEGORIES)[number];

export interface Milestone {
	country: string;
	date: PartialDate;
	title: string;
	category: MilestoneCategory;
	description: string;
	system_id: string;
	source_ids: string[];
}

export const BUDGET_STATUSES = ['actual', 'revised', 'budgeted', 'planned'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

export interface BudgetRow {
	country: string;
	year: number;
	series: string;
	definition: string;
	status: BudgetStatus;
	amount_lcu_m: number | null;
	national_lcu_m: number | null;
	currency: string;
	/** Sources of `amount_lcu_m`: what the row's evidence is. */
	source_ids: string[];
	/** Sources of `national_lcu_m`; empty when there is no total. */
	national_source_ids: string[];
	notes: string;
}

export interface System {
	system_id: string;
	country: string;
	name: string;
	native_name: string;
	function: string;
	launch_date: PartialDate;
	operator: string;
	description: string;
	url: string;
	source_ids: string[];
}

/**
 * What a metric's `year` stands for: a calendar year (or a date in it), an Indian fiscal year
 * (April–March, `2018` = 2018-19) or an Indian assessment year (`2023` = AY 2023-24, the returns
 * for fiscal year 2022-23, filed from April 2023).
 */
export const METRIC_PERIODS = ['calendar_year', 'fiscal_year', 'assessment_year'] as const;
export type MetricPeriod = (typeof METRIC_PERIODS)[number];

/** A figure of a year: what system_metrics.csv and people_metrics.csv rows share. */
export interface MetricFigure {
	metric: string;
	year: number;
	value: number;
	unit: string;
	/** What is counted, without its period: rows of one metric with one definition are one series. */
	definition: string;
	source_ids: string[];
	notes: string;
}

export interface SystemMetric extends MetricFigure {
	system_id: string;
	/** What is measured, in words a reader uses ("E-filed income-tax returns"). */
	title: string;
	period: MetricPeriod;
}

export const INDEX_NAMES = ['EGDI', 'OSI', 'TII', 'HCI', 'EPI', 'GTMI', 'OECD_DGI'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

export interface IndexRow {
	country: string;
	index: IndexName;
	edition: number;
	value: number | null;
	rank: number | null;
	of: number | null;
	source_ids: string[];
	notes: string;
}

/** `fx`: official exchange rate (LCU per US$); `ppp`: PPP conversion factor for GDP (LCU per international $). */
export const CONVERSION_FACTORS = ['fx', 'ppp'] as const;
export type ConversionKind = (typeof CONVERSION_FACTORS)[number];

/** Budget amounts' currencies (ISO 4217). */
export const CURRENCIES = ['KRW', 'INR', 'USD', 'EUR'] as const;

export interface ConversionFactor {
	country: string;
	year: number;
	factor: ConversionKind;
	currency: string;
	/** Units of `currency` per US dollar (`fx`) or per international dollar (`ppp`). */
	value: number;
	source_ids: string[];
	notes: string;
}

/** A digital-literacy drive: its dates, its target and (where a source gives one) its budget. */
export interface Programme {
	country: string;
	programme_id: string;
	name: string;
	start_date: PartialDate;
	/** Empty while it runs or where no source dates its end. */
	end_date: PartialDate;
	/** null where no source gives a target (never 0). */
	target: number | null;
	/** What `target` counts: `people`, `rural households (one person per household)`. */
	target_unit: string;
	budget_lcu_m: number | null;
	currency: string;
	source_ids: string[];
	notes: string;
}

/**
 * A figure about a country's people: trained per programme, internet use, populations (the
 * denominators of shares, which are computed, never stored), disclosure requests, participation.
 */
export interface PeopleMetric extends MetricFigure {
	country: string;
}

export interface RowTypes {
	sources: Source;
	phases: Phase;
	milestones: Milestone;
	budget: BudgetRow;
	systems: System;
	system_metrics: SystemMetric;
	indices: IndexRow;
	conversion_factors: ConversionFactor;
	programmes: Programme;
	people_metrics: PeopleMetric;
}
