import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import BudgetChart from '../../src/lib/budget/BudgetChart.svelte';
import type { BudgetRow } from '../../src/lib/data/schema';

const row = (
	p: Partial<BudgetRow> & Pick<BudgetRow, 'year' | 'series' | 'country'>
): BudgetRow => ({
	definition: 'What the amount covers.',
	status: 'budgeted',
	amount_lcu_m: 2844500,
	national_lcu_m: 196000000,
	currency: p.country === 'IND' ? 'INR' : 'KRW',
	source_ids: ['src-a'],
	national_source_ids: ['src-a'],
	notes: '',
	...p
});

const ROWS: BudgetRow[] = [
	row({ country: 'KOR', year: 2004, series: 'kor-gov-informatization-2004' }),
	row({
		country: 'KOR',
		year: 2005,
		series: 'kor-gov-informatization-2004',
		amount_lcu_m: 2905200,
		national_lcu_m: 207800000
	}),
	row({
		country: 'KOR',
		year: 2008,
		series: 'kor-gov-informatization-2008',
		amount_lcu_m: 3400000,
		national_lcu_m: 256172100
	}),
	row({
		country: 'IND',
		year: 2022,
		series: 'ind-it-ministry-total',
		amount_lcu_m: 1130000,
		national_lcu_m: 39449090,
		status: 'planned'
	})
];
const SOURCES = {
	'src-a': {
		source_id: 'src-a',
		title: 'A budget table',
		publisher: 'MOEF',
		year: 2005,
		url: 'https://example.org/a',
		accessed: '2026',
		kind: 'official' as const,
		via: '',
		notes: ''
	},
	'src-press': {
		source_id: 'src-press',
		title: 'A news report',
		publisher: 'Etnews',
		year: 2008,
		url: 'https://example.org/n',
		accessed: '2026',
		kind: 'press' as const,
		via: '',
		notes: ''
	}
};
const props = (mode: 'share' | 'amount') => ({
	rows: ROWS,
	mode,
	label: 'Budget chart',
	description: 'Summary.',
	referenceLabel: '1% claim: “Korea earmarked 1%” (CIPS 2017)',
	sources: SOURCES
});

describe('BudgetChart', () => {
	it('names every mark with its year, series, status, share and amount', () => {
		render(BudgetChart, props('share'));
		const chart = screen.getByRole('group', { name: 'Budget chart' });
		expect(chart).toHaveAccessibleDescription('Summary.');
		expect(
			within(chart)
				.getAllByRole('img')
				.map((m) => m.getAttribute('aria-label'))
		).toEqual([
			'Korea 2004, Gov. informatization, 2004 basis, budgeted: 1.45% of the national budget, KRW 2.8445 trillion',
			'Korea 2005, Gov. informatization, 2004 basis, budgeted: 1.40% of the national budget, KRW 2.9052 trillion',
			'Korea 2008, 2008 restated basis, budgeted: 1.33% of the national budget, KRW 3.4 trillion',
			'India 2022-23, IT ministry total, planned: 2.86% of the national budget, ₹1,13,000 crore (≈ 1.13 lakh crore)'
		]);
	});

	it('draws the 1% claim, one line per unbroken run, and labels the break', () => {
		const { container } = render(BudgetChart, props('share'));
		expect(screen.getByText('1% claim: “Korea earmarked 1%” (CIPS 2017)')).toBeInTheDocument();
		// 2004–05 is one line; 2008 is a new definition and a lone mark; nothing joins 2005 to 2008.
		expect(container.querySelectorAll('path.series-line')).toHaveLength(1);
		expect(screen.getByText('● Break 2008: 2008 restated basis')).toBeInTheDocument();
	});

	it('in Amount mode shows one axis per currency and no 1% line', () => {
		render(BudgetChart, props('amount'));
		expect(screen.getByText('Korea: KRW trillion')).toBeInTheDocument();
		expect(screen.getByText('India: ₹ crore')).toBeInTheDocument();
		expect(screen.queryByText(/1% claim/)).not.toBeInTheDocument();
	});

	it('shows the details of a mark on focus, and arrow keys move to the next mark', async () => {
		const user = userEvent.setup();
		render(BudgetChart, props('share'));
		await user.tab();
		expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Korea 2004/);
		expect(screen.getByText('KRW 196 trillion')).toBeInTheDocument();
		// The same source states the amount and the total: it is linked under each.
		const links = screen.getAllByRole('link', { name: 'MOEF 2005' });
		expect(links.map((a) => a.getAttribute('href'))).toEqual([
			'https://example.org/a',
			'https://example.org/a'
		]);
		expect(screen.getByText('Sources').nextElementSibling).toHaveTextContent(
			/^amount: MOEF 2005 \(official\); national total: MOEF 2005 \(official\)$/
		);
		await user.keyboard('{ArrowRight}');
		expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Korea 2005/);
		expect(screen.getByText('KRW 207.8 trillion')).toBeInTheDocument();
	});

	it('rings a figure resting on press reports only, explains the ring, and says so in its details', async () => {
		const user = userEvent.setup();
		const rows = ROWS.map((r) => (r.year === 2005 ? { ...r, source_ids: ['src-press'] } : r));
		const { container } = render(BudgetChart, { ...props('share'), rows });
		expect(container.querySelectorAll('.weak-cue')).toHaveLength(1);
		expect(
			screen.getByText(/^Dashed ring: no official or research source read at its own page/)
		).toHaveTextContent('(1 of 4 figures)');
		await user.tab();
		expect(screen.getByText('amount: official, MOEF')).toBeInTheDocument();
		await user.keyboard('{ArrowRight}');
		expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Korea 2005/);
		expect(screen.getByText('amount: press reports only')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Etnews 2008' }).parentElement).toHaveTextContent(
			'Etnews 2008 (press)'
		);
	});

	it('rings a share whose amount or national total has no official source, and an amount by its own', async () => {
		const user = userEvent.setup();
		// 2004: press amount over an official total; 2005: official amount over a press total.
		const rows = ROWS.map((r) =>
			r.year === 2004
				? { ...r, source_ids: ['src-press'] }
				: r.year === 2005
					? { ...r, national_source_ids: ['src-press'] }
					: r
		);
		const share = render(BudgetChart, { ...props('share'), rows });
		expect(share.container.querySelectorAll('.weak-cue')).toHaveLength(2);
		expect(
			screen.getByText(/^Dashed ring: no official or research source read at its own page/)
		).toHaveTextContent('(2 of 4 figures)');
		await user.tab();
		const details = () => screen.getByText('Evidence').nextElementSibling;
		expect(details()).toHaveTextContent(
			/^amount: press reports only; national total: official, MOEF$/
		);
		await user.keyboard('{ArrowRight}');
		expect(details()).toHaveTextContent(
			/^amount: official, MOEF; national total: press reports only$/
		);
		share.unmount();
		const amount = render(BudgetChart, { ...props('amount'), rows });
		expect(amount.container.querySelectorAll('.weak-cue')).toHaveLength(1);
	});
});
