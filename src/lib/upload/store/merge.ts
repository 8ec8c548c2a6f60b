import type { IndexName, IndexRow, Milestone, Phase, Source } from '../../data/schema.ts';
import { displayName } from '../../data/country-codes.ts';
import type { IndicatorOption } from './indicators.ts';
import type { PackedSeries } from './packed.ts';
import type { IndicatorSeries, StoredDataset } from '../types.ts';

/**
 * The uploaded datasets merged into one model. A later upload of the same fact (country, index,
 * edition; or indicator, country) replaces an earlier one, so loading a corrected file twice
 * does not double anything.
 */
export interface MergedUploads {
	/** UN index rows (EGDI, OSI, HCI, TII, EPI, ...), from UN exports and own indices files. */
	indices: IndexRow[];
	phases: Phase[];
	milestones: Milestone[];
	series: IndicatorSeries[];
	/**
	 * The same series packed in typed arrays, as the worker hands them to the page (`series` is
	 * then empty): read them with `chosenSeries`, which builds only the ones a chart draws.
	 */
	packed?: PackedSeries;
	/** One source row per dataset, so every uploaded figure cites where it came from. */
	sources: Source[];
	/**
	 * The indicators of `series`, sorted, worked out where the merge runs (the worker): a WDI bulk
	 * file's 300,000 series took 300 ms to list on the page at full CPU speed.
	 */
	indicators?: IndicatorOption[];
	/** Countries in any dataset except Korea and India, each with its palette position. */
	countries: { code: string; name: string; colourIndex: number }[];
}

/** Nothing uploaded. */
export function emptyMerged(): MergedUploads {
	return { indices: [], phases: [], milestones: [], series: [], sources: [], countries: [] };
}

export function mergeUploads(datasets: readonly StoredDataset[]): MergedUploads {
	const indices = new Map<string, IndexRow>();
	const phases = new Map<string, Phase>();
	const milestones = new Map<string, Milestone>();
	const series = new Map<string, IndicatorSeries>();
	const countries = new Set<string>();
	for (const d of datasets) {
		// Rows of the own formats cite the file's own ids, which no source row here describes:
		// the upload itself is added, so every uploaded figure names where it came from.
		const cite = <R extends { source_ids: string[] }>(r: R): R =>
			r.source_ids.includes(d.id) ? r : { ...r, source_ids: [...r.source_ids, d.id] };
		for (const r of d.data.tables.indices ?? []) {
			indices.set(`${r.country}|${r.index}|${r.edition}`, cite(r));
		}
		for (const p of d.data.tables.phases ?? []) phases.set(p.phase_id, cite(p));
		for (const m of d.data.tables.milestones ?? []) {
			milestones.set(`${m.country}|${m.date}|${m.title}`, cite(m));
		}
		for (const s of d.data.series) series.set(`${s.code}|${s.country}`, s);
		for (const c of d.countries) countries.add(c.code);
	}
	countries.delete('KOR');
	countries.delete('IND');
	return {
		indices: [...indices.values()],
		phases: [...phases.values()],
		milestones: [...milestones.values()],
		series: [...series.values()],
		sources: datasets.map((d) => ({
			source_id: d.id,
			title: d.fileName,
			publisher: `Uploaded in this browser (${d.formatLabel})`,
			year: null,
			url: '',
			accessed: d.importedAt.slice(0, 10),
			notes: d.partial ? 'Rows with problems were left out on import.' : ''
		})),
		countries: [...countries]
			.sort()
			.map((code, colourIndex) => ({ code, name: displayName(code), colourIndex }))
	};
}

/** Uploaded rows of one index, by country: what the rankings chart draws beside Korea and India. */
export function indexRowsByCountry(rows: IndexRow[], index: IndexName): Map<string, IndexRow[]> {
	const out = new Map<string, IndexRow[]>();
	for (const r of rows) {
		if (r.index !== index) continue;
		const list = out.get(r.country) ?? [];
		list.push(r);
		out.set(r.country, list);
	}
	for (const list of out.values()) list.sort((a, b) => a.edition - b.edition);
	return out;
}
