import { EMBEDDABLE } from '$lib/present/charts';

import { load as viewLoad } from '../../../(site)/+page.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [
	// `phases` has its own route (src/routes/(embed)/embed/phases/), which wins over this one.
	...EMBEDDABLE.filter((c) => c.view === 'home' && c.chartId !== 'phases').map((c) => ({
		chart: c.chartId
	}))
];

/** The embed runs the view's own load (it reads only the validated data, never the request). */
export const load: PageServerLoad = ({ params }) => ({ ...viewLoad(), chartId: params.chart });
