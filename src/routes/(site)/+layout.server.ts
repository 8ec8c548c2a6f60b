import { m } from '$lib/paraglide/messages';
import type { LayoutServerLoad } from './$types';

/**
 * The frame's words in the page's language. Written here, on the server, they reach the browser
 * as the page's data in one language, not as message code in three.
 */
export const load: LayoutServerLoad = () => ({
	shell: {
		skip: m.skip_to_content(),
		brand: m.brand(),
		navLabel: m.nav_main(),
		languageLabel: m.language(),
		nav: [
			{ path: '/', label: m.nav_overview() },
			{ path: '/timeline/', label: m.nav_timeline() },
			{ path: '/budget/', label: m.nav_budget() },
			{ path: '/systems/', label: m.nav_systems() },
			{ path: '/rankings/', label: m.nav_rankings() },
			{ path: '/people/', label: m.nav_people() },
			{ path: '/data/', label: m.nav_data() },
			{ path: '/present/', label: m.nav_present() }
		],
		dataVersion: m.footer_data_version(),
		sources: m.footer_sources(),
		everyFigure: m.footer_every_figure()
	}
});
