import { renderWithWords } from './render';
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import { sourceIndex } from '../../src/lib/data/sources';
import { indexSeries } from '../../src/lib/rankings/series';
import { memoryStorage } from '../../src/lib/upload/store/persist';
import { readText } from '../../src/lib/upload/ingest/session';
import { UploadStore } from '../../src/lib/upload/store/store.svelte';
import RankingsView from '../../src/lib/views/RankingsView.svelte';
import type { RankingsData } from '../../src/lib/views/types';
const store = new UploadStore(memoryStorage());
vi.mock('../../src/lib/upload/store/lazy', () => ({ loadUploads: async () => store }));
// The router does not run here; the URL the picker writes is covered end to end.
vi.mock('$app/navigation', () => ({ afterNavigate: vi.fn(), replaceState: vi.fn() }));

const fixture = (name: string) => readFileSync(`tests/fixtures/upload/${name}`, 'utf8');

function pageData(): RankingsData {
	const { data } = loadData();
	const un = data.indices.filter((r) => !['GTMI', 'OECD_DGI'].includes(r.index));
	return {
		un,
		other: [],
		egdi: indexSeries(data.indices, 'EGDI'),
		caution: null,
		unSources: [],
		sources: sourceIndex(data.sources, data.indices)
	};
}

describe('/rankings with uploaded UN data', () => {
	it('offers uploaded countries in a picker; picking one adds its marks and its table rows', async () => {
		await store.add(
			readText(fixture('egov-2024.csv'), 'egov-2024.csv', 'utf-8', 1),
			new Date('2025-01-02T00:00:00Z')
		);
		const user = userEvent.setup();
		renderWithWords(RankingsView, { data: pageData() });
		const picker = await screen.findByRole('group', { name: 'Countries from your data' });
		expect(
			within(picker)
				.getAllByRole('checkbox')
				.map((c) => c.closest('label')!.textContent!.trim())
		).toEqual(["▲ Côte d'Ivoire", '◆ Estonia', '★ Türkiye']);
		const chart = screen.getByRole('group', {
			name: 'EGDI rank of Korea and India by survey edition'
		});
		expect(within(chart).queryAllByRole('img', { name: /^Estonia/ })).toHaveLength(0);

		await user.click(within(picker).getByRole('checkbox', { name: /Estonia/ }));
		const withEst = screen.getByRole('group', {
			name: 'EGDI rank of Korea, India and Estonia by survey edition'
		});
		expect(
			within(withEst)
				.getAllByRole('img', { name: /^Estonia/ })
				.map((m) => m.getAttribute('aria-label'))
		).toEqual(['Estonia, EGDI 2024: 2nd, score 0.9727']);
		// Its own colour (the palette's second extra colour) and its own shape (a diamond path).
		const mark = within(withEst)
			.getByRole('img', { name: /^Estonia/ })
			.querySelector('path')!;
		expect(mark.getAttribute('fill')).toBe('#8E4F8C');
		expect(
			screen.getByText(/; Estonia ranked 2nd in 2024\.$/, { selector: 'p' })
		).toBeInTheDocument();

		await user.click(screen.getAllByRole('button', { name: 'Show table' })[0]!);
		const table = await screen.findByRole('table', {
			name: 'UN E-Government Development Index: rank: data'
		});
		const est = within(table)
			.getAllByRole('row')
			.filter((r) => r.textContent!.includes('Estonia'));
		expect(
			est.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim()))
		).toEqual([
			[
				'Estonia',
				'EGDI',
				'2024',
				'2',
				'—',
				'0.9727',
				'published',
				'Your data',
				'Uploaded in this browser (UN E-Government Knowledgebase data-centre export)'
			]
		]);
	}, 20_000); // the whole page with every dataset: slow in jsdom on a busy machine

	it('draws a picked country in the sub-index panels and the gap chart too, in its own look', async () => {
		// The store already holds the fixture (the test above added it).
		const user = userEvent.setup();
		renderWithWords(RankingsView, { data: pageData() });
		const picker = await screen.findByRole('group', { name: 'Countries from your data' });
		await user.click(within(picker).getByRole('checkbox', { name: /Estonia/ }));

		// Rank mode: the file has no ranks of the parts, and the note says so.
		const subs = screen.getByRole('group', {
			name: 'OSI, TII, HCI and EPI rank of Korea, India and Estonia by survey edition'
		});
		expect(within(subs).queryAllByRole('img', { name: /^Estonia/ })).toHaveLength(0);
		expect(
			screen.getByText(/Your file has no ranks of the parts for Estonia: choose/)
		).toBeInTheDocument();
		const gaps = screen.getByRole('group', {
			name: 'Gap between Korea and each of India and Estonia by rank, per index and edition'
		});
		expect(
			within(gaps)
				.getAllByRole('img', { name: /Estonia/ })
				.map((m) => m.getAttribute('aria-label'))
		).toEqual(['EGDI 2024: Korea 2 places behind Estonia']);
		expect(within(gaps).getByText('Korea against Estonia')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Score' }));
		const subScores = screen.getByRole('group', {
			name: 'OSI, TII, HCI and EPI score of Korea, India and Estonia by survey edition'
		});
		const marks = within(subScores).getAllByRole('img', { name: /^Estonia/ });
		expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
			'Estonia, OSI 2024: rank not published, score 0.9781',
			'Estonia, TII 2024: rank not published, score 0.9939',
			'Estonia, HCI 2024: rank not published, score 0.946',
			'Estonia, EPI 2024: rank not published, score 0.9178'
		]);
		// The same colour as in the EGDI chart.
		expect(marks[0]!.querySelector('path')!.getAttribute('fill')).toBe('#8E4F8C');
		expect(
			screen.getByText(/; Estonia \(2024\) OSI 0\.9781, TII 0\.9939, HCI 0\.946, EPI 0\.9178\.$/, {
				selector: 'p'
			})
		).toBeInTheDocument();
		const gapScores = screen.getByRole('group', {
			name: 'Gap between Korea and each of India and Estonia by score, per index and edition'
		});
		expect(
			within(gapScores)
				.getAllByRole('img', { name: /Estonia/ })
				.map((m) => m.getAttribute('aria-label'))
		).toEqual([
			'EGDI 2024: Korea minus Estonia -0.00481',
			'OSI 2024: Korea minus Estonia 0.0219',
			'TII 2024: Korea minus Estonia -0.0022',
			'HCI 2024: Korea minus Estonia -0.03402',
			'EPI 2024: Korea minus Estonia 0.0548'
		]);
		expect(
			within(gapScores)
				.getAllByRole('img', { name: /Estonia/ })[0]!
				.querySelector('path')!
				.getAttribute('fill')
		).toBe('#8E4F8C');
		expect(
			screen.getByRole('heading', { name: 'The gap: Korea against India and Estonia, per index' })
		).toBeInTheDocument();
	}, 20_000);
});
