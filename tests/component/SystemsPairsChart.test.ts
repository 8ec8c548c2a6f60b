import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { System } from '../../src/lib/data/schema';
import { pairRows } from '../../src/lib/systems/pair-rows';
import PairsChart from '../../src/lib/systems/PairsChart.svelte';

const sys = (
	p: Partial<System> & Pick<System, 'system_id' | 'country' | 'function' | 'name'>
): System => ({
	native_name: '',
	launch_date: '',
	operator: '',
	description: '',
	url: 'https://example.org',
	source_ids: ['s'],
	...p
});
const ROWS = pairRows([
	sys({
		system_id: 'kor-hometax',
		country: 'KOR',
		function: 'tax',
		name: 'Hometax',
		launch_date: '2002-04'
	}),
	sys({
		system_id: 'ind-gstn',
		country: 'IND',
		function: 'tax',
		name: 'GST Network (GSTN) / GST portal',
		launch_date: '2017-07-01'
	}),
	sys({
		system_id: 'ind-itr-efiling',
		country: 'IND',
		function: 'tax',
		name: 'Income-tax e-filing portal',
		launch_date: '2004-09-30'
	}),
	sys({
		system_id: 'kor-unipass',
		country: 'KOR',
		function: 'customs',
		name: 'UNI-PASS (Korea Customs)'
	}),
	sys({
		system_id: 'ind-icegate',
		country: 'IND',
		function: 'customs',
		name: 'ICEGATE (Indian Customs)'
	})
]);

describe('PairsChart', () => {
	it('draws one row per function, both Indian tax systems, and the gap label', () => {
		render(PairsChart, { rows: ROWS, selected: null, label: 'Pairs', description: 'd' });
		const rows = screen.getAllByRole('button');
		expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
			'Tax: India 2 years later. Hometax 2002; Income-tax e-filing 2004; GSTN 2017',
			'Customs: Gap unknown: neither launch is dated. Korea: UNI-PASS, launch not dated; India: ICEGATE, launch not dated'
		]);
		// The full launch dates are the pair's description (its SVG title).
		expect(rows[0]).toHaveAccessibleDescription(
			'Tax. Korea: Hometax 2002-04; India: Income-tax e-filing 2004-09-30, GSTN 2017-07-01. India 2 years later.'
		);
		expect(screen.getByText('India 2 years later')).toBeInTheDocument();
		expect(screen.getByText('GSTN 2017')).toBeInTheDocument();
		expect(screen.getByText('Korea: UNI-PASS, launch not dated')).toBeInTheDocument();
	});

	it('selects a pair by click and by keyboard', async () => {
		const user = userEvent.setup();
		const onselect = vi.fn();
		render(PairsChart, { rows: ROWS, selected: 'tax', onselect, label: 'Pairs', description: 'd' });
		expect(screen.getAllByRole('button')[0]).toHaveAttribute('aria-pressed', 'true');
		await user.click(screen.getAllByRole('button')[1]!);
		expect(onselect).toHaveBeenLastCalledWith('customs');
		await user.keyboard('{ArrowUp}{Enter}');
		expect(onselect).toHaveBeenLastCalledWith('tax');
	});
});
