// Where the browser tests find Chromium: $CHROMIUM_PATH, then Debian's package, then Playwright's own.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {Promise<string | undefined>} */
export async function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	const system = CANDIDATES.find((p) => existsSync(p));
	if (system) return system;
	try {
		const { chromium } = await import('@playwright/test');
		const own = chromium.executablePath();
		return existsSync(own) ? own : undefined;
	} catch {
		return undefined;
	}
}

/** Flags that work in a closed-network, root, headless sandbox (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
