import type { SourceRef } from '$lib/data/schema';

/**
 * The one source line of a slide: the publishers behind the chart, most-cited first, as many as
 * fit `max` characters, then how many more (the full list is on the chart's page and in Cite).
 */
export function slideSourceLine(sources: readonly SourceRef[], max = 120): string {
	if (sources.length === 0) return '';
	const counts = new Map<string, number>();
	for (const s of sources) {
		const name = s.publisher.trim() || s.title.trim();
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	const publishers = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	const head = `Sources (${sources.length} document${sources.length === 1 ? '' : 's'}): `;
	const named: string[] = [];
	for (const [name, n] of publishers) {
		const part = n > 1 ? `${name} (${n})` : name;
		const rest = publishers.length - named.length - 1;
		const tail = rest > 0 ? `; and ${rest} more` : '';
		if (named.length > 0 && (head + [...named, part].join('; ') + tail).length > max) break;
		named.push(part);
	}
	const more = publishers.length - named.length;
	return `${head}${named.join('; ')}${more > 0 ? `; and ${more} more publisher${more === 1 ? '' : 's'}` : ''}.`;
}
