import { embeddable } from '$lib/present/charts';
import type { ParamMatcher } from '@sveltejs/kit';

/** Chart ids that live on the people view. */
export const match: ParamMatcher = (param) => embeddable(param)?.view === 'people';
