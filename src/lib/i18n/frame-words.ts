import { m } from '$lib/paraglide/messages';

/** A message with its parameters left as `{name}` slots, for `fill` in the browser. */
const slots = <K extends string>(...names: K[]) =>
	Object.fromEntries(names.map((n) => [n, `{${n}}`])) as Record<K, string>;

/**
 * The words every chart frame uses, in the language being rendered. Only server code imports
 * this (the layouts' loads); the browser receives the result as page data.
 */
export function frameWords() {
	return {
		downloadCsv: m.frame_download_csv(),
		downloadSvg: m.frame_download_svg(),
		downloadPng: m.frame_download_png(),
		copyLink: m.frame_copy_link(),
		cite: m.frame_cite(),
		showTable: m.frame_show_table(),
		addToPresentation: m.frame_add_to_presentation(),
		more: m.frame_more(),
		downloadSlide: m.frame_download_slide(),
		copyImage: m.frame_copy_image(),
		downloadZip: m.frame_download_zip(),
		actionsLabel: m.frame_actions_label(slots('title')),
		dataLabel: m.frame_data_label(slots('title')),
		csvDone: m.frame_csv_done(),
		svgDone: m.frame_svg_done(),
		pngDone: m.frame_png_done(),
		slideDone: m.frame_slide_done(),
		imageCopied: m.frame_image_copied(),
		imageRefused: m.frame_image_refused(),
		linkCopied: m.frame_link_copied(),
		copyThisLink: m.frame_copy_this_link(slots('url')),
		added: m.frame_added(slots('n', 'total')),
		zipDone: m.frame_zip_done(),
		failed: m.frame_failed(slots('reason')),
		noJsRows: m.frame_nojs_rows(slots('n')),
		noJsBefore: m.frame_nojs_before(),
		noJsLink: m.frame_nojs_link(),
		noJsAfter: m.frame_nojs_after()
	};
}

export type FrameWords = ReturnType<typeof frameWords>;
