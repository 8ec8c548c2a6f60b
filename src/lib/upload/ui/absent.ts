/**
 * What the indicator's slide says (kept apart from `indicator.ts`, which /data loads at once) when it cannot draw the series: its data lives only in the
 * browser that imported the file (the deck keeps the choice, not the values). `reading` is also
 * the prerendered page's text, so it must hold without scripts.
 */
export function absentSlideText(
	code: string | null,
	state: 'reading' | 'absent'
): { title: string; takeaway: string; picture: string } {
	const title = code ? `Your own data: ${code}` : 'An indicator from your own data';
	return state === 'reading'
		? {
				title,
				takeaway:
					'This chart is drawn from a file imported on the Data page, kept only in the browser that imported it.',
				picture: 'Your own data: shown in the browser that imported it'
			}
		: {
				title,
				takeaway: `This browser no longer keeps ${code ? `the uploaded series ${code}` : 'any uploaded series'} (the file was removed, or this is another browser): import the file again on the Data page to show this slide.`,
				picture: 'Not in this browser: import the file again on the Data page'
			};
}
