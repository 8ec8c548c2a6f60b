import type { ChartTable, TableRow } from '../charts/table';
import { countryName } from '../data/countries';
import type { Milestone, PeopleMetric, Programme } from '../data/schema';
import type { Bar } from '../overview/headlines';
import type { Comparison } from '../compare/lags';
import { USE_PEOPLE_METRICS } from './use';

/**
 * The people's side of e-government (issue 22), as the /people view and the overview read it:
 * the literacy drives as a share of population, internet use, and the transparency and
 * participation milestones. Every share is computed here, once, from sourced rows.
 */

/**
 * A drive's counts of people trained. The data has no programme column in people_metrics.csv:
 * each count's metric id names its drive, and this list says which programmes a count covers
 * (Korea's 25.6 million cover both of its drives).
 */
export interface Drive {
	key: string;
	country: string;
	/** The cumulative count of people trained. */
	metric: string;
	/** The programmes in programmes.csv the count covers (their dates and targets). */
	programmes: string[];
	/** Short name, written beside its marks. */
	short: string;
}

export const DRIVES: readonly Drive[] = [
	{
		key: 'kor-infoedu',
		country: 'KOR',
		metric: 'infoedu_trained',
		programmes: ['kor-infoedu-10m', 'kor-infoedu-2nd'],
		short: 'Informatization education'
	},
	{
		key: 'ind-ndlm-disha',
		country: 'IND',
		metric: 'ndlm_disha_trained',
		programmes: ['ind-ndlm-disha'],
		short: 'NDLM and DISHA'
	},
	{
		key: 'ind-pmgdisha',
		country: 'IND',
		metric: 'pmgdisha_trained',
		programmes: ['ind-pmgdisha'],
		short: 'PMGDISHA'
	}
];

/** The World Bank/ITU series (WDI IT.NET.USER.ZS): individuals using the Internet, % of population. */
export const INTERNET_METRIC = 'internet_users_pct';
export const POPULATION_METRIC = 'population';
export const RURAL_HOUSEHOLDS_METRIC = 'rural_households';
/** The metrics the view reads; the page ships only these rows. */
export const PEOPLE_VIEW_METRICS = [
	...DRIVES.map((d) => d.metric),
	INTERNET_METRIC,
	POPULATION_METRIC,
	RURAL_HOUSEHOLDS_METRIC,
	...USE_PEOPLE_METRICS
];
export const OPENNESS_CATEGORIES = ['transparency', 'participation'] as const;

/** The population row a count of `year` is divided by: the nearest year's, the earlier on a tie. */
export function populationFor(
	metrics: readonly PeopleMetric[],
	country: string,
	year: number
): PeopleMetric | null {
	const rows = metrics.filter((m) => m.country === country && m.metric === POPULATION_METRIC);
	let best: PeopleMetric | null = null;
	for (const r of rows) {
		const d = Math.abs(r.year - year);
		const b = best ? Math.abs(best.year - year) : Infinity;
		if (d < b || (d === b && best && r.year < best.year)) best = r;
	}
	return best;
}

/** `value` as a share of `of`, in percent. */
export const shareOf = (value: number, of: PeopleMetric) => (100 * value) / of.value;

/** `54.2%`; under 1%, two decimals (`0.44%`), so a small drive does not read as nothing. */
export function percentText(p: number): string {
	return `${p < 1 ? p.toFixed(2) : p.toFixed(1)}%`;
}

const exact = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/**
 * `25.6 million`, `6.39 crore (63.9 million)`: each country's own unit, and millions for both,
 * at the figure's own precision (never rounded away).
 */
export function peopleText(n: number, country: string): string {
	const millions = `${exact(n / 1e6)} million`;
	if (country !== 'IND' || n < 1e7) return millions;
	return `${exact(n / 1e7)} crore (${millions})`;
}

export interface DrivePoint {
	drive: Drive;
	row: PeopleMetric;
	population: PeopleMetric;
	/** People trained as a share of the population, in percent. */
	share: number;
}

export interface DriveTarget {
	drive: Drive;
	programme: Programme;
	population: PeopleMetric;
	share: number;
}

export interface DriveSpan {
	drive: Drive;
	programme: Programme;
	start: number;
	end: number;
}

/** Fractional year of a date at its precision (`2002-07` → 2002.5, `2002` → 2002). */
export function yearAt(date: string, end = false): number {
	const [y, m, d] = date.split('-').map(Number);
	if (m === undefined) return y! + (end ? 1 : 0);
	const month = m - 1 + (d === undefined ? (end ? 1 : 0) : (d - 1) / 31);
	return y! + month / 12;
}

