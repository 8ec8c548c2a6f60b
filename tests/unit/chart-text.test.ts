import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { thinTicks } from '../../src/lib/charts/axis';
import { textWidth, wrapToWidth } from '../../src/lib/charts/text';

describe('textWidth (Noto Sans advance widths)', () => {
	it('measures digits at 572/1000 em regular', () => {
		expect(textWidth('2003', 14)).toBeCloseTo(32.032, 3);
	});
	it('is wider in bold', () => {
		expect(textWidth('Korea', 16, 700)).toBeGreaterThan(textWidth('Korea', 16, 400));
	});
	it('takes Hangul as full-width', () => {
		expect(textWidth('전자정부', 16)).toBe(64);
	});
	it('matches the font files the site serves', () => {
		const out = execFileSync('node', ['scripts/font-metrics.js', '--check'], { encoding: 'utf8' });
		expect(out).toContain('matches');
	});
	it("serves the font's rules for the scripts the text uses, Korean included", () => {
		const out = execFileSync('node', ['scripts/font-css.js', '--check'], { encoding: 'utf8' });
		expect(out).toContain('font style sheets are up to date');
		// Every Korean character of the messages, data and source that Noto Sans KR has is in the
		// served cut, at each weight: a new Korean name or message fails until the script reruns.
		expect(out).toMatch(/the Korean font holds all \d{3,} characters the site uses/);
		const css = readFileSync('src/fonts.css', 'utf8');
		expect(css.match(/@font-face/g)).toHaveLength(12);
		expect(css).toContain("font-family:'Noto Sans KR'");
		expect(css).toContain('noto-sans-devanagari-400-normal.woff2');
		expect(css).not.toContain('cyrillic');
	});
});

describe('wrapToWidth', () => {
	it('breaks at spaces before the width is passed', () => {
		expect(wrapToWidth('National Basic Information System', 150, 14)).toEqual([
			'National Basic',
			'Information System'
		]);
	});
});

describe('thinTicks', () => {
	const years = (xs: number[]) => xs.map((x, i) => ({ x, text: String(2003 + i) }));
	it('keeps every tick that has room', () => {
		expect(thinTicks(years([0, 100, 200]), 14, { left: -50 }).map((t) => t.text)).toEqual([
			'2003',
			'2004',
			'2005'
		]);
	});
	it('drops a crowded middle tick, keeping the first and the last', () => {
		// 2003, 2004, 2005 at 36 px apart: 32 px labels leave 4 px (< 6) between neighbours.
		expect(thinTicks(years([20, 56, 92, 300]), 14).map((t) => t.text)).toEqual([
			'2003',
			'2005',
			'2006'
		]);
	});
	it('drops a label that would cross the chart edge', () => {
		expect(
			thinTicks(years([10, 200, 400]), 14, { left: 0, right: 410 }).map((t) => t.text)
		).toEqual(['2004']);
	});
});
