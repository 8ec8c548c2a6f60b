import { compareCountries } from '../data/countries';
import type { System } from '../data/schema';

export interface FunctionPair {
	function: string;
	/** Systems per country, earliest launch first. */
	byCountry: Record<string, System[]>;
}

/** `citizen_portal` → `Citizen portal`; a few need their own words. */
const LABELS: Record<string, string> = {
	budget_accounting: 'Budget and accounting',
	e_office: 'E-office'
};

export function functionLabel(fn: string): string {
	if (LABELS[fn]) return LABELS[fn];
	const text = fn.replace(/_/g, ' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sort key that puts systems with an unknown launch date last. */
const launchKey = (s: System) => s.launch_date || '9999';

/** Groups systems by function, in order of the earliest launch in each function. */
export function pairByFunction(systems: System[]): FunctionPair[] {
	const groups = new Map<string, System[]>();
	for (const s of systems) groups.set(s.function, [...(groups.get(s.function) ?? []), s]);
	return [...groups.entries()]
		.map(([fn, list]) => {
			const byCountry: Record<string, System[]> = {};
			for (const s of [...list].sort(
				(a, b) => compareCountries(a.country, b.country) || launchKey(a).localeCompare(launchKey(b))
			)) {
				(byCountry[s.country] ??= []).push(s);
			}
			return { function: fn, byCountry, first: list.map(launchKey).sort()[0]! };
		})
		.sort((a, b) => a.first.localeCompare(b.first) || a.function.localeCompare(b.function))
		.map(({ function: fn, byCountry }) => ({ function: fn, byCountry }));
}
