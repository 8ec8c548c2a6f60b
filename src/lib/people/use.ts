import type { ChartTable } from '../charts/table';
import { countryName } from '../data/countries';
import type { MetricPeriod, PeopleMetric, SystemMetric } from '../data/schema';
import { periodLabel } from '../systems/figures';
import { figureText, metricSeries, metricsTable, type MetricSeries } from '../systems/metrics';
import { systemPanels, type PanelSpec } from '../systems/metrics-layout';
import { USE_KEYS, type UseKey } from './use-keys';

/**
 * How much people use what each government opened (issue 22): information requests and
 * participation, each country's figures in their own unit and on their own axis, never one axis
 * for two things counted differently; where a country publishes no figure, a sentence says so.
 * The figures are people_metrics.csv rows and, for complaints, the systems' own rows in
 * system_metrics.csv (e-People, CPGRAMS), read here as the systems view reads them.
 */

interface MetricRef {
	/** `people`: a people_metrics.csv metric of the side's country; else a system_id in system_metrics.csv. */
	from: 'people' | string;
	metric: string;
	/** The metric in words, for panel titles (people_metrics.csv has no title column). */
	title: string;
	period: MetricPeriod;
}

interface Side {
	metrics: MetricRef[];
	/** Said when the side has no figure. */
	gap: string;
}

export interface UseMeasure {
	key: UseKey;
	kind: 'transparency' | 'participation';
	/** The picker's name and the chart's subject. */
	label: string;
	/** Why the two sides are drawn apart: what each counts. */
	apart: string;
	sides: Record<'KOR' | 'IND', Side>;
}

const cal = 'calendar_year' as const;

export const USE_MEASURES: readonly UseMeasure[] = [
	{
		key: 'requests',
		kind: 'transparency',
		label: 'Information requests',
		apart:
			"Korea's count covers every public institution (central, local, education offices and others); India's only central public authorities reporting to the Central Information Commission, by fiscal year — state commissions' counts are not in it.",
		sides: {
			KOR: {
				metrics: [
					{
						from: 'people',
						metric: 'disclosure_requests',
						title: 'Information disclosure requests',
						period: cal
					}
				],
				gap: 'Korea: no count of disclosure requests in the data.'
			},
			IND: {
				metrics: [
					{
						from: 'people',
						metric: 'rti_applications_central',
						title: 'RTI applications, central public authorities',
						period: 'fiscal_year'
					}
				],
				gap: 'India: no count of RTI applications in the data.'
			}
		}
	},
	{
		key: 'online',
		kind: 'transparency',
		label: 'Requests filed online',
		apart: "Korea's figures are a count (2003) and a share of all requests (2015).",
		sides: {
			KOR: {
				metrics: [
					{
						from: 'people',
						metric: 'disclosure_requests_online',
						title: 'Disclosure requests filed online',
						period: cal
					},
					{
						from: 'people',
						metric: 'disclosure_requests_online_pct',
						title: 'Share of disclosure requests filed online',
						period: cal
					}
				],
				gap: 'Korea: no count of requests filed online in the data.'
			},
			IND: {
				metrics: [],
				gap: 'India: no count of RTI applications filed through RTI Online (from 2013) is in the data; the CIC reports found give totals only.'
			}
		}
	},
	{
		key: 'complaints',
		kind: 'participation',
		label: 'Complaints and grievances',
		apart:
			"Korea's e-People counts complaints (the 2015 figure only those that reached the ACRC, 2021 all linked institutions: a new definition); India's CPGRAMS counts public grievances, by calendar and by fiscal year.",
		sides: {
			KOR: {
				metrics: [
					{
						from: 'kor-epeople',
						metric: 'complaints_received',
						title: 'e-People complaints received',
						period: cal
					}
				],
				gap: 'Korea: no count of e-People complaints in the data.'
			},
			IND: {
				metrics: [
					{
						from: 'ind-cpgrams',
						metric: 'complaints_received',
						title: 'CPGRAMS grievances received (calendar year)',
						period: cal
					},
					{
						from: 'ind-cpgrams',
						metric: 'complaints_received_fy',
						title: 'CPGRAMS grievances registered (fiscal year)',
						period: 'fiscal_year'
					}
				],
				gap: 'India: no count of CPGRAMS grievances in the data.'
			}
		}
	},
	{
		key: 'users',
		kind: 'participation',
		label: 'Members of the participation platform',
		apart:
			"Korea's idea platform (idea.epeople.go.kr, from 2016) counts members; MyGov counts registered users (2020: 'users'; every figure a lower bound).",
		sides: {
			KOR: {
				metrics: [
					{
						from: 'people',
						metric: 'idea_platform_members',
						title: 'Idea platform members',
						period: cal
					}
				],
				gap: 'Korea: no count of idea-platform members in the data.'
			},
			IND: {
				metrics: [
					{
						from: 'people',
						metric: 'mygov_registered_users',
						title: 'MyGov registered users',
						period: cal
					}
				],
				gap: 'India: no count of MyGov users in the data.'
			}
		}
	},
	{
		key: 'proposals',
		kind: 'participation',
		label: 'Policy proposals and debates',
		apart: "Korea's figures are proposals, debates and posts, each its own count.",
		sides: {
			KOR: {
				metrics: [
					{
						from: 'people',
						metric: 'policy_proposals',
						title: 'Policy proposals received',
						period: cal
					},
					{
						from: 'people',
						metric: 'epeople_debate_posts',
						title: 'Posts in e-People policy debates',
						period: cal
					},
					{
						from: 'people',
						metric: 'epeople_online_debates',
						title: 'e-People online policy debates',
						period: cal
					}
				],
				gap: 'Korea: no count of policy proposals in the data.'
			},
			IND: {
				metrics: [],
				gap: "India: no yearly count of MyGov submissions or discussion comments is in the data (MyGov's own undated page gives running totals only)."
			}
		}
	}
];

