/**
 * Moves SvelteKit's `<link rel="modulepreload">` tags from the head to just before the body's
 * bootstrap script.
 *
 * In the head they start ~70 KB of JavaScript downloads while the HTML, where the prerendered
 * chart is, is still arriving: on a slow link the chart painted later than the same page without
 * scripts. Without them the scripts came in three waves (entry, its static imports, the route's
 * nodes), a round trip each, and the framework added the links itself while hydrating. Just
 * before the bootstrap they are read once the HTML is in, and every file is fetched at once.
 */
export function preloadAtEnd(html: string): string {
	const links: string[] = [];
	const head = html.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, (link) => {
		links.push(link.trim());
		return '';
	});
	const body = head.indexOf('<body');
	const script = body === -1 ? -1 : head.indexOf('<script', body);
	if (links.length === 0 || script === -1) return html;
	return head.slice(0, script) + links.join('\n') + '\n' + head.slice(script);
}
