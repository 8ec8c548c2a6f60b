import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/parse';
import { SCHEMAS } from '../../src/lib/data/columns';
import { detectDelimiter } from '../../src/lib/upload/ingest/delimiter';
import { detectFormat } from '../../src/lib/upload/ingest/detect';

describe('detectFormat recognises a file from its header', () => {
	it.each([
		[
			'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index',
			'egov'
		],
		['Country Name,Country Code,Indicator Name,Indicator Code,1960,1961,', 'wdi'],
		['Country Name,Country Code,Series Name,Series Code,2000 [YR2000],2001 [YR2001]', 'wdi'],
		['Entity,Code,Year,Share of the population using the Internet', 'owid'],
		['Data Source,World Development Indicators,', 'preamble'],
		['Last Updated Date,2024-06-28,', 'preamble']
	])('%s → %s', (header, kind) => {
		expect(detectFormat(header.split(','))?.kind).toBe(kind);
	});

	it.each([
		['country,date,title,category,description,system_id,source_ids', 'milestones'],
		[
			'country,phase_id,name,start_year,end_year,administration,summary,key_initiatives,source_ids',
			'phases'
		],
		['country,index,edition,value,rank,of,source_ids,notes', 'indices'],
		// A column missing still names the format; parseCsv then reports the missing column.
		['country,date,title,category,source_ids', 'milestones']
	])('the dashboard’s own %s → %s', (header, dataset) => {
		expect(detectFormat(header.split(','))).toMatchObject({ kind: 'own', dataset });
	});

	it.each([['a,b,c'], ['Country,Year,Value'], ['']])('%j is not recognised', (header) => {
		expect(detectFormat(header.split(','))).toBeNull();
	});
});

describe('detectDelimiter', () => {
	it.each([
		['Entity,Code,Year,Value\nIndia,IND,2020,1\n', ','],
		['country;index;edition;value\nEST;EGDI;2024;0,9727\n', ';'],
		['Entity\tCode\tYear\tValue\nIndia\tIND\t2020\t1,5\n', '\t'],
		// Commas inside quotes do not count.
		['"a,b";c;d\n"x,y";1;2\n"p,q";3;4\n', ';'],
		// The WDI preamble has fewer commas than the rows; the rows win.
		[
			'"Data Source","WDI",\n\n"Last Updated Date","2024",\n\n"A","B","C","D","1960",\n"x","y","z","w","1",\n',
			','
		],
		['single column\nvalue\n', ',']
	])('%j → %j', (text, d) => {
		expect(detectDelimiter(text)).toBe(d);
	});
});

describe('parseCsv options for uploads (defaults unchanged)', () => {
	const text =
		'country;index;edition;value;rank;of;source_ids;notes\nEST;EGDI;2024;0,9727;2;193;un;\n';

	it('reads a semicolon file with decimal commas', () => {
		const result = parseCsv(text, SCHEMAS.indices, 'up.csv', {
			delimiter: ';',
			decimalComma: true
		});
		expect(result.problems).toEqual([]);
		expect(result.rows[0]).toMatchObject({ country: 'EST', value: 0.9727, rank: 2 });
	});

	it('still refuses a decimal comma without the option', () => {
		const result = parseCsv(text, SCHEMAS.indices, 'up.csv', { delimiter: ';' });
		expect(result.problems.map((p) => `${p.line}:${p.column} ${p.problem}`)).toEqual([
			'2:4 value "0,9727" is not a number'
		]);
	});

	it('leaves a decimal comma in a text column alone', () => {
		const own = text.replace(';un;', ';un;about 0,97');
		const result = parseCsv(own, SCHEMAS.indices, 'up.csv', { delimiter: ';', decimalComma: true });
		expect(result.rows[0]?.notes).toBe('about 0,97');
	});
});
