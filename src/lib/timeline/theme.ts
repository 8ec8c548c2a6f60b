import { COLOUR, cssVars, DASH, FONT, MARK, STROKE, WEAK_CUE } from '../charts/theme';

/**
 * The timeline's look, once, for its two renderers: the SVG reads it as CSS custom properties
 * (`timelineVars` on its root, `--tl-*` in TimelineChart's stylesheet) and the motion canvas
 * (motion.ts) reads this object, so a zoom's canvas frames cannot drift from the SVG they stand
 * in for (a unit test checks every canvas stroke and fill against it). Shared colours and widths
 * come from the kit's theme; what is here is what only the timeline draws.
 */
export const TIMELINE = {
	ink: COLOUR.ink,
	muted: COLOUR.muted,
	paper: COLOUR.paper,
	grid: COLOUR.grid,
	gridMajor: COLOUR.gridMajor,
	gridWidth: STROKE.grid,
	zeroWidth: STROKE.zero,
	zeroDash: DASH.zero,
	leader: COLOUR.leader,
	leaderWidth: 1,
	haloWidth: STROKE.halo,
	/** A phase band: tinted in its lane's colour, outlined in its dash. */
	bandOpacity: 0.13,
	bandHoverOpacity: 0.25,
	bandStroke: 1.5,
	/** How much time a date's precision covers: visible, but quiet. */
	precisionWidth: 2,
	precisionOpacity: 0.22,
	markOutlineWidth: 1,
	/** The ring round a mark (focus, match, weak evidence), which is also its hit area. */
	ring: MARK.ring,
	/** Rings of a search match and of the focused or pinned mark. */
	matchWidth: 2,
	focusWidth: STROKE.focus,
	weak: WEAK_CUE.stroke,
	weakWidth: WEAK_CUE.strokeWidth,
	weakDash: WEAK_CUE.strokeDasharray,
	/** Marks that do not match the search, and legend entries switched off. */
	dimOpacity: 0.3,
	offOpacity: 0.35,
	panel: COLOUR.panel,
	overviewLine: 1.5,
	window: COLOUR.focus,
	windowOpacity: 0.12,
	windowStroke: 1.5,
	handleRadius: 2
} as const;

/** Font sizes (px) and weights. Layout measures text with these; both renderers draw with them. */
export const TIMELINE_FONT = {
	text: FONT.small,
	title: 16,
	titleWeight: 700,
	/** Phase names in their bands, decade labels on the axis. */
	strongWeight: 600
} as const;

/** For the SVG root's `style`: every value above as `--tl-*` (sizes in px). */
export const timelineVars = [
	...cssVars('tl', TIMELINE),
	`--tl-text:${TIMELINE_FONT.text}px`,
	`--tl-title:${TIMELINE_FONT.title}px`,
	`--tl-title-weight:${TIMELINE_FONT.titleWeight}`,
	`--tl-strong-weight:${TIMELINE_FONT.strongWeight}`
].join(';');

/** A dash pattern as the canvas wants it. */
export const dashArray = (d: string): number[] => d.split(' ').map(Number);
