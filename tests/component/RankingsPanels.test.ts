import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { IndexRow } from '../../src/lib/data/schema';
import IndexPanels from '../../src/lib/rankings/IndexPanels.svelte';
import { egdiPanels, subIndexPanels } from '../../src/lib/rankings/panels';

const r = (p: Partial<IndexRow> & Pick<IndexRow, 'country' | 'index' | 'edition'>): IndexRow => ({
	value: 0.5,
	rank: 10,
	of: 193,
	source_ids: ['s'],
	notes: 'Rank published by the UN.',
	...p
});
const ROWS: IndexRow[] = [
	r({ country: 'KOR', index: 'EGDI', edition: 2022, value: 0.9529, rank: 3 }),
	r({ country: 'KOR', index: 'EGDI', edition: 2024, value: 0.96789, rank: 4 }),
	r({ country: 'IND', index: 'EGDI', edition: 2022, value: 0.5883, rank: 105 }),
	r({ country: 'IND', index: 'EGDI', edition: 2024, value: 0.66776, rank: 97 }),
	...(['OSI', 'TII'] as const).flatMap((index) =>
		[2022, 2024].flatMap((edition) => [
			r({ country: 'KOR', index, edition, notes: 'Rank computed from the UN data file.' }),
			r({
				country: 'IND',
				index,
				edition,
				rank: 100,
				notes: 'Rank computed from the UN data file.'
			})
		])
	)
];

describe('IndexPanels', () => {
	it('shows ranks "of N countries" in Rank mode and scores in Score mode', () => {
		const rank = egdiPanels(ROWS, 'rank');
		const { unmount } = render(IndexPanels, { ...rank, label: 'EGDI rank', description: 'd' });
		const marks = within(screen.getByRole('group', { name: 'EGDI rank' })).getAllByRole('img');
		expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
			'Korea, EGDI 2022: 3rd of 193 countries, score 0.9529',
			'Korea, EGDI 2024: 4th of 193 countries, score 0.96789',
			'India, EGDI 2022: 105th of 193 countries, score 0.5883',
			'India, EGDI 2024: 97th of 193 countries, score 0.66776'
		]);
		expect(screen.getByText('Rank (1 = best)')).toBeInTheDocument();
		unmount();
		render(IndexPanels, { ...egdiPanels(ROWS, 'score'), label: 'EGDI score', description: 'd' });
		expect(screen.getByText('Score (0–1)')).toBeInTheDocument();
		expect(screen.queryByText('Rank (1 = best)')).not.toBeInTheDocument();
	});

	it('draws computed ranks hollow and flags them in the name', () => {
		const { container } = render(IndexPanels, {
			...subIndexPanels(ROWS, 'rank', ['OSI', 'TII']),
			label: 'Parts',
			description: 'd',
			computedKey: true
		});
		expect(screen.getAllByRole('img', { name: /rank computed from UN data/ })).toHaveLength(8);
		expect(container.querySelectorAll('.point .marker[fill="#ffffff"]')).toHaveLength(8);
	});

	it('puts the crosshair on the highlighted edition in every panel', async () => {
		const user = userEvent.setup();
		let highlight: number | null = null;
		const { rerender } = render(IndexPanels, {
			...subIndexPanels(ROWS, 'rank', ['OSI', 'TII']),
			label: 'Parts',
			description: 'd',
			highlight,
			onhighlight: (e: number | null) => (highlight = e)
		});
		expect(screen.queryAllByTestId('crosshair')).toHaveLength(0);
		await user.tab();
		expect(highlight).toBe(2022);
		await rerender({ highlight });
		expect(screen.getAllByTestId('crosshair')).toHaveLength(2);
		// The pointer on another edition's mark moves it there.
		const other = screen
			.getAllByRole('img')
			.find((g) => /\b2024\b/.test(g.getAttribute('aria-label') ?? ''));
		await user.hover(other!);
		expect(highlight).toBe(2024);
	});
});
