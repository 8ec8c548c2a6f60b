import { evidenceOf, isWeak, weakerOf, type EvidencePart } from '../data/evidence';
import type { BudgetRow, SourceRef } from '../data/schema';
import type { BudgetMode } from '../url/budget';

/**
 * A budget row's figures, each with its own sources: the amount, the national total it is divided
 * by (when there is one) and, for an amount in dollars, the conversion factor. The details panel,
 * the table and the CSV all say what each rests on from this list.
 */
export function budgetEvidenceParts(
	row: Pick<BudgetRow, 'source_ids' | 'national_source_ids'>,
	factorIds: readonly string[] = []
): EvidencePart[] {
	return [
		{ label: 'amount', ids: row.source_ids },
		...(row.national_source_ids.length
			? [{ label: 'national total', ids: row.national_source_ids }]
			: []),
		...(factorIds.length ? [{ label: 'conversion factor', ids: factorIds }] : [])
	];
}

/** Every source a row cites, amount first, each once: its source list and its citation. */
export function budgetSourceIds(
	row: Pick<BudgetRow, 'source_ids' | 'national_source_ids'>,
	factorIds: readonly string[] = []
): string[] {
	return [...new Set([...row.source_ids, ...row.national_source_ids, ...factorIds])];
}

/**
 * Whether a mark gets the dashed ring. A share (amount ÷ total) is as strong as the weaker of the
 * two, so it is ringed when either has no official or research source; an amount, by its own.
 */
export function weakBudgetMark(
	row: Pick<BudgetRow, 'source_ids' | 'national_source_ids'>,
	mode: BudgetMode,
	sources: Record<string, SourceRef | undefined>
): boolean {
	const amount = evidenceOf(row.source_ids, sources);
	if (mode === 'amount') return isWeak(amount);
	return isWeak(weakerOf(amount, evidenceOf(row.national_source_ids, sources)));
}
