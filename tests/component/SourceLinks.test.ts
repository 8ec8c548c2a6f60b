import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SourceLinks from '../../src/lib/charts/SourceLinks.svelte';

const sources = {
	un: {
		source_id: 'un',
		title: 'UN Survey 2024',
		publisher: 'UN DESA',
		year: 2024,
		url: 'https://un.org/s',
		kind: 'official' as const,
		via: 'GitHub (someone/copy)'
	},
	mine: { source_id: 'mine', title: 'my-file.csv', publisher: 'Your upload', year: null, url: '' }
};

describe('SourceLinks', () => {
	it('links a source with a URL and says its kind and copy, names an uploaded one without linking it, and shows an unknown id as is', () => {
		const { container } = render(SourceLinks, { ids: ['un', 'mine', 'nope'], sources });
		expect(container).toHaveTextContent(
			'UN DESA 2024 (official, retrieved from GitHub (someone/copy)); Your upload; nope'
		);
		const links = screen.getAllByRole('link');
		expect(links).toHaveLength(1);
		expect(links[0]).toHaveAccessibleName('UN DESA 2024');
		expect(links[0]).toHaveAttribute('href', 'https://un.org/s');
		expect(links[0]).toHaveAttribute('rel', 'external noopener');
		expect(screen.getByText('Your upload')).toHaveAttribute('title', 'my-file.csv');
	});
});