export const useMeasure = (key: UseKey) => USE_MEASURES.find((m) => m.key === key)!;

/** The people_metrics.csv metrics the chart reads (the page ships these rows). */
export const USE_PEOPLE_METRICS = USE_MEASURES.flatMap((m) =>
	Object.values(m.sides).flatMap((s) => s.metrics.filter((r) => r.from === 'people'))
).map((r) => r.metric);

/** Whether a system_metrics.csv row is one the chart reads. */
export const isUseSystemRow = (r: SystemMetric) =>
	USE_MEASURES.some((m) =>
		Object.values(m.sides).some((s) =>
			s.metrics.some((x) => x.from === r.system_id && x.metric === r.metric)
		)
	);

export interface UseSide {
	country: 'KOR' | 'IND';
	series: MetricSeries[];
	/** The sentence shown in place of a chart when the side has no figure. */
	gap: string | null;
}

/** Each side of a measure: its series (one a metric, in its unit), or the sentence of its gap. */
export function useSides(
	measure: UseMeasure,
	people: readonly PeopleMetric[],
	systems: readonly SystemMetric[]
): UseSide[] {
	return (['KOR', 'IND'] as const).map((country) => {
		const side = measure.sides[country];
		const series = side.metrics.flatMap((ref) => {
			const rows: SystemMetric[] =
				ref.from === 'people'
					? people
							.filter((p) => p.country === country && p.metric === ref.metric)
							.map((p) => ({
								system_id: `people-${country}`,
								metric: p.metric,
								title: ref.title,
								year: p.year,
								period: ref.period,
								value: p.value,
								unit: p.unit,
								definition: p.definition,
								source_ids: p.source_ids,
								notes: p.notes
							}))
					: systems
							.filter((s) => s.system_id === ref.from && s.metric === ref.metric)
							.map((s) => ({ ...s, title: ref.title }));
			if (!rows.length) return [];
			return metricSeries(rows, rows[0]!.system_id, country);
		});
		return { country, series, gap: series.length ? null : side.gap };
	});
}

/** One panel a metric, Korea's first: titled with the country, each on an axis in its unit. */
export function usePanels(sides: readonly UseSide[]): PanelSpec[] {
	return sides.flatMap((side) =>
		systemPanels(side.series).map((p) => ({
			...p,
			title: `${countryName(side.country)}: ${p.title}`,
			// Each mark names its country too, for a screen reader and on hover.
			series: p.series.map((x) => ({ ...x, who: countryName(side.country) }))
		}))
	);
}

/** `Information disclosure requests 26,338 requests (1998) → 1,842,000 requests (2023)`. */
function seriesText(s: MetricSeries): string {
	const a = s.points[0]!;
	const b = s.points.at(-1)!;
	const at = (p: SystemMetric) => `${figureText(p, s.style)} (${periodLabel(p)})`;
	return a === b ? `${s.title}: ${at(a)}` : `${s.title}: ${at(a)} to ${at(b)}`;
}

/**
 * `Korea — Information disclosure requests: 26,338 requests (1998) to 1,842,000 requests (2023);
 * India — …. Each on its own axis: …` Written from the first and last figure of each series, and
 * each gap's sentence.
 */
export function useTakeaway(measure: UseMeasure, sides: readonly UseSide[]): string {
	const parts = sides.map((s) =>
		s.gap ? s.gap : `${countryName(s.country)} — ${s.series.map(seriesText).join('; ')}.`
	);
	const both = sides.every((s) => !s.gap);
	return `${parts.join(' ')}${both ? ` Each on its own axis: ${measure.apart}` : ''}`;
}

/** The rows the chart draws, each with its country, and a row for each side without a figure. */
export function useTable(measure: UseMeasure, sides: readonly UseSide[]): ChartTable {
	const series = sides.flatMap((s) => s.series);
	const t = metricsTable(series, (s) => countryName(s.country));
	return {
		columns: t.columns.map((c) => (c.key === 'system' ? { ...c, label: 'Country' } : c)),
		rows: [
			...t.rows,
			...sides
				.filter((s) => s.gap)
				.map((s) => ({
					cells: {
						system: countryName(s.country),
						metric: measure.label,
						year: null,
						figure: null,
						value: null,
						unit: null,
						definition: null,
						notes: s.gap
					},
					source_ids: []
				}))
		]
	};
}

export { USE_KEYS };
