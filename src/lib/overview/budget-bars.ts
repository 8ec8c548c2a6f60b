import { budgetYearLabel } from '../data/format';
import type { BudgetRow } from '../data/schema';
import { FAMILY_LABEL, seriesInfo } from '../budget/catalogue';
import { defaultSeries, familyShares } from '../budget/series';
import { budgetEvidenceParts, budgetSourceIds } from '../budget/evidence';
import type { Bar } from './headlines';

/*
 * The home page's budget bars, computed at build time (src/routes/(site)/+page.server.ts): kept
 * apart from headlines.ts so the page's scripts, which import headlines.ts, do not load the
 * budget catalogue and series code.
 */

const familyOf = (series: string) => seriesInfo(series).family;

/** The latest share of each family drawn by default on /budget: the same defaultSeries. */
export function latestShares(rows: BudgetRow[]): Bar[] {
	const visible = defaultSeries(rows);
	const vis = rows.filter((r) => visible.includes(r.series));
	const seen = new Set<string>();
	const bars: Bar[] = [];
	for (const r of vis) {
		const fam = familyOf(r.series);
		if (seen.has(fam)) continue;
		seen.add(fam);
		const last = familyShares(vis, fam).at(-1);
		if (!last) continue;
		bars.push({
			key: fam,
			country: last.row.country,
			label: `${(FAMILY_LABEL[fam] ?? fam).replace(/ \(.*\)$/, '')}, ${budgetYearLabel(last.row.country, last.year)} (${last.row.status})`,
			value: last.share,
			valueText: `${last.share.toFixed(2)}%`,
			source_ids: budgetSourceIds(last.row),
			evidence: budgetEvidenceParts(last.row)
		});
	}
	return bars;
}
