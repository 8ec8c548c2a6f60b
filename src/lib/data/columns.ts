import {
	BUDGET_STATUSES,
	CONVERSION_FACTORS,
	CURRENCIES,
	INDEX_NAMES,
	METRIC_PERIODS,
	MILESTONE_CATEGORIES,
	SOURCE_KINDS,
	type Column,
	type ColumnType,
	type DatasetName,
	type DatasetSchema
} from './schema.ts';

/**
 * The data contract's columns, file by file (the types of the rows are in schema.ts): what the
 * parser reads, the validator checks, and the data dictionary on /data and in data/README.md
 * says. One home for each column's name, type, whether it is required and what it means.
 * This module must stay free of PapaParse: pages import it.
 */

const sourceIds: Column = {
	name: 'source_ids',
	type: 'ids',
	required: true,
	meaning: 'Sources of this row, `;`-separated; each is a `source_id` in sources.csv.'
};
const country: Column = {
	name: 'country',
	type: 'country',
	required: true,
	meaning: 'ISO 3166-1 alpha-3 country code (`KOR`, `IND`, ...).'
};
const notes: Column = {
	name: 'notes',
	type: 'text',
	required: false,
	meaning: 'Caveats, and what other sources say where they disagree.'
};

export const SCHEMAS: { readonly [N in DatasetName]: DatasetSchema & { name: N } } = {
	sources: {
		name: 'sources',
		title: 'Sources',
		description: 'Every document a figure comes from. Every row of every other file cites these.',
		key: ['source_id'],
		columns: [
			{ name: 'source_id', type: 'id', required: true, meaning: 'Stable id cited by other files.' },
			{ name: 'title', type: 'text', required: true, meaning: 'Title of the document or page.' },
			{
				name: 'publisher',
				type: 'text',
				required: true,
				meaning: 'The original author, also when a copy was read (UN DESA for its survey data).'
			},
			{ name: 'year', type: 'year', required: false, meaning: 'Year of publication.' },
			{
				name: 'url',
				type: 'url',
				required: true,
				meaning: 'The address of what was read (http or https): the copy, when `via` names one.'
			},
			{
				name: 'accessed',
				type: 'date',
				required: true,
				meaning:
					'When the figure was recorded from it; `notes` says whether the page was re-opened then.'
			},
			{
				name: 'kind',
				type: 'enum',
				required: true,
				allowed: SOURCE_KINDS,
				meaning:
					"The original author's kind: `official` (government, parliament, court, statistics office, UN agencies, OECD, World Bank, legislation, budget documents), `research` (peer-reviewed, university, think tank), `press`, `other` (blogs, slide and document-sharing sites, encyclopaedias, aggregators)."
			},
			{
				name: 'via',
				type: 'text',
				required: false,
				meaning:
					"The copy actually read when it is not the publisher's own page (a GitHub copy of UN data, a Scribd copy of a slide deck); `url` is then the copy's address. Empty when the publisher's own page was read."
			},
			{ ...notes, meaning: 'Reliability, language, whether it is a secondary source.' }
		]
	},
	phases: {
		name: 'phases',
		title: 'Phases',
		description: "Each country's e-government phases, as periods of years.",
		key: ['phase_id'],
		columns: [
			country,
			{ name: 'phase_id', type: 'id', required: true, meaning: 'Unique id of the phase.' },
			{ name: 'name', type: 'text', required: true, meaning: 'Name of the phase.' },
			{ name: 'start_year', type: 'year', required: true, meaning: 'First year of the phase.' },
			{
				name: 'end_year',
				type: 'year',
				required: false,
				meaning: 'Last year of the phase; empty while it is ongoing. Not before `start_year`.'
			},
			{
				name: 'administration',
				type: 'text',
				required: false,
				meaning: 'Government(s) in office during the phase.'
			},
			{ name: 'summary', type: 'text', required: true, meaning: 'What the phase did.' },
			{
				name: 'key_initiatives',
				type: 'list',
				required: false,
				meaning: 'Main initiatives of the phase, `;`-separated.'
			},
			sourceIds
		]
	},
	milestones: {
		name: 'milestones',
		title: 'Milestones',
		description:
			"Dated events: laws, plans, institutions, system launches, budgets, rankings, and the people's side (literacy, transparency, participation).",
		key: ['country', 'date', 'title'],
		columns: [
			country,
			{
				name: 'date',
				type: 'date',
				required: true,
				meaning: 'When it happened, at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.'
			},
			{ name: 'title', type: 'text', required: true, meaning: 'Short title of the event.' },
			{
				name: 'category',
				type: 'enum',
				required: true,
				allowed: MILESTONE_CATEGORIES,
				meaning:
					"Kind of event; `literacy`, `transparency` and `participation` are the people's side: digital-literacy drives and school ICT education, information disclosure, and citizens taking part in policy."
			},
			{ name: 'description', type: 'text', required: false, meaning: 'What happened.' },
			{
				name: 'system_id',
				type: 'id',
				required: false,
				meaning: 'The system in systems.csv this event concerns, if any.'
			},
			sourceIds
		]
	},
	budget: {
		name: 'budget',
		title: 'Budget',
		description:
			'E-government and IT budget lines with the national total expenditure of the same year. ' +
			'The share is computed by the dashboard, never stored.',
		key: ['country', 'year', 'series', 'status'],
		columns: [
			country,
			{
				name: 'year',
				type: 'year',
				required: true,
				meaning: 'Budget year; for Indian fiscal years the first calendar year (2015 = 2015-16).'
			},
			{
				name: 'series',
				type: 'id',
				required: true,
				meaning: 'Series id; it changes where the definition breaks, and lines never cross it.'
			},
			{ name: 'definition', type: 'text', required: true, meaning: 'What the amount covers.' },
			{
				name: 'status',
				type: 'enum',
				required: true,
				allowed: BUDGET_STATUSES,
				meaning: 'Whether the amount was spent, revised, budgeted or planned.'
			},
			{
				name: 'amount_lcu_m',
				type: 'number',
				required: false,
				meaning: 'Amount in millions of local currency; empty if unknown.'
			},
			{
				name: 'national_lcu_m',
				type: 'number',
				required: false,
				meaning: 'National (central/Union) total expenditure of the same year, millions.'
			},
			{
				name: 'currency',
				type: 'enum',
				required: true,
				allowed: CURRENCIES,
				meaning: 'ISO 4217 currency code of both amounts.'
			},
			{
				...sourceIds,
				meaning:
					"Sources of the amount (`amount_lcu_m`), `;`-separated: the row's evidence. Each is a `source_id` in sources.csv."
			},
			{
				name: 'national_source_ids',
				type: 'ids',
				required: false,
				meaning:
					'Sources of the national total (`national_lcu_m`), `;`-separated; required with a total, empty without one. A source that states both is in both columns. A share is only as strong as the weaker of the two. A file without this column (written before it) takes its `source_ids` here.',
				// Before this column, `source_ids` held the sources of both figures.
				olderFiles: (row) => (row.national_lcu_m == null ? [] : row.source_ids)
			},
			notes
		]
	},
	systems: {
		name: 'systems',
		title: 'Systems',
		description:
			"Each country's flagship e-government systems, paired across countries by function.",
		key: ['system_id'],
		columns: [
			{ name: 'system_id', type: 'id', required: true, meaning: 'Unique id of the system.' },
			country,
			{ name: 'name', type: 'text', required: true, meaning: 'English name.' },
			{
				name: 'native_name',
				type: 'text',
				required: false,
				meaning: 'Name in Hangul or Devanagari, where one exists.'
			},
			{
				name: 'function',
				type: 'id',
				required: true,
				meaning:
					'What it does; systems with the same function are compared (`tax`, `identity`, ...).'
			},
			{
				name: 'launch_date',
				type: 'date',
				required: false,
				meaning: 'When it went live; empty where no source gives a date.'
			},
			{ name: 'operator', type: 'text', required: false, meaning: 'Who runs it.' },
			{ name: 'description', type: 'text', required: false, meaning: 'What it does.' },
			{ name: 'url', type: 'url', required: false, meaning: 'The official site.' },
			sourceIds
		]
	},
	system_metrics: {
		name: 'system_metrics',
		title: 'System metrics',
		description: 'Usage figures for the flagship systems, as time series where sources allow.',
		key: ['system_id', 'metric', 'year'],
		columns: [
			{
				name: 'system_id',
				type: 'id',
				required: true,
				meaning: 'The system in systems.csv.'
			},
			{
				name: 'metric',
				type: 'id',
				required: true,
				meaning: 'Id of what is measured, stable across years (`efiled_returns`).'
			},
			{
				name: 'title',
				type: 'text',
				required: true,
				meaning:
					'What is measured, in words a reader uses (`E-filed income-tax returns`); one title per system and metric.'
			},
			{
				name: 'year',
				type: 'year',
				required: true,
				meaning: 'Year of the figure, read with `period`; a figure at a date counts in its year.'
			},
			{
				name: 'period',
				type: 'enum',
				required: true,
				allowed: METRIC_PERIODS,
				meaning:
					'What `year` stands for: `calendar_year`, `fiscal_year` (Indian, April–March: 2018 = 2018-19) or `assessment_year` (2023 = AY 2023-24).'
			},
			{
				name: 'value',
				type: 'number',
				required: true,
				meaning: 'The figure, as precise as its source gives it and no more.'
			},
			{
				name: 'unit',
				type: 'text',
				required: true,
				meaning:
					'Unit of `value`, in words: `percent`, `suppliers`, `million returns`, `₹ crore`, `KRW trillion`; one unit per system and metric.'
			},
			{
				name: 'definition',
				type: 'text',
				required: true,
				meaning:
					'Exactly what is counted, and of what, without the period (an as-of date goes in `notes`): a series breaks where this changes.'
			},
			sourceIds,
			notes
		]
	},
	indices: {
		name: 'indices',
		title: 'International indices',
		description: 'UN E-Government Survey indices, the World Bank GTMI and the OECD DGI.',
		key: ['country', 'index', 'edition'],
		columns: [
			country,
			{
				name: 'index',
				type: 'enum',
				required: true,
				allowed: INDEX_NAMES,
				meaning: 'Which index.'
			},
			{ name: 'edition', type: 'year', required: true, meaning: 'Survey or edition year.' },
			{ name: 'value', type: 'number', required: false, meaning: 'Score as published.' },
			{ name: 'rank', type: 'integer', required: false, meaning: 'World rank, 1 = best.' },
			{ name: 'of', type: 'integer', required: false, meaning: 'Number of countries ranked.' },
			sourceIds,
			notes
		]
	},
	conversion_factors: {
		name: 'conversion_factors',
		title: 'Currency conversion factors',
		description:
			'Factors that turn budget amounts into US dollars on /budget: the official exchange rate ' +
			'and the PPP conversion factor for GDP, per country and calendar year.',
		key: ['country', 'year', 'factor'],
		columns: [
			country,
			{
				name: 'year',
				type: 'year',
				required: true,
				meaning:
					"Calendar year of the factor; India's fiscal year is converted at the factor of the year it starts in (2015-16 at 2015)."
			},
			{
				name: 'factor',
				type: 'enum',
				required: true,
				allowed: CONVERSION_FACTORS,
				meaning:
					'`fx`: official exchange rate, local currency per US$, annual average (World Bank PA.NUS.FCRF); `ppp`: PPP conversion factor for GDP, local currency per international $ (PA.NUS.PPP).'
			},
			{
				name: 'currency',
				type: 'enum',
				required: true,
				allowed: CURRENCIES,
				meaning:
					'ISO 4217 code of the local currency; the same as the budget amounts of the country.'
			},
			{
				name: 'value',
				type: 'number',
				required: true,
				meaning:
					'Units of local currency per dollar, as the source prints it (never rounded); greater than 0. A US$ amount is the local amount divided by it.'
			},
			sourceIds,
			notes
		]
	},
	programmes: {
		name: 'programmes',
		title: 'Literacy programmes',
		description:
			"Each country's national digital-literacy drives, with their dates, targets and budgets.",
		key: ['programme_id'],
		columns: [
			country,
			{ name: 'programme_id', type: 'id', required: true, meaning: 'Unique id of the programme.' },
			{ name: 'name', type: 'text', required: true, meaning: 'English name.' },
			{
				name: 'start_date',
				type: 'date',
				required: true,
				meaning: 'When it began (approval or first training), at the precision the source gives.'
			},
			{
				name: 'end_date',
				type: 'date',
				required: false,
				meaning: 'When it ended; empty while it runs. Not before `start_date`.'
			},
			{
				name: 'target',
				type: 'number',
				required: false,
				meaning: 'How many it set out to reach; empty where no source gives a target.'
			},
			{
				name: 'target_unit',
				type: 'text',
				required: false,
				meaning:
					'What `target` counts (`people`, `rural households (one person per household)`); required with a target.'
			},
			{
				name: 'budget_lcu_m',
				type: 'number',
				required: false,
				meaning: 'Approved outlay in millions of local currency; empty if no source gives it.'
			},
			{
				name: 'currency',
				type: 'enum',
				required: true,
				allowed: CURRENCIES,
				meaning: 'ISO 4217 currency code of `budget_lcu_m`.'
			},
			sourceIds,
			notes
		]
	},
	people_metrics: {
		name: 'people_metrics',
		title: 'People metrics',
		description:
			'Figures about the people: trained per programme, internet use, population (the denominator of every share), disclosure requests, participation.',
		key: ['country', 'metric', 'year'],
		columns: [
			country,
			{
				name: 'metric',
				type: 'id',
				required: true,
				meaning:
					"What is measured; a programme's counts carry its name (`pmgdisha_trained`), and one measure from two definitions has two ids (`internet_users_pct`, `internet_users_pct_survey`)."
			},
			{
				name: 'year',
				type: 'year',
				required: true,
				meaning:
					"Year; Indian fiscal years by their first year; a cumulative count as on a date by that date's year (`definition` says which)."
			},
			{ name: 'value', type: 'number', required: true, meaning: 'The figure.' },
			{
				name: 'unit',
				type: 'text',
				required: true,
				meaning: 'Unit of `value`; a `percent…` unit holds values from 0 to 100.'
			},
			{
				name: 'definition',
				type: 'text',
				required: true,
				meaning: 'Exactly what is counted, and of what.'
			},
			sourceIds,
			notes
		]
	}
};

/** What a column's type means, in the words of the data dictionary and of error messages. */
export const TYPE_DESCRIPTIONS: Record<ColumnType, string> = {
	text: 'any text',
	id: 'an id of lowercase letters, digits, `-` and `_`',
	integer: 'a whole number',
	number: 'a number with `.` as decimal point, no thousands separators',
	year: 'a four-digit year',
	date: 'a date: YYYY, YYYY-MM or YYYY-MM-DD',
	url: 'an http(s) URL',
	country: 'a three-letter ISO 3166-1 alpha-3 code',
	enum: 'one of the allowed values',
	ids: 'ids separated by `;`',
	list: 'items separated by `;`'
};
