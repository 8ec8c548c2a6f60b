import { renderWithWords } from './render';
import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { lagTableTakeaway } from '../../src/lib/compare/lags';
import { DEFAULT_VIEW } from '../../src/lib/url/timeline';
import { LAGS, MILESTONES, PHASES, SOURCES, SYSTEMS } from './TimelineFixture';
import TimelineHarness from './TimelineHarness.svelte';

beforeAll(() => {
	// jsdom lays nothing out: give the chart's box the width of a 1280 px window's content.
	// Reports each box once, at once, as a browser does after its first layout.
	globalThis.ResizeObserver ??= class {
		constructor(private report: ResizeObserverCallback) {}
		observe(target: Element) {
			this.report([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
		}
		unobserve() {}
		disconnect() {}
	};
	Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
		configurable: true,
		get() {
			return 1118;
		}
	});
});

const setup = () => {
	const view = structuredClone(DEFAULT_VIEW);
	const result = renderWithWords(TimelineHarness, {
		phases: PHASES,
		milestones: MILESTONES,
		sources: SOURCES,
		systems: SYSTEMS,
		lags: LAGS,
		lagTakeaway: lagTableTakeaway(LAGS),
		currentYear: 2026,
		view
	});
	return { user: userEvent.setup(), ...result };
};
const details = () => screen.getByRole('region', { name: 'Milestone details' });
const mark = (name: RegExp) => screen.getByRole('button', { name });

