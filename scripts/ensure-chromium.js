// Makes sure the end-to-end tests have a Chromium. Installs Debian's package when it can (root with
// apt-get, as on CI); otherwise says in one line what to install. Never lets the tests skip silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.js';

const found = await findChromium();
if (found) {
	console.log(`Chromium for end-to-end tests: ${found}`);
	process.exit(0);
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canApt && !process.env.CHROMIUM_PATH) {
	console.log(
		'No Chromium found; installing Debian package "chromium" (apt-get install -y chromium)...'
	);
	try {
		execSync('apt-get update -qq && apt-get install -y -qq chromium', {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} catch {
		// Reported below.
	}
	const installed = await findChromium();
	if (installed) {
		console.log(`Chromium for end-to-end tests: ${installed}`);
		process.exit(0);
	}
}

console.error(
	'End-to-end tests need Chromium: run `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.'
);
process.exit(1);
