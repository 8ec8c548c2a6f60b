import type { BudgetRow } from '../data/schema';

/** Share of the national total in percent; null when either amount is unknown or the total is 0. */
export function budgetShare(
	row: Pick<BudgetRow, 'amount_lcu_m' | 'national_lcu_m'>
): number | null {
	const { amount_lcu_m: amount, national_lcu_m: national } = row;
	if (amount === null || national === null || national === 0) return null;
	return (amount / national) * 100;
}
