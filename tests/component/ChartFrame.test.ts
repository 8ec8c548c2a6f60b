import { renderWithWords } from './render';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import type { DeckTarget, SlideOffer } from '../../src/lib/charts/deck';
import type { Source } from '../../src/lib/data/schema';
import Harness from './ChartFrameHarness.svelte';

const sources: Source[] = [
	{
		source_id: 'idx-un-2024',
		title: 'UN E-Government Survey 2024',
		publisher: 'UN DESA',
		year: 2024,
		url: 'https://example.org/egov2024',
		accessed: '2026-11-26',
		kind: 'official',
		via: 'GitHub (someone/copy)',
		notes: ''
	}
];
const table = {
	columns: [
		{ key: 'country', label: 'Country' },
		{ key: 'rank', label: 'Rank', numeric: true },
		{ key: 'score', label: 'Score', numeric: true }
	],
	rows: [
		{ cells: { country: 'Korea', rank: 4, score: 0.9679 }, source_ids: ['idx-un-2024'] },
		{ cells: { country: 'India', rank: 97, score: null }, source_ids: ['idx-un-2024'] }
	]
};

it("is a figure with its heading, takeaway and sources by kind, and Show table swaps chart for table with each row's evidence", async () => {
	const user = userEvent.setup();
	renderWithWords(Harness, { table, sources });
	const figure = screen.getByRole('figure', { name: 'EGDI rank' });
	expect(within(figure).getByText('Korea ranked 4 of 193 in 2024.')).toBeInTheDocument();
	expect(within(figure).getByRole('link', { name: 'UN E-Government Survey 2024' })).toHaveAttribute(
		'href',
		'https://example.org/egov2024'
	);
	expect(figure).toHaveTextContent(
		'Sources: 1 document: 1 official. Official (1): UN E-Government Survey 2024 (UN DESA, 2024; retrieved from GitHub (someone/copy)).'
	);
	expect(within(figure).getByRole('img', { name: 'The chart' })).toBeInTheDocument();

	const toggle = within(figure).getByRole('button', { name: 'Show table' });
	expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await user.click(toggle);
	expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(within(figure).queryByRole('img', { name: 'The chart' })).toBeNull();
	const grid = await within(figure).findByRole('table', { name: 'EGDI rank: data' });
	const rows = within(grid)
		.getAllByRole('row')
		.map((r) => r.textContent?.trim());
	expect(rows).toEqual([
		'CountryRankScoreEvidenceSources',
		'Korea40.9679Copy of UN DESA (2024), retrieved from GitHub (someone/copy)UN DESA 2024 (official, retrieved from GitHub (someone/copy))',
		'India97—Copy of UN DESA (2024), retrieved from GitHub (someone/copy)UN DESA 2024 (official, retrieved from GitHub (someone/copy))'
	]);

	await user.click(toggle);
	expect(within(figure).getByRole('img', { name: 'The chart' })).toBeInTheDocument();
});

it('offers "Add to presentation" only where the page has a deck that takes the chart, and hands it the chart', async () => {
	const user = userEvent.setup();
	const { unmount } = renderWithWords(Harness, { table, sources });
	expect(screen.queryByRole('button', { name: 'Add to presentation' })).toBeNull();
	unmount();

	const added: SlideOffer[] = [];
	const deck: DeckTarget = {
		takes: (chartId) => chartId === 'test',
		add: async (slide) => added.push(slide) + 2
	};
	renderWithWords(Harness, { table, sources, deck });
	const figure = screen.getByRole('figure', { name: 'EGDI rank' });
	await user.click(within(figure).getByRole('button', { name: 'Add to presentation' }));
	expect(
		await within(figure).findByText('Added to presentation: slide 3 of 3.')
	).toBeInTheDocument();
	expect(added).toEqual([{ chartId: 'test', title: 'EGDI rank', query: '', caption: '' }]);
});
