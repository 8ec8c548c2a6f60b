// Makes sure the end-to-end tests have what they run: Chromium, poppler-utils (pdftotext, pdfinfo:
// reading the printed and downloaded decks) and LibreOffice Impress (opening the PowerPoint deck).
// Installs Debian's packages when it can (root with apt-get, as on CI); otherwise says in one line
// what to install. Never lets the tests skip silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.js';

const onPath = (cmd) => {
	try {
		execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
		return true;
	} catch {
		return false;
	}
};

/** What each tool is, the command that proves it is there, and Debian's package for it. */
const TOOLS = [
	{ name: 'Chromium', present: async () => !!(await findChromium()), pkg: 'chromium' },
	{
		name: 'pdftotext',
		present: async () => onPath('pdftotext') && onPath('pdfinfo'),
		pkg: 'poppler-utils'
	},
	{
		name: 'LibreOffice Impress',
		present: async () => onPath('soffice'),
		pkg: 'libreoffice-impress'
	}
];

async function missing() {
	const out = [];
	for (const t of TOOLS) if (!(await t.present())) out.push(t);
	return out;
}

let lacking = await missing();
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (lacking.length && canApt && !process.env.CHROMIUM_PATH) {
	const pkgs = lacking.map((t) => t.pkg).join(' ');
	console.log(`Installing what the end-to-end tests need: apt-get install -y ${pkgs} ...`);
	try {
		execSync(`apt-get update -qq && apt-get install -y -qq --no-install-recommends ${pkgs}`, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} catch {
		// Reported below.
	}
	lacking = await missing();
}

if (lacking.length === 0) {
	console.log(`End-to-end test tools: Chromium at ${await findChromium()}, pdftotext, soffice.`);
	process.exit(0);
}
console.error(
	`End-to-end tests need ${lacking.map((t) => t.name).join(', ')}: run \`sudo apt-get install -y ${lacking.map((t) => t.pkg).join(' ')}\` (Debian/Ubuntu)${lacking.some((t) => t.pkg === 'chromium') ? ' or set CHROMIUM_PATH to a Chromium binary' : ''}.`
);
process.exit(1);
