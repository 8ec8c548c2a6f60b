import { embeddable } from '$lib/present/charts';
import type { ParamMatcher } from '@sveltejs/kit';

/** Chart ids that live on the rankings view. */
export const match: ParamMatcher = (param) => embeddable(param)?.view === 'rankings';
