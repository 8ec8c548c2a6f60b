import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/parse';
import { formatProblem } from '../../src/lib/data/problems';
import { SCHEMAS } from '../../src/lib/data/columns';

const HEADER =
	'country,phase_id,name,start_year,end_year,administration,summary,key_initiatives,source_ids';
const ROW = 'KOR,kor-2003-roadmap,Roadmap,2003,2007,Roh Moo-hyun,31 tasks,e-People;On-nara,src-a';
const HEADER_LIST = `the header ${HEADER}`;

const messages = (text: string) => parseCsv(text, SCHEMAS.phases).problems.map(formatProblem);

describe('parseCsv on phases', () => {
	it('types a valid file', () => {
		const result = parseCsv(`${HEADER}\n${ROW}\n`, SCHEMAS.phases);
		expect(result.problems).toEqual([]);
		expect(result.rows).toEqual([
			{
				country: 'KOR',
				phase_id: 'kor-2003-roadmap',
				name: 'Roadmap',
				start_year: 2003,
				end_year: 2007,
				administration: 'Roh Moo-hyun',
				summary: '31 tasks',
				key_initiatives: ['e-People', 'On-nara'],
				source_ids: ['src-a']
			}
		]);
		expect(result.lines).toEqual([2]);
	});

	it('reads an empty optional year as unknown (null), never 0', () => {
		const { rows } = parseCsv(
			`${HEADER}\nKOR,kor-2022-dpg,DPG,2022,,Yoon,Platform,,src-a\n`,
			SCHEMAS.phases
		);
		expect(rows[0]?.end_year).toBeNull();
		expect(rows[0]?.key_initiatives).toEqual([]);
	});

	it.each([
		[
			'a missing column',
			`${HEADER.replace(',source_ids', '')}\n${ROW.replace(',src-a', '')}\n`,
			[`data/phases.csv:1:9 — missing column "source_ids" — expected ${HEADER_LIST}`]
		],
		[
			'an extra column',
			`${HEADER},colour\n${ROW},red\n`,
			[`data/phases.csv:1:10 — unknown column "colour" — expected ${HEADER_LIST}`]
		],
		[
			'a wrong type',
			`${HEADER}\n${ROW.replace('2003,2007', '19x8,2007')}\n`,
			['data/phases.csv:2:4 — start_year "19x8" is not a year — expected a four-digit year']
		],
		[
			'an empty required cell',
			`${HEADER}\n${ROW.replace(',Roadmap,', ',,')}\n`,
			['data/phases.csv:2:3 — name is empty — expected any text']
		],
		[
			'a row with too few fields',
			`${HEADER}\n${ROW}\nKOR,kor-x,X,2001\n`,
			['data/phases.csv:3:5 — the row has 4 fields — expected 9 fields, as in the header']
		],
		[
			'a quoted field never closed',
			`${HEADER}\n${ROW}\nKOR,kor-x,"Unclosed,2001,2002,,s,,src-a\n`,
			[
				'data/phases.csv:3:1 — a quoted field is never closed — expected a double quote closing every quoted field'
			]
		],
		[
			'an invalid id in source_ids',
			`${HEADER}\n${ROW.replace(',src-a', ',src a')}\n`,
			[
				'data/phases.csv:2:9 — source_ids has an invalid entry "src a" — expected ids separated by `;`'
			]
		],
		[
			'an empty file',
			'',
			['data/phases.csv:1:1 — the file is empty — expected a header row: ' + HEADER]
		]
	])('reports %s with line, column, value and expectation', (_, text, expected) => {
		expect(messages(text)).toEqual(expected);
	});

	it('reports every problem, not only the first', () => {
		const text = `${HEADER}\n${ROW.replace('2003,2007', 'abcd,20x7')}\n${ROW.replace('KOR,', 'Korea,')}\n`;
		expect(messages(text)).toEqual([
			'data/phases.csv:2:4 — start_year "abcd" is not a year — expected a four-digit year',
			'data/phases.csv:2:5 — end_year "20x7" is not a year — expected a four-digit year',
			'data/phases.csv:3:1 — country "Korea" is not a country code — expected a three-letter ISO 3166-1 alpha-3 code'
		]);
	});

	it('leaves rows with problems out and keeps the good ones', () => {
		const text = `${HEADER}\n${ROW.replace('2003,', 'x,')}\n${ROW.replace('kor-2003-roadmap', 'kor-b')}\n`;
		const result = parseCsv(text, SCHEMAS.phases);
		expect(result.rows.map((r) => r.phase_id)).toEqual(['kor-b']);
		expect(result.lines).toEqual([3]);
	});

	it('ignores a byte-order mark', () => {
		const result = parseCsv(`\uFEFF${HEADER}\n${ROW}\n`, SCHEMAS.phases);
		expect(result.problems).toEqual([]);
		expect(result.rows[0]?.country).toBe('KOR');
	});

	it('reads CRLF line endings without stray carriage returns', () => {
		const result = parseCsv(`${HEADER}\r\n${ROW}\r\n`, SCHEMAS.phases);
		expect(result.problems).toEqual([]);
		expect(result.rows[0]?.source_ids).toEqual(['src-a']);
	});

	it('keeps a quoted newline inside its cell and counts lines after it correctly', () => {
		const twoLines = ROW.replace(',31 tasks,', ',"31 tasks,\nin 10 agendas",');
		const text = `${HEADER}\n${twoLines}\n${ROW.replace('2003,2007', '2003,20x7')}\n`;
		const result = parseCsv(text, SCHEMAS.phases);
		expect(result.rows[0]?.summary).toBe('31 tasks,\nin 10 agendas');
		expect(result.problems.map(formatProblem)).toEqual([
			'data/phases.csv:4:5 — end_year "20x7" is not a year — expected a four-digit year'
		]);
	});

	it('ignores trailing empty lines', () => {
		const result = parseCsv(`${HEADER}\n${ROW}\n\n\n\r\n`, SCHEMAS.phases);
		expect(result.problems).toEqual([]);
		expect(result.rows).toHaveLength(1);
	});

	it('names the file it was given', () => {
		const [problem] = parseCsv(
			`${HEADER}\n${ROW.replace('KOR', 'kr')}\n`,
			SCHEMAS.phases,
			'upload.csv'
		).problems;
		expect(problem && formatProblem(problem)).toBe(
			'upload.csv:2:1 — country "kr" is not a country code — expected a three-letter ISO 3166-1 alpha-3 code'
		);
	});
});

