import { EMBEDDABLE } from '$lib/present/charts';
import { load as viewLoad } from '../../../(site)/people/+page.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EMBEDDABLE.filter((c) => c.view === 'people').map((c) => ({ chart: c.chartId }));

/** The embed runs the view's own load (it reads only the validated data, never the request). */
export const load: PageServerLoad = ({ params }) => ({ ...viewLoad(), chartId: params.chart });
