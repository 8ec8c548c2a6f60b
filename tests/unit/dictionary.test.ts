import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { dictionaryMarkdown } from '../../src/lib/data/dictionary';

const START = '<!-- dictionary:start (generated from src/lib/data/schema.ts) -->';
const END = '<!-- dictionary:end -->';

it('data/README.md carries the dictionary generated from the schemas', () => {
	const readme = readFileSync('data/README.md', 'utf8');
	const from = readme.indexOf(START);
	const to = readme.indexOf(END);
	expect(from, 'data/README.md lacks the dictionary markers').toBeGreaterThan(-1);
	const expected = `${START}\n\n${dictionaryMarkdown()}\n\n`;
	const actual = readme.slice(from, to);
	// UPDATE_DICTIONARY=1 npm run test:unit rewrites the section after a schema change.
	if (process.env.UPDATE_DICTIONARY && actual !== expected) {
		writeFileSync('data/README.md', readme.slice(0, from) + expected + readme.slice(to));
		expect(readFileSync('data/README.md', 'utf8')).toContain(expected);
		return;
	}
	expect(actual).toBe(expected);
});
