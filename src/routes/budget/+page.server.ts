import { compareCountries } from '$lib/data/countries';
import { getData } from '$lib/data/load.server';
import { sourceIndex } from '$lib/data/sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { data } = getData();
	const rows = [...data.budget].sort(
		(a, b) =>
			compareCountries(a.country, b.country) || a.series.localeCompare(b.series) || a.year - b.year
	);
	const claim = data.milestones.find(
		(m) => m.category === 'budget' && m.source_ids.includes('seed-cips-gdln')
	);
	return { rows, claim, sources: sourceIndex(data.sources, claim ? [...rows, claim] : rows) };
};
