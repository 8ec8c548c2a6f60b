import type { Milestone, Phase } from '../../../src/lib/data/schema';
import { MILESTONE_CATEGORIES } from '../../../src/lib/data/schema';

/** A fixed pseudo-random sequence, so every bench run draws the same 10,000 marks. */
function lcg(seed: number) {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `n` milestones spread over 1967–2025, half Korea, half India, all categories, mixed precision. */
export function syntheticMilestones(n: number): Milestone[] {
	const rand = lcg(8);
	return Array.from({ length: n }, (_, i) => {
		const year = 1967 + Math.floor(rand() * 59);
		const month = 1 + Math.floor(rand() * 12);
		const day = 1 + Math.floor(rand() * 28);
		const precision = i % 3;
		return {
			country: i % 2 ? 'IND' : 'KOR',
			date:
				precision === 0
					? `${year}`
					: precision === 1
						? `${year}-${pad(month)}`
						: `${year}-${pad(month)}-${pad(day)}`,
			title: `Synthetic milestone ${i + 1}`,
			category: MILESTONE_CATEGORIES[i % MILESTONE_CATEGORIES.length],
			description: `Generated for the zoom benchmark (${i + 1}).`,
			system_id: '',
			source_ids: ['bench']
		} as Milestone;
	});
}

export function syntheticPhases(): Phase[] {
	const phase = (
		country: string,
		id: string,
		name: string,
		a: number,
		b: number | null
	): Phase => ({
		country,
		phase_id: id,
		name,
		start_year: a,
		end_year: b,
		administration: '',
		summary: '',
		key_initiatives: [],
		source_ids: ['bench']
	});
	return [
		phase('KOR', 'k1', 'Computerisation', 1967, 1986),
		phase('KOR', 'k2', 'Networks', 1987, 2000),
		phase('KOR', 'k3', 'E-government', 2001, null),
		phase('IND', 'i1', 'Computerisation', 1970, 1990),
		phase('IND', 'i2', 'Networks', 1991, 2005),
		phase('IND', 'i3', 'Digital India', 2006, null)
	];
}
