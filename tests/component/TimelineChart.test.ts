import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MilestoneCategory } from '../../src/lib/data/schema';
import { anchorsFor, keyTitles } from '../../src/lib/timeline/kinds';
import type { LayoutInput } from '../../src/lib/timeline/layout';
import { ALL_CATEGORIES } from '../../src/lib/timeline/marks';
import TimelineChart from '../../src/lib/timeline/TimelineChart.svelte';
import { MILESTONES, monthlyMilestones, PHASES } from './TimelineFixture';

const countries = ['KOR', 'IND'];
/** The chart's props: `over` sets the layout's input, and `onpin` the callback. */
const props = ({
	onpin,
	...over
}: Partial<LayoutInput> & { onpin?: (id: string | null) => void } = {}) => ({
	input: {
		phases: PHASES,
		milestones: MILESTONES,
		countries,
		anchors: anchorsFor('calendar', countries, MILESTONES, {}),
		relative: false,
		domain: null,
		width: 1118,
		categories: new Set<MilestoneCategory>(ALL_CATEGORIES),
		query: '',
		keyTitles: keyTitles(),
		currentYear: 2026,
		...over
	},
	label: 'Timeline',
	summary: 'Summary.',
	onpin
});

const markNames = () => screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'));
const axisLabels = (c: HTMLElement) =>
	[...c.querySelectorAll('g.axis text')].map((t) => t.textContent);

describe('TimelineChart', () => {
	it('draws every milestone as a button named by its title, date, country and category', () => {
		render(TimelineChart, props());
		expect(screen.getByRole('group', { name: 'Timeline' })).toHaveAccessibleDescription('Summary.');
		expect(markNames()).toEqual([
			'National administrative network: five NBIS backbone networks set up, 1987 (Korea, infrastructure)',
			'E-Government Act enacted, 28 March 2001 (Korea, law)',
			'Hometax launched, April 2002 (Korea, system launch)',
			'NICNET: national satellite network launched, 1987 (India, infrastructure)',
			'IT Act 2000: presidential assent, 9 June 2000 (India, law)',
			'Income-tax e-filing: 2004 e-return and internet schemes, 30 September 2004 (India, system launch)'
		]);
	});

	it("puts Korea's lane above India's and names the phases", () => {
		const { container } = render(TimelineChart, props());
		const laneY = (c: string) =>
			Number(
				container.querySelector(`g.lane[data-country="${c}"] text.lane-title`)?.getAttribute('y')
			);
		expect(laneY('KOR')).toBeLessThan(laneY('IND'));
		expect(
			screen.getByRole('img', { name: 'Korea phase: NBIS networks, 1987–1996' })
		).toBeInTheDocument();
		expect(screen.getByRole('img', { name: 'India phase: NeGP, 2006–2014' })).toBeInTheDocument();
	});

	it('shows only the checked categories', () => {
		render(TimelineChart, props({ categories: new Set<MilestoneCategory>(['law']) }));
		expect(markNames()).toEqual([
			'E-Government Act enacted, 28 March 2001 (Korea, law)',
			'IT Act 2000: presidential assent, 9 June 2000 (India, law)'
		]);
	});

	it('shows only the marks inside a zoomed range, with year ticks', () => {
		const { container } = render(TimelineChart, props({ domain: [1999, 2009] }));
		expect(markNames()).toHaveLength(4);
		expect(axisLabels(container)).toEqual([
			'1999',
			'2000',
			'2001',
			'2002',
			'2003',
			'2004',
			'2005',
			'2006',
			'2007',
			'2008',
			'2009'
		]);
	});

	it('reads "years since" in aligned mode, each lane on its own year 0', () => {
		const anchors = anchorsFor('egov-law', countries, MILESTONES, {});
		const { container } = render(TimelineChart, props({ anchors, relative: true }));
		expect(axisLabels(container)).toEqual([
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
		expect(screen.getByText('Korea — year 0 = 2001')).toBeInTheDocument();
		expect(screen.getByText('India — year 0 = 2000')).toBeInTheDocument();
	});

	it('moves focus between marks in time order with the arrow keys (one tab stop)', async () => {
		const user = userEvent.setup();
		render(TimelineChart, props());
		const tabStops = screen
			.getAllByRole('button')
			.filter((b) => b.getAttribute('tabindex') === '0');
		expect(tabStops).toHaveLength(1);
		tabStops[0]!.focus();
		const seen = [document.activeElement?.getAttribute('aria-label')?.split(',')[0]];
		for (let i = 0; i < 5; i++) {
			await user.keyboard('{ArrowRight}');
			seen.push(document.activeElement?.getAttribute('aria-label')?.split(',')[0]);
		}
		expect(seen).toEqual([
			'National administrative network: five NBIS backbone networks set up',
			'NICNET: national satellite network launched',
			'IT Act 2000: presidential assent',
			'E-Government Act enacted',
			'Hometax launched',
			'Income-tax e-filing: 2004 e-return and internet schemes'
		]);
	});

	it('in a dense lane keeps one symbol in the tab order and steps through the ticks by keyboard', async () => {
		const user = userEvent.setup();
		const milestones = [
			...monthlyMilestones('KOR', 'Korea', 1970, 300),
			...monthlyMilestones('IND', 'India', 1971, 300)
		];
		const pins: (string | null)[] = [];
		const { container } = render(
			TimelineChart,
			props({
				phases: [],
				milestones,
				anchors: anchorsFor('calendar', countries, milestones, {}),
				onpin: (id: string | null) => pins.push(id)
			})
		);
		expect(container.querySelectorAll('canvas.dense-marks')).toHaveLength(2);
		expect(container.querySelector('g.lane[data-country="KOR"] .dense-note')).toHaveTextContent(
			'300 milestones in view: a tick each, one row per category in legend order. Zoom in for symbols.'
		);
		expect(markNames()).toEqual(['Korea event 1, January 1970 (Korea, law)']);
		await user.tab();
		await user.tab();
		const seen = [document.activeElement?.getAttribute('aria-label')];
		for (let i = 0; i < 13; i++) {
			await user.keyboard('{ArrowRight}');
			seen.push(document.activeElement?.getAttribute('aria-label')?.split(',')[0]);
		}
		expect(seen.slice(10)).toEqual([
			'Korea event 11',
			'Korea event 12',
			'Korea event 13',
			// January 1971 in both lanes: Korea's lane first.
			'India event 1'
		]);
		await user.keyboard('{Enter}');
		expect(pins).toEqual(['IND-1971-01-india-event-1']);
		// Still only the tab stop (and the pinned mark, which is the same one) are elements.
		expect(markNames()).toEqual(['India event 1, January 1971 (India, law)']);
	});
});
