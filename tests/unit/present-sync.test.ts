import { describe, expect, it } from 'vitest';
import { elapsed, readDeckMessage } from '../../src/lib/present/sync';

describe('readDeckMessage', () => {
	it.each([
		[
			{ type: 'go', index: 2 },
			{ type: 'go', index: 2 }
		],
		[
			{ type: 'showing', index: 0 },
			{ type: 'showing', index: 0 }
		],
		[{ type: 'hello' }, { type: 'hello' }],
		[{ type: 'go', index: -1 }, null],
		[{ type: 'go', index: 1.5 }, null],
		[{ type: 'go', index: '2' }, null],
		[{ type: 'delete' }, null],
		['go', null],
		[null, null]
	])('%j → %j', (data, expected) => {
		expect(readDeckMessage(data)).toEqual(expected);
	});
});

describe('elapsed', () => {
	it.each([
		[0, '0:00'],
		[59.9, '0:59'],
		[725, '12:05'],
		[3725, '1:02:05'],
		[-5, '0:00']
	])('%d s → %s', (s, text) => {
		expect(elapsed(s)).toBe(text);
	});
});