export interface Literacy {
	points: DrivePoint[];
	targets: DriveTarget[];
	spans: DriveSpan[];
}

/** Every count of people trained, each over the population of its nearest year; targets too. */
export function literacy(
	metrics: readonly PeopleMetric[],
	programmes: readonly Programme[]
): Literacy {
	const points = DRIVES.flatMap((drive) =>
		metrics
			.filter((m) => m.country === drive.country && m.metric === drive.metric)
			.sort((a, b) => a.year - b.year)
			.flatMap((row) => {
				const population = populationFor(metrics, drive.country, row.year);
				return population
					? [{ drive, row, population, share: shareOf(row.value, population) }]
					: [];
			})
	);
	const ofDrive = (drive: Drive) =>
		drive.programmes.flatMap((id) => programmes.find((p) => p.programme_id === id) ?? []);
	const targets = DRIVES.flatMap((drive) =>
		ofDrive(drive).flatMap((programme) => {
			if (programme.target === null) return [];
			const population = populationFor(metrics, drive.country, yearAt(programme.start_date));
			return population
				? [{ drive, programme, population, share: shareOf(programme.target, population) }]
				: [];
		})
	);
	const spans = DRIVES.flatMap((drive) =>
		ofDrive(drive).map((programme) => ({
			drive,
			programme,
			start: yearAt(programme.start_date),
			end: programme.end_date
				? yearAt(programme.end_date, true)
				: yearAt(programme.start_date, true)
		}))
	);
	return { points, targets, spans };
}

/** A country's largest count: its drives' reach at the latest figure. */
export function widestReach(l: Literacy, country: string): DrivePoint | null {
	return (
		l.points
			.filter((p) => p.drive.country === country)
			.sort((a, b) => b.share - a.share || b.row.year - a.row.year)[0] ?? null
	);
}

/**
 * The overview's bars: each country's widest reach (its largest count trained) as a share of its
 * population, the same figures the /people chart and takeaway give.
 */
export function reachBars(l: Literacy): Bar[] {
	return ['KOR', 'IND'].flatMap((c) => {
		const p = widestReach(l, c);
		return p
			? [
					{
						key: p.drive.key,
						country: c,
						label: `${countryName(c)}, ${p.drive.short}: ${peopleText(p.row.value, c).replace(/ \(.*\)$/, '')} by ${p.row.year}`,
						value: p.share,
						valueText: percentText(p.share),
						source_ids: [...p.row.source_ids, ...p.population.source_ids]
					}
				]
			: [];
	});
}

const crore = (n: number) => `${exact(n / 1e7)} crore`;
const populationText = (p: PeopleMetric) =>
	`over the ${p.year} population, ${p.value.toLocaleString('en-US')}`;

/**
 * `Korea's drives trained 25.6 million people by 2004, 54.2% of its population; India's PMGDISHA
 * 6.39 crore by 2024, 5.28%…` Written from the largest count of each country.
 */
export function literacyTakeaway(l: Literacy, rural: PeopleMetric | null): string {
	const kor = widestReach(l, 'KOR');
	const ind = widestReach(l, 'IND');
	if (!kor || !ind) return 'The data do not give people trained for both countries.';
	const household = l.targets.find(
		(t) => t.drive === ind.drive && /household/.test(t.programme.target_unit)
	);
	const households =
		household && rural
			? ` Its target of ${crore(household.programme.target!)} rural households was ${percentText(shareOf(household.programme.target!, rural))} of India's ${crore(rural.value)} (${rural.year}).`
			: '';
	return (
		`Korea's informatization education trained ${peopleText(kor.row.value, 'KOR')} people by ${kor.row.year}, ` +
		`${percentText(kor.share)} of its population; India's ${ind.drive.short} trained ${peopleText(ind.row.value, 'IND')} by ${ind.row.year}, ` +
		`${percentText(ind.share)} of its population.${households}`
	);
}

export function literacyTable(l: Literacy): ChartTable {
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'drive', label: 'Drive' },
			{ key: 'year', label: 'Year' },
			{ key: 'what', label: 'Figure' },
			{ key: 'people', label: 'People', numeric: true },
			{ key: 'population', label: 'Population (year)', numeric: false },
			{ key: 'share', label: 'Share of population (%)', numeric: true }
		],
		rows: [
			...l.points.map((p) => ({
				cells: {
					country: countryName(p.drive.country),
					drive: p.drive.short,
					year: p.row.year,
					what: 'trained (cumulative)',
					people: p.row.value,
					population: `${p.population.value} (${p.population.year})`,
					share: Number(p.share.toFixed(2))
				},
				source_ids: [...p.row.source_ids, ...p.population.source_ids]
			})),
			...l.targets.map((t) => ({
				cells: {
					country: countryName(t.drive.country),
					drive: t.programme.name,
					year: Math.floor(yearAt(t.programme.start_date)),
					what: `target (${t.programme.target_unit})`,
					people: t.programme.target,
					population: `${t.population.value} (${t.population.year})`,
					share: Number(t.share.toFixed(2))
				},
				source_ids: [...t.programme.source_ids, ...t.population.source_ids]
			}))
		]
	};
}

