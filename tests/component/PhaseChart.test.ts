import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Phase } from '../../src/lib/data/schema';
import PhaseChart from '../../src/lib/timeline/PhaseChart.svelte';

const phase = (
	p: Partial<Phase> & Pick<Phase, 'country' | 'phase_id' | 'name' | 'start_year'>
): Phase => ({
	end_year: null,
	administration: '',
	summary: '',
	key_initiatives: [],
	source_ids: ['src-a'],
	...p
});

const PHASES: Phase[] = [
	phase({ country: 'IND', phase_id: 'ind-negp', name: 'NeGP', start_year: 2006, end_year: 2014 }),
	phase({
		country: 'KOR',
		phase_id: 'kor-nbis',
		name: 'NBIS networks',
		start_year: 1987,
		end_year: 1996
	}),
	phase({
		country: 'KOR',
		phase_id: 'kor-dpg',
		name: 'Digital platform government',
		start_year: 2022
	}),
	phase({ country: 'IND', phase_id: 'ind-stack', name: 'India Stack', start_year: 2016 })
];

describe('PhaseChart', () => {
	it('is an image named by its label and described by a summary of the data', () => {
		render(PhaseChart, { phases: PHASES, currentYear: 2026, label: 'Phases of e-government' });
		const chart = screen.getByRole('img', { name: 'Phases of e-government' });
		expect(chart).toHaveAccessibleDescription(
			'Korea: 2 phases since 1987; India: 2 phases since 2006. ' +
				'Korea: NBIS networks, 1987–1996. Korea: Digital platform government, 2022– (ongoing). ' +
				'India: NeGP, 2006–2014. India: India Stack, 2016– (ongoing).'
		);
	});

	it("draws one bar per phase, Korea's lane above India's, each named on hover", () => {
		const { container } = render(PhaseChart, {
			phases: PHASES,
			currentYear: 2026,
			label: 'Phases'
		});
		const bars = [...container.querySelectorAll('g.phase')];
		expect(bars.map((g) => g.querySelector('title')?.textContent)).toEqual([
			'Korea: NBIS networks, 1987–1996',
			'Korea: Digital platform government, 2022– (ongoing)',
			'India: NeGP, 2006–2014',
			'India: India Stack, 2016– (ongoing)'
		]);
		const y = (id: string) =>
			Number(container.querySelector(`[data-phase-id="${id}"] rect`)?.getAttribute('y'));
		expect(y('kor-nbis')).toBeLessThan(y('ind-negp'));
		const chart = screen.getByRole('img', { name: 'Phases' });
		expect(within(chart).getByText('Korea')).toBeInTheDocument();
		expect(within(chart).getByText('India')).toBeInTheDocument();
	});
});
