import type { ChartTable } from '../charts/table';
import { countryName } from '../data/countries';
import type { TimelineLayout } from './layout';
import { CATEGORY_STYLE } from './marks';
import { signed } from './zoom';

/**
 * The rows the timeline shows now (phases overlapping the view, milestones in it and in the
 * checked categories), one fact per row: the chart's table view and CSV. In aligned mode each row
 * also says how many years after its country's year 0 it falls.
 */
export function timelineTable(layout: TimelineLayout): ChartTable {
	const columns = [
		{ key: 'country', label: 'Country' },
		{ key: 'type', label: 'Type' },
		{ key: 'date', label: 'Date or start' },
		{ key: 'end', label: 'End' },
		{ key: 'title', label: 'Title' },
		{ key: 'category', label: 'Category' },
		...(layout.relative ? [{ key: 'since', label: 'Years since year 0' }] : [])
	];
	const rows = layout.lanes.flatMap((lane) => [
		...lane.phases.map((b) => ({
			cells: {
				country: countryName(lane.country),
				type: 'phase',
				date: String(b.phase.start_year),
				end: b.phase.end_year === null ? 'ongoing' : String(b.phase.end_year),
				title: b.phase.name,
				category: null,
				...(layout.relative ? { since: signed(b.phase.start_year - lane.anchorYear) } : {})
			},
			source_ids: b.phase.source_ids
		})),
		...lane.marks.map((mk) => ({
			cells: {
				country: countryName(lane.country),
				type: 'milestone',
				date: mk.milestone.date,
				end: null,
				title: mk.milestone.title,
				category: CATEGORY_STYLE[mk.milestone.category].label,
				...(layout.relative
					? { since: signed(Number(mk.milestone.date.slice(0, 4)) - lane.anchorYear) }
					: {})
			},
			source_ids: mk.milestone.source_ids
		}))
	]);
	return { columns, rows };
}

/** `1987–2002`, `March 1995 – October 1997`, or `years −5 to +10` in aligned mode. */
export function rangeText([a, b]: [number, number], relative: boolean): string {
	if (relative) return `years ${signed(Math.round(a))} to ${signed(Math.round(b))} since year 0`;
	if (b - a >= 4) return `${Math.round(a)}–${Math.round(b) - 1}`;
	const month = (v: number) => {
		const y = Math.floor(v);
		const m = Math.min(11, Math.floor((v - y) * 12));
		return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m]} ${y}`;
	};
	return `${month(a)} – ${month(b - 1 / 365)}`;
}
