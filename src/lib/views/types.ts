import type {
	BudgetRow,
	ConversionFactor,
	IndexRow,
	Milestone,
	PeopleMetric,
	Programme,
	SourceRef,
	SystemMetric,
	SystemRef
} from '$lib/data/schema';
import type { Bar } from '$lib/overview/headlines';
import type { Comparison } from '$lib/compare/lags';
import type { PairRow } from '$lib/systems/lag';
import type { PhaseBar } from '$lib/timeline/phase-layout';

/**
 * What each view draws: the data its page's `+page.server.ts` load returns, and the embed of one
 * of its charts returns too (with the chart's id beside it). Built at prerender time.
 */

/** `/`: the phases, three headline charts, the latest EGDI ranks and the counts. */
export interface HomeData {
	phases: PhaseBar[];
	phaseSources: SourceRef[];
	/** The latest EGDI rank of each country. */
	egdi: IndexRow[];
	/** Every EGDI edition, for the rank chart. */
	egdiAll: IndexRow[];
	egdiSources: SourceRef[];
	shares: Bar[];
	sharesSources: SourceRef[];
	lags: Bar[];
	lagSources: SourceRef[];
	/** The median lag: its sentence, and the value for the chart's reference line. */
	lagMedian: { text: string; median: number | null };
	/** Each country's literacy drive at its widest reach, % of the population (as on /people). */
	reach: Bar[];
	reachTakeaway: string;
	reachSources: SourceRef[];
	counts: { milestones: number; systems: number; sources: number };
	currentYear: number;
}

/** `/timeline`: phases and milestones (in date order) with what they cite. */
export interface TimelineData {
	phases: PhaseBar[];
	milestones: Milestone[];
	/** The systems milestones name, by id. */
	systems: Record<string, SystemRef>;
	/** The lag table's rows: the same comparisons as `/` and /systems. */
	lags: Comparison[];
	/** The chart's takeaway, from the lag table's rows. */
	lagTakeaway: string;
	sources: Record<string, SourceRef>;
	currentYear: number;
}

/** `/budget`: every budget row (sorted), the "1% claim" milestone if the data has it. */
export interface BudgetData {
	rows: BudgetRow[];
	/** Factors for the US-dollar views, of the countries and years in `rows`. */
	factors: ConversionFactor[];
	claim: Milestone | undefined;
	sources: Record<string, SourceRef>;
}

/** `/systems`: the pairs of flagship systems; their usage figures are fetched once shown. */
export interface SystemsData {
	pairs: PairRow[];
	/** The median lag sentence and the chart's takeaway (src/lib/compare/lags.ts). */
	median: string;
	takeaway: string;
	/** Functions in the default order (by lag, ties by name). */
	byLag: string[];
	sources: Record<string, SourceRef>;
}

/** `/rankings`: the UN survey's indices, the other indices, and the UN's caution on ranks. */
export interface RankingsData {
	un: IndexRow[];
	other: IndexRow[];
	egdi: IndexRow[];
	caution: SourceRef | null;
	unSources: SourceRef[];
	sources: Record<string, SourceRef>;
}

/**
 * `/people`: the literacy drives (programmes and their counts, over sourced populations), internet
 * use, and the transparency and participation milestones.
 */
export interface PeopleData {
	programmes: Programme[];
	/** Only the metrics the view draws (counts trained, internet use, populations, use). */
	metrics: PeopleMetric[];
	/** Transparency and participation milestones, in date order. */
	milestones: Milestone[];
	/** The `people` rows of src/lib/compare: India's lag behind Korea, step by step. */
	lags: Comparison[];
	/** The systems' complaint counts (e-People, CPGRAMS) the chart of use reads. */
	systemMetrics: SystemMetric[];
	sources: Record<string, SourceRef>;
}

/** `/embed/phases/`: the phases chart alone. */
export interface PhasesData {
	phases: PhaseBar[];
	sources: SourceRef[];
	currentYear: number;
}

/** `/embed/overview/`: the deck's title slide. */
export interface OverviewSlideData {
	phases: PhaseBar[];
	egdi: IndexRow[];
	counts: { milestones: number; systems: number };
	/** What the phases and ranks shown rest on: one line, as on every slide. */
	sources: SourceRef[];
}
