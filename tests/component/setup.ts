import '@testing-library/jest-dom/vitest';

// jsdom has no 2D canvas and logs an error on every getContext call; drawing is tested in node
// with a fake canvas (timeline-dense.test.ts) and for real in Chromium.
HTMLCanvasElement.prototype.getContext = (() =>
	null) as typeof HTMLCanvasElement.prototype.getContext;