/**
 * `Populations divided by: Korea 47,008,111 (2000), …; India … (2023). India's 2018, 2021 shares
 * are over the nearest year's.` Each share is over its own year's population where the data has
 * it; the sentence names every population used and every share that had to borrow a neighbour's.
 */
export function populationsText(l: Literacy): string {
	const rows = [...new Set([...l.points, ...l.targets].map((p) => p.population))].sort((a, b) =>
		a.country === b.country ? a.year - b.year : a.country === 'KOR' ? -1 : 1
	);
	const countries = [...new Set(rows.map((r) => r.country))];
	const nearest = countries.flatMap((c) => {
		const years = l.points
			.filter((p) => p.drive.country === c && p.population.year !== p.row.year)
			.map((p) => `${p.row.year} (over ${p.population.year}'s)`);
		return years.length
			? [
					`${countryName(c)}'s ${listText(years)} share${years.length > 1 ? 's are' : ' is'} over the nearest year in the data.`
				]
			: [];
	});
	const what = [...new Set(rows.map((r) => r.definition))].join(' ');
	return `Populations divided by: ${countries
		.map(
			(c) =>
				`${countryName(c)} ${rows
					.filter((r) => r.country === c)
					.map((r) => `${r.value.toLocaleString('en-US')} (${r.year})`)
					.join(', ')}`
		)
		.join('; ')}. ${what}${nearest.map((f) => ` ${f}`).join('')}`;
}

/** `a, b and c`. */
function listText(items: string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a drive's point says to a screen reader and on hover. */
export function drivePointName(p: DrivePoint): string {
	return `${countryName(p.drive.country)}, ${p.drive.short}, ${p.row.year}: ${peopleText(p.row.value, p.drive.country)} trained, ${percentText(p.share)} of the population (${populationText(p.population)})`;
}

export function driveTargetName(t: DriveTarget): string {
	return `${countryName(t.drive.country)}, ${t.programme.name}: target ${peopleText(t.programme.target!, t.drive.country)} ${t.programme.target_unit}, ${percentText(t.share)} of the population (${populationText(t.population)})`;
}

// ---- internet use -------------------------------------------------------------------------------

export interface InternetSeries {
	country: string;
	rows: PeopleMetric[];
	/** Runs of consecutive years: a line joins a run, never a missing year. */
	runs: PeopleMetric[][];
}

export function internetSeries(
	metrics: readonly PeopleMetric[],
	countries: readonly string[] = ['KOR', 'IND']
): InternetSeries[] {
	return countries.map((country) => {
		const rows = metrics
			.filter((m) => m.country === country && m.metric === INTERNET_METRIC)
			.sort((a, b) => a.year - b.year);
		const runs: PeopleMetric[][] = [];
		for (const r of rows) {
			const run = runs.at(-1);
			if (run && run.at(-1)!.year === r.year - 1) run.push(r);
			else runs.push([r]);
		}
		return { country, rows, runs };
	});
}

/** `India: 2.8% (2006) → 64.9% (2024); Korea: no World Bank/ITU figure in the data.` */
export function internetTakeaway(series: InternetSeries[]): string {
	return (
		series
			.map((s) => {
				const name = countryName(s.country);
				if (!s.rows.length) return `${name}: no World Bank/ITU figure in the data`;
				const a = s.rows[0]!;
				const b = s.rows.at(-1)!;
				const gaps =
					s.runs.length > 1 ? `, with ${s.runs.length - 1} gap${s.runs.length > 2 ? 's' : ''}` : '';
				return `${name}: ${a.value}% of the population used the Internet in ${a.year}, ${b.value}% in ${b.year}${gaps}`;
			})
			.join('; ') + '.'
	);
}

export function internetTable(series: InternetSeries[]): ChartTable {
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'year', label: 'Year' },
			{ key: 'value', label: 'Individuals using the Internet (% of population)', numeric: true }
		],
		rows: series.flatMap((s): TableRow[] =>
			s.rows.length
				? s.rows.map((r) => ({
						cells: { country: countryName(s.country), year: r.year, value: r.value },
						source_ids: r.source_ids
					}))
				: [{ cells: { country: countryName(s.country), year: null, value: null }, source_ids: [] }]
		)
	};
}

// ---- transparency and participation -------------------------------------------------------------

