import { EMBEDDABLE } from '$lib/present/charts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	EMBEDDABLE.filter((c) => c.view === 'data').map((c) => ({ chart: c.chartId }));

/** The data page's charts draw uploads only: the embed needs no committed data. */
export const load: PageServerLoad = ({ params }) => ({ chartId: params.chart });
