import { describe, expect, it } from 'vitest';
import { COUNTRY_COLOURS } from '../../src/lib/charts/theme';
import { MILESTONE_CATEGORIES } from '../../src/lib/data/schema';
import { parseTimelineView, serializeTimelineView } from '../../src/lib/url/timeline';
import { CATEGORY_STYLE } from '../../src/lib/timeline/marks';

/** WCAG contrast of a `#rrggbb` colour on white. */
function contrast(hex: string): number {
	const lin = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
	const l = 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
	return 1.05 / (l + 0.05);
}

describe('milestone categories on the timeline', () => {
	const styles = MILESTONE_CATEGORIES.map((c) => CATEGORY_STYLE[c]);

	it('gives the people’s side its own categories, in legend order after the seven others', () => {
		expect(styles.map((s) => `${s.glyph} ${s.label}`)).toEqual([
			'■ Law',
			'◆ Plan',
			'▲ Institution',
			'● System launch',
			'✚ Infrastructure',
			'▼ Budget',
			'★ Ranking',
			'Y Literacy',
			'✖ Transparency',
			'◗ Participation'
		]);
	});

	it('tells every category by its shape as well as its colour', () => {
		expect(new Set(styles.map((s) => s.path)).size).toBe(styles.length);
		expect(new Set(styles.map((s) => s.glyph)).size).toBe(styles.length);
		expect(new Set(styles.map((s) => s.colour)).size).toBe(styles.length);
		for (const s of styles) {
			expect(contrast(s.colour), s.label).toBeGreaterThanOrEqual(4.5);
			expect(Object.values(COUNTRY_COLOURS)).not.toContain(s.colour);
		}
	});

	it('draws transparency as the infrastructure cross turned by 45° and participation as a half disc', () => {
		const points = (d: string) =>
			[...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
		const cross = points(CATEGORY_STYLE.infrastructure.path);
		const saltire = points(CATEGORY_STYLE.transparency.path);
		expect(saltire).toHaveLength(12);
		saltire.forEach(([x, y], i) => {
			const [a, b] = cross[i]!;
			expect(x).toBeCloseTo((a! - b!) * Math.SQRT1_2, 2);
			expect(y).toBeCloseTo((a! + b!) * Math.SQRT1_2, 2);
		});
		expect(CATEGORY_STYLE.participation.path).toBe('M-4.25,-8.5A8.5,8.5,0,0,1,-4.25,8.5Z');
	});

	it('keeps the new categories in the URL state, and drops unknown ones', () => {
		const view = parseTimelineView('?cats=participation,literacy,bogus');
		expect(view.categories).toEqual(['literacy', 'participation']);
		expect(serializeTimelineView(view)).toBe('?cats=literacy%2Cparticipation');
		const all = parseTimelineView('');
		expect(all.categories).toHaveLength(10);
		expect(serializeTimelineView(all)).toBe('');
	});
});
