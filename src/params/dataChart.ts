import { embeddable } from '$lib/present/charts';
import type { ParamMatcher } from '@sveltejs/kit';

/** Chart ids that live on the data page (the indicator chart of uploaded series). */
export const match: ParamMatcher = (param) => embeddable(param)?.view === 'data';
