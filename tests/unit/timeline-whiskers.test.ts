import { describe, expect, it } from 'vitest';
import { whiskerPaths, type MarkLayout } from '../../src/lib/timeline/layout';

const mark = (spanX: [number, number], y: number, colour: string) =>
	({ spanX, y, colour }) as MarkLayout;

describe('precision whiskers', () => {
	it('draws one path per colour, a segment per mark whose date covers some width', () => {
		const paths = whiskerPaths([
			mark([100, 160], 40, '#111'),
			mark([300, 300.2], 40, '#111'), // an exact day: nothing to draw
			mark([200, 204.25], 60, '#222'),
			mark([10, 70], 80, '#111')
		]);
		expect(paths).toEqual([
			{ colour: '#111', d: 'M100 40H160M10 80H70' },
			{ colour: '#222', d: 'M200 60H204.3' }
		]);
	});

	it('draws nothing for a lane of exact days', () => {
		expect(whiskerPaths([mark([5, 5], 1, '#111')])).toEqual([]);
	});
});
