import type { Reroute } from '@sveltejs/kit';
import { pagePath } from '$lib/i18n/paths';

// /ko/timeline/ and /hi/timeline/ are the same route as /timeline/, in another language.
export const reroute: Reroute = ({ url }) => pagePath(url.pathname);