/** The transparency and participation milestones of each country, in date order. */
export function openness(
	milestones: readonly Milestone[],
	countries: readonly string[] = ['KOR', 'IND']
) {
	return countries.map((country) => ({
		country,
		milestones: milestones
			.filter(
				(m) =>
					m.country === country && (OPENNESS_CATEGORIES as readonly string[]).includes(m.category)
			)
			.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
	}));
}

const yearOfDate = (d: string) => Number(d.slice(0, 4));

/** A title without its trailing parenthesis (`RTI Online portal launched`). */
const bare = (title: string) => title.replace(/ \([^)]*\)$/, '');

/**
 * `Transparency: Korea 1996 (…), India 2005 (…); participation: Korea 2005 (…), India 2014 (…).`
 * The first milestone of each kind in each country.
 */
export function opennessTakeaway(cols: ReturnType<typeof openness>): string {
	const first = (country: string, category: string) =>
		cols.find((c) => c.country === country)?.milestones.find((m) => m.category === category);
	const parts = OPENNESS_CATEGORIES.map((cat) => {
		const k = first('KOR', cat);
		const i = first('IND', cat);
		if (!k || !i) return `${cat}: not dated for both countries`;
		return `${cat} first in Korea in ${yearOfDate(k.date)} (${bare(k.title)}), in India in ${yearOfDate(i.date)} (${bare(i.title)})`;
	});
	const text = parts.join('; ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function opennessTable(cols: ReturnType<typeof openness>): ChartTable {
	return {
		columns: [
			{ key: 'country', label: 'Country' },
			{ key: 'date', label: 'Date' },
			{ key: 'category', label: 'Kind' },
			{ key: 'title', label: 'Milestone' }
		],
		rows: cols.flatMap((c) =>
			c.milestones.map((m) => ({
				cells: {
					country: countryName(c.country),
					date: m.date,
					category: m.category,
					title: m.title
				},
				source_ids: m.source_ids
			}))
		)
	};
}

// ---- the lag, step by step ----------------------------------------------------------------------

/**
 * The people rows of src/lib/compare (the one lag module): one bar each, India's year minus
 * Korea's, named by the step and both years ("Right to information law: 1996 → 2005").
 */
export function peopleLagBars(rows: readonly Comparison[]): Bar[] {
	return rows
		.filter((r) => r.lag !== null)
		.map((r) => ({
			key: r.id,
			country: 'IND',
			label: `${r.label}: ${r.kor!.year} → ${r.ind!.year}`,
			value: r.lag!,
			valueText: r.lagText.replace(/^India /, ''),
			source_ids: [...r.kor!.source_ids, ...r.ind!.source_ids]
		}));
}

/** `India took all 4 steps after Korea: …, 14 years later (2000 → 2014); …` */
export function peopleLagTakeaway(rows: readonly Comparison[]): string {
	const dated = rows.filter((r) => r.lag !== null);
	if (!dated.length) return 'No step of the people’s side is dated for both Korea and India.';
	const later = dated.filter((r) => r.lag! > 0).length;
	const lead =
		later === dated.length
			? `India took all ${dated.length} steps after Korea`
			: `India took ${later} of ${dated.length} steps after Korea`;
	const each = dated
		.map(
			(r) =>
				`${r.label.charAt(0).toLowerCase()}${r.label.slice(1)} ${r.lagText.replace(/^India /, '')} (${r.kor!.year} → ${r.ind!.year})`
		)
		.join('; ');
	const undated = rows.filter((r) => r.lag === null).map((r) => r.label);
	return `${lead}: ${each}.${undated.length ? ` Not dated for both: ${undated.join(', ')}.` : ''}`;
}

export function peopleLagTable(rows: readonly Comparison[]): ChartTable {
	return {
		columns: [
			{ key: 'step', label: 'Step' },
			{ key: 'korea', label: 'Korea' },
			{ key: 'korea_date', label: 'Korea, date' },
			{ key: 'india', label: 'India' },
			{ key: 'india_date', label: 'India, date' },
			{ key: 'lag_years', label: 'Lag (years, India minus Korea)', numeric: true },
			{ key: 'note', label: 'What it counts from' }
		],
		rows: rows.map((r) => ({
			cells: {
				step: r.label,
				korea: r.kor?.name ?? null,
				korea_date: r.kor?.date || null,
				india: r.ind?.name ?? null,
				india_date: r.ind?.date || null,
				lag_years: r.lag,
				note: [r.unlike, r.basis].filter(Boolean).join(' ') || null
			},
			source_ids: [...(r.kor?.source_ids ?? []), ...(r.ind?.source_ids ?? [])]
		}))
	};
}