describe('TimelineExplorer', () => {
	it('shows a focused milestone in the details panel, with its system and source link', async () => {
		setup();
		mark(/^Hometax launched, April 2002/).focus();
		await tick();
		const panel = details();
		// The details load with the first milestone read.
		expect(
			await within(panel).findByRole('heading', { name: 'Hometax launched' })
		).toBeInTheDocument();
		expect(panel).toHaveTextContent('April 2002 · Korea · ● System launch');
		expect(panel).toHaveTextContent('Online tax filing opened to all taxpayers.');
		expect(panel).toHaveTextContent('Linked system: Hometax (홈택스)');
		expect(within(panel).getByRole('link', { name: 'Korea Publisher 2010' })).toHaveAttribute(
			'href',
			'https://example.org/k'
		);
	});

	it('shows the milestone under the pointer, moving from mark to mark, and none once it leaves', async () => {
		const { user } = setup();
		await user.hover(mark(/^IT Act 2000/));
		expect(
			await within(details()).findByRole('heading', { name: 'IT Act 2000: presidential assent' })
		).toBeInTheDocument();
		await user.hover(mark(/^Hometax launched, April 2002/));
		expect(
			await within(details()).findByRole('heading', { name: 'Hometax launched' })
		).toBeInTheDocument();
		await user.unhover(mark(/^Hometax launched, April 2002/));
		expect(within(details()).queryByRole('heading')).toBeNull();
	});

	it('pins a milestone on click and unpins it', async () => {
		const { user } = setup();
		await user.click(mark(/^IT Act 2000/));
		expect(mark(/^IT Act 2000/)).toHaveAttribute('aria-pressed', 'true');
		await user.unhover(mark(/^IT Act 2000/));
		expect(await within(details()).findByText('Pinned')).toBeInTheDocument();
		await user.click(await within(details()).findByRole('button', { name: 'Unpin' }));
		expect(mark(/^IT Act 2000/)).toHaveAttribute('aria-pressed', 'false');
	});

	it('hides and shows milestones with the category checkboxes', async () => {
		const { user } = setup();
		expect(screen.getAllByRole('button', { name: /\((Korea|India), law\)$/ })).toHaveLength(2);
		await user.click(screen.getByRole('checkbox', { name: 'Law' }));
		expect(screen.queryAllByRole('button', { name: /\((Korea|India), law\)$/ })).toHaveLength(0);
		await user.click(screen.getByRole('checkbox', { name: 'Law' }));
		expect(screen.getAllByRole('button', { name: /\((Korea|India), law\)$/ })).toHaveLength(2);
	});

	it('counts and outlines search matches', async () => {
		const { user, container } = setup();
		await user.type(screen.getByRole('searchbox', { name: 'Search milestones' }), 'e-filing');
		expect(screen.getByText('1 match, outlined and labelled first')).toBeInTheDocument();
		expect(
			[...container.querySelectorAll('g.mark.hit')].map((g) => g.getAttribute('aria-label'))
		).toEqual([
			'Income-tax e-filing: 2004 e-return and internet schemes, 30 September 2004 (India, system launch)'
		]);
	});

	it('steps through search matches with Enter and Shift+Enter, bringing each into view', async () => {
		const { user } = setup();
		// "network": NBIS (Korea, 1987) and NICNET (India, 1987), in lane order on the same year.
		const search = screen.getByRole('searchbox', { name: 'Search milestones' });
		await user.type(search, 'network');
		await user.click(screen.getByRole('button', { name: 'Zoom in' }));
		await user.click(screen.getByRole('button', { name: 'Zoom in' }));
		expect(screen.getByText(/^Showing/)).toHaveTextContent('Showing 1998–2004');
		expect(screen.getByText(/^2 matches/)).toHaveTextContent(
			'2 matches, 0 in view, outlined and labelled first'
		);
		expect(search).toHaveAccessibleDescription('Enter pins the next, Shift+Enter the previous');
		await user.type(search, '{Enter}');
		expect(mark(/^National administrative network/)).toHaveAttribute('aria-pressed', 'true');
		// Panned to 1987: both matches are in view now.
		expect(screen.getByText(/^2 matches/)).toHaveTextContent('2 matches, outlined');
		await user.type(search, '{Enter}');
		expect(mark(/^NICNET/)).toHaveAttribute('aria-pressed', 'true');
		await user.type(search, '{Enter}');
		expect(mark(/^National administrative network/)).toHaveAttribute('aria-pressed', 'true');
		await user.type(search, '{Shift>}{Enter}{/Shift}');
		expect(mark(/^NICNET/)).toHaveAttribute('aria-pressed', 'true');
	});

	it('zooms in and resets with the buttons', async () => {
		const { user } = setup();
		const status = () => screen.getByText(/^Showing/);
		expect(status()).toHaveTextContent('Showing 1987–2014 · 6 milestones');
		await user.click(screen.getByRole('button', { name: 'Zoom in' }));
		expect(status()).toHaveTextContent('Showing 1994–2007 · 4 milestones');
		await user.click(screen.getByRole('button', { name: 'Reset' }));
		expect(status()).toHaveTextContent('Showing 1987–2014 · 6 milestones');
	});

	it('zooms to a phase picked by keyboard, and sets the range with the overview sliders', async () => {
		const { user } = setup();
		const status = () => screen.getByText(/^Showing/);
		const picker = screen.getByRole('combobox', { name: 'Zoom to phase' });
		expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
			'Choose a phase…',
			'Korea: NBIS networks, 1987–1996',
			'India: NeGP, 2006–2014'
		]);
		await user.selectOptions(picker, 'India: NeGP, 2006–2014');
		expect(status()).toHaveTextContent('Showing 2006–2014 · 0 milestones');
		expect(picker).toHaveValue('');

		await user.click(screen.getByRole('button', { name: 'Reset' }));
		const end = screen.getByRole('slider', { name: 'End of the view' });
		expect(end).toHaveAttribute('aria-valuetext', 'end of 2014');
		end.focus();
		await user.keyboard('{PageDown}{PageDown}');
		expect(status()).toHaveTextContent('Showing 1987–2004 · 6 milestones');
		expect(end).toHaveAttribute('aria-valuetext', 'end of 2004');
		const start = screen.getByRole('slider', { name: 'Start of the view' });
		start.focus();
		await user.keyboard('{End}');
		expect(start).toHaveAttribute('aria-valuetext', '2004');
	});

	it('aligns the countries by an anchor: the axis reads years since, and says from which milestone', async () => {
		const { user, container } = setup();
		await user.selectOptions(
			screen.getByRole('combobox', { name: 'Align by' }),
			'First e-government law'
		);
		expect(container.querySelector('p.anchors')).toHaveTextContent(
			'Korea: year 0 = 2001, “E-Government Act enacted” (28 March 2001) · ' +
				'India: year 0 = 2000, “IT Act 2000: presidential assent” (9 June 2000)'
		);
		expect([...container.querySelectorAll('g.axis text')].map((t) => t.textContent)).toEqual([
			'−14',
			'−12',
			'−10',
			'−8',
			'−6',
			'−4',
			'−2',
			'0',
			'+2',
			'+4',
			'+6',
			'+8',
			'+10',
			'+12',
			'+14'
		]);
		expect(screen.getByText(/^Showing/)).toHaveTextContent('years −14 to +15 since year 0');
	});

	it('has a lag table computed from the data, drawn a task after the chart', async () => {
		setup();
		expect(screen.queryByRole('table', { name: /^Lag table/ })).toBeNull();
		const table = await screen.findByRole('table', {
			name: 'Lag table: when each country took the same step'
		});
		const rows = within(table)
			.getAllByRole('row')
			.slice(1)
			.map((r) => [
				r.querySelector('th')!.textContent!.trim().replace(/\s+/g, ' '),
				...within(r)
					.queryAllByRole('cell')
					.map((c) => c.textContent?.trim().split(/\s+/)[0])
			]);
		expect(rows).toEqual([
			['Systems (the same comparisons as on Systems and the overview)'],
			[
				expect.stringMatching(/^Tax Income-tax e-filing opened nationwide in 2004;/),
				'2002',
				'2004',
				'+2'
			],
			['Foundations: networks, laws and plans (not in the median)'],
			['National network', '1987', '1987', '0'],
			[
				expect.stringMatching(/^First e-government law Unlike things: Not the same kind of law/),
				'2001',
				'2000',
				'−1'
			]
		]);
	});
});

