import { render } from '@testing-library/svelte';
import { frameWords } from '../../src/lib/i18n/frame-words';
import { wordsContext } from '../../src/lib/i18n/words';

/** Renders a component that draws chart frames, with the words the root layout hands them. */
export function renderWithWords(
	component: Parameters<typeof render>[0],
	props: Record<string, unknown>
) {
	return render(component, { props, context: wordsContext(frameWords()) });
}
