import { getData } from '$lib/data/load.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ dataVersion: getData().version });