describe('TimelineExplorer with uploaded phases and milestones', () => {
	const UPLOADED = {
		phases: [
			{
				country: 'EST',
				phase_id: 'est-xroad',
				name: 'X-Road era',
				start_year: 2001,
				end_year: null,
				administration: '',
				summary: '',
				key_initiatives: [],
				source_ids: ['upload-est-1']
			}
		],
		milestones: [
			{
				country: 'EST',
				date: '2001-12',
				title: 'X-Road data exchange layer launched',
				category: 'infrastructure' as const,
				description: 'Secure data exchange between state registers',
				system_id: '',
				source_ids: ['est-xroad', 'upload-est-1']
			},
			{
				country: 'EST',
				date: '2002-01',
				title: 'National ID card issued',
				category: 'system' as const,
				description: '',
				system_id: '',
				source_ids: ['upload-est-1']
			}
		],
		sources: [
			{
				source_id: 'upload-est-1',
				title: 'milestones-estonia.csv',
				publisher: 'Uploaded in this browser (Milestones)',
				year: null,
				url: '',
				accessed: '2025-01-02',
				notes: ''
			}
		],
		countries: [{ code: 'EST', colourIndex: 1 }]
	};

	it('adds a lane below India in the country colour, and filters and search apply to it', async () => {
		const { registerCountryNames } = await import('../../src/lib/data/countries');
		registerCountryNames([{ code: 'EST', name: 'Estonia' }]);
		const user = userEvent.setup();
		const { container } = renderWithWords(TimelineHarness, {
			phases: PHASES,
			milestones: MILESTONES,
			sources: SOURCES,
			systems: SYSTEMS,
			lags: LAGS,
			lagTakeaway: lagTableTakeaway(LAGS),
			currentYear: 2026,
			view: structuredClone(DEFAULT_VIEW),
			uploaded: UPLOADED
		});
		expect(
			[...container.querySelectorAll('g.lane')].map((g) => [
				g.getAttribute('data-country'),
				g.querySelector('.lane-title')?.textContent,
				(g.querySelector('.lane-title') as SVGElement | null)?.style.fill
			])
		).toEqual([
			['KOR', 'Korea', '#0072B2'],
			['IND', 'India', '#C04F00'],
			['EST', 'Estonia', '#8E4F8C']
		]);
		expect(
			screen.getByRole('img', { name: 'Estonia phase: X-Road era, 2001– (ongoing)' })
		).toBeInTheDocument();
		expect(
			screen.getByRole('button', {
				name: 'National ID card issued, January 2002 (Estonia, system launch)'
			})
		).toBeInTheDocument();
		await user.click(screen.getByRole('checkbox', { name: 'System launch' }));
		expect(screen.queryByRole('button', { name: /National ID card issued/ })).toBeNull();
		await user.type(screen.getByRole('searchbox', { name: 'Search milestones' }), 'X-Road');
		expect(screen.getByText('1 match, outlined and labelled first')).toBeInTheDocument();
	});
});
