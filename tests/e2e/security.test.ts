import { PAGES, expect, test } from './site';

test('every page carries a CSP that allows no inline script but its own hashed bootstrap', async ({
	page
}) => {
	for (const path of PAGES) {
		await page.goto(path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src'));
		expect(scriptSrc, path).toMatch(/^ ?script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
		expect(csp).toContain("default-src 'self'");
	}
});

test('an injected inline script does not run', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && m.text().includes('Content Security Policy'))
			violations.push(m.text());
	});
	await page.goto('/');
	const ran = await page.evaluate(async () => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.body.append(s);
		await new Promise((r) => setTimeout(r, 100));
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	expect(violations.length).toBeGreaterThan(0);
});