describe('dates at their precision', () => {
	const header = 'country,date,title,category,description,system_id,source_ids';
	const row = (date: string) => `KOR,${date},Event,law,,,src-a`;
	it.each([
		['2001', true],
		['2001-03', true],
		['2001-03-28', true],
		['2024-02-29', true],
		['2023-02-29', false],
		['2001-13', false],
		['2001-00', false],
		['2001-3-28', false],
		['01-03-2001', false],
		['c. 2001', false]
	])('%s valid: %s', (date, valid) => {
		const { problems } = parseCsv(`${header}\n${row(date)}\n`, SCHEMAS.milestones);
		expect(problems.map(formatProblem)).toEqual(
			valid
				? []
				: [
						`data/milestones.csv:2:2 — date "${date}" is not a valid date — expected a date: YYYY, YYYY-MM or YYYY-MM-DD`
					]
		);
	});

	it('names the allowed values of a category', () => {
		const { problems } = parseCsv(
			`${header}\nKOR,2001,Event,law-ish,,,src-a\n`,
			SCHEMAS.milestones
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/milestones.csv:2:4 — category "law-ish" is not an allowed value — expected one of law, plan, institution, system, infrastructure, budget, ranking, literacy, transparency, participation'
		]);
	});
});

describe('a budget file written before national_source_ids', () => {
	const OLD =
		'country,year,series,definition,status,amount_lcu_m,national_lcu_m,currency,source_ids,notes\n' +
		'KOR,2007,kor-x,Plan,budgeted,100,2000,KRW,a;b,\n' +
		'KOR,2008,kor-x,Plan,budgeted,120,,KRW,c,\n';
	it('still reads: its source_ids stood for both figures, so they back the total too', () => {
		const { rows, problems } = parseCsv(OLD, SCHEMAS.budget);
		expect(problems).toEqual([]);
		expect(rows.map((r) => [r.year, r.source_ids, r.national_source_ids])).toEqual([
			[2007, ['a', 'b'], ['a', 'b']],
			[2008, ['c'], []]
		]);
	});
	it('reads the column as given when the file has it', () => {
		const header = OLD.split('\n')[0]!.replace(
			'source_ids,notes',
			'source_ids,national_source_ids,notes'
		);
		const { rows } = parseCsv(
			`${header}\nKOR,2007,kor-x,Plan,budgeted,100,2000,KRW,a,t,\n`,
			SCHEMAS.budget
		);
		expect(rows[0]!.national_source_ids).toEqual(['t']);
	});
});
