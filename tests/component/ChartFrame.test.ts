import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
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

it('is a figure with its heading, takeaway and source, and Show table swaps chart for table', async () => {
	const user = userEvent.setup();
	render(Harness, { table, sources });
	const figure = screen.getByRole('figure', { name: 'EGDI rank' });
	expect(within(figure).getByText('Korea ranked 4 of 193 in 2024.')).toBeInTheDocument();
	expect(within(figure).getByRole('link', { name: 'UN E-Government Survey 2024' })).toHaveAttribute(
		'href',
		'https://example.org/egov2024'
	);
	expect(within(figure).getByRole('img', { name: 'The chart' })).toBeInTheDocument();

	const toggle = within(figure).getByRole('button', { name: 'Show table' });
	expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await user.click(toggle);
	expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(within(figure).queryByRole('img', { name: 'The chart' })).toBeNull();
	const grid = within(figure).getByRole('table', { name: 'EGDI rank: data' });
	const rows = within(grid)
		.getAllByRole('row')
		.map((r) => r.textContent?.trim());
	expect(rows).toEqual([
		'CountryRankScoreSources',
		'Korea40.9679UN DESA 2024',
		'India97—UN DESA 2024'
	]);

	await user.click(toggle);
	expect(within(figure).getByRole('img', { name: 'The chart' })).toBeInTheDocument();
});
