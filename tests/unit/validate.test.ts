import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.server';
import { parseCsv } from '../../src/lib/data/parse';
import { formatProblem } from '../../src/lib/data/problems';
import { DATASET_NAMES, type DatasetName } from '../../src/lib/data/schema';
import { SCHEMAS } from '../../src/lib/data/columns';
import { crossCheck, type ParsedFiles } from '../../src/lib/data/validate';

/** Parses the given file texts; files not given are header-only. */
function files(texts: Partial<Record<DatasetName, string>>): ParsedFiles {
	return Object.fromEntries(
		DATASET_NAMES.map((n) => {
			const header = SCHEMAS[n].columns.map((c) => c.name).join(',');
			return [n, parseCsv(texts[n] ?? `${header}\n`, SCHEMAS[n])];
		})
	) as ParsedFiles;
}

const SOURCES_HEADER = 'source_id,title,publisher,year,url,accessed,kind,via,notes';
const SOURCES = `${SOURCES_HEADER}\nsrc-a,A report,Someone,2020,https://example.org/a,2026-11-01,official,,\n`;
const KIND_PROBLEM =
	'data/sources.csv:2:7 — kind "blog" is not an allowed value — expected one of official, research, press, other';
const BUDGET_HEADER =
	'country,year,series,definition,status,amount_lcu_m,national_lcu_m,currency,source_ids,national_source_ids,notes';
const PHASES_HEADER =
	'country,phase_id,name,start_year,end_year,administration,summary,key_initiatives,source_ids';

describe('crossCheck', () => {
	it('accepts consistent files', () => {
		const problems = crossCheck(
			files({ sources: SOURCES, phases: `${PHASES_HEADER}\nKOR,kor-a,A,2001,2002,,S,,src-a\n` })
		);
		expect(problems).toEqual([]);
	});

	it('reports an unknown source id', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				phases: `${PHASES_HEADER}\nKOR,kor-a,A,2001,2002,,S,,src-a;src-missing\n`
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/phases.csv:2:9 — unknown source "src-missing" — expected a source_id listed in data/sources.csv'
		]);
	});

	it('reports a phase that ends before it starts', () => {
		const problems = crossCheck(
			files({ sources: SOURCES, phases: `${PHASES_HEADER}\nKOR,kor-a,A,2007,2003,,S,,src-a\n` })
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/phases.csv:2:5 — end_year 2003 is before start_year 2007 — expected an end_year on or after the start_year'
		]);
	});

	it('reports a duplicate key with the line of the first', () => {
		const row = 'KOR,kor-a,A,2001,2002,,S,,src-a';
		const problems = crossCheck(
			files({ sources: SOURCES, phases: `${PHASES_HEADER}\n${row}\n${row}\n` })
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/phases.csv:3:2 — duplicate phase_id "kor-a" (first on line 2) — expected each phase_id once'
		]);
	});

	it('reports a milestone naming a system that does not exist', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				milestones:
					'country,date,title,category,description,system_id,source_ids\nKOR,2002-04,Hometax launched,system,,kor-hometax,src-a\n'
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/milestones.csv:2:6 — unknown system "kor-hometax" — expected a system_id listed in data/systems.csv'
		]);
	});

	it('reports a rank outside the number of countries ranked', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				indices:
					'country,index,edition,value,rank,of,source_ids,notes\nIND,EGDI,2024,0.6678,197,193,src-a,\n'
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/indices.csv:2:5 — rank 197 is outside 1–193 — expected a rank between 1 and the number of countries ranked'
		]);
	});
});

const METRICS_HEADER = 'system_id,metric,title,year,period,value,unit,definition,source_ids,notes';
const SYSTEMS = `system_id,country,name,native_name,function,launch_date,operator,description,url,source_ids
ind-gem,IND,GeM,,procurement,2016-08-09,,,,src-a
`;

describe('system metrics', () => {
	it('fails a row without a title, naming its line and column', () => {
		const parsed = parseCsv(
			`${METRICS_HEADER}\nind-gem,orders,,2017,fiscal_year,0.3,million orders,Orders placed on GeM in the fiscal year.,src-a,\n`,
			SCHEMAS.system_metrics
		);
		expect(parsed.rows).toEqual([]);
		expect(parsed.problems.map(formatProblem)).toEqual([
			'data/system_metrics.csv:2:3 — title is empty — expected any text'
		]);
	});

	it('fails a period that is not a calendar, fiscal or assessment year', () => {
		const parsed = parseCsv(
			`${METRICS_HEADER}\nind-gem,orders,Orders placed,2017,FY,0.3,million orders,Orders placed.,src-a,\n`,
			SCHEMAS.system_metrics
		);
		expect(parsed.problems.map(formatProblem)).toEqual([
			'data/system_metrics.csv:2:5 — period "FY" is not an allowed value — expected one of calendar_year, fiscal_year, assessment_year'
		]);
	});

	it('reports a metric whose title or unit changes between years, and two metrics with one title', () => {
		const rows = [
			'ind-gem,orders,Orders placed,2017,fiscal_year,0.3,million orders,Orders.,src-a,',
			'ind-gem,orders,Orders,2018,fiscal_year,1700000,orders,Orders.,src-a,',
			'ind-gem,buyers,Orders placed,2018,fiscal_year,34000,organisations,Buyers.,src-a,'
		];
		const problems = crossCheck(
			files({
				sources: SOURCES,
				systems: SYSTEMS,
				system_metrics: `${METRICS_HEADER}\n${rows.join('\n')}\n`
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/system_metrics.csv:3:3 — title "Orders" differs from "Orders placed" on line 2 (ind-gem · orders) — expected one title for every year of a metric',
			'data/system_metrics.csv:3:7 — unit "orders" differs from "million orders" on line 2 (ind-gem · orders) — expected one unit for every year of a metric',
			'data/system_metrics.csv:4:3 — title "Orders placed" is already the title of "orders" of "ind-gem" — expected a title of its own for each of a system\'s metrics'
		]);
	});
});

const PROGRAMMES_HEADER =
	'country,programme_id,name,start_date,end_date,target,target_unit,budget_lcu_m,currency,source_ids,notes';
const PEOPLE_HEADER = 'country,metric,year,value,unit,definition,source_ids,notes';

describe('programmes and people metrics', () => {
	it('accepts a programme and its figures', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				programmes: `${PROGRAMMES_HEADER}\nIND,ind-p,P,2017-02-08,2023-03-31,60000000,rural households,23513.8,INR,src-a,\n`,
				people_metrics: `${PEOPLE_HEADER}\nIND,internet_users_pct,2024,64.9,percent of population,D,src-a,\nIND,p_trained,2024,63900000,candidates,D,src-a,\n`
			})
		);
		expect(problems).toEqual([]);
	});

	it('reports a programme that ends before it starts, at the precision both dates have', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				programmes: `${PROGRAMMES_HEADER}\nKOR,kor-a,A,2002-07,2002,,,,KRW,src-a,\nKOR,kor-b,B,2002-07,2002-06,,,,KRW,src-a,\n`
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/programmes.csv:3:5 — end_date 2002-06 is before start_date 2002-07 — expected an end_date on or after the start_date'
		]);
	});

	it('reports a target that does not say what it counts', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				programmes: `${PROGRAMMES_HEADER}\nKOR,kor-a,A,2000,2002-06,10000000,,,KRW,src-a,\n`
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/programmes.csv:2:7 — target 10000000 does not say what it counts — expected what the target counts in target_unit (people, households, ...)'
		]);
	});

	it('reports a percentage outside 0–100 and a figure citing no known source', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				people_metrics: `${PEOPLE_HEADER}\nIND,internet_users_pct,2020,434,percent of population,D,src-a,\nKOR,population,2000,46136000,people,D,src-x,\n`
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/people_metrics.csv:2:4 — 434 percent of population is outside 0–100 — expected a percentage between 0 and 100',
			'data/people_metrics.csv:3:7 — unknown source "src-x" — expected a source_id listed in data/sources.csv'
		]);
	});

	it('reports a duplicate figure for one country, metric and year', () => {
		const row = 'IND,internet_users_pct,2020,43.4,percent of population,D,src-a,';
		const problems = crossCheck(
			files({ sources: SOURCES, people_metrics: `${PEOPLE_HEADER}\n${row}\n${row}\n` })
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/people_metrics.csv:3:1 — duplicate country + metric + year "IND · internet_users_pct · 2020" (first on line 2) — expected each country + metric + year once'
		]);
	});

	it('takes the three new milestone categories and refuses an unknown one', () => {
		const text = [
			'country,date,title,category,description,system_id,source_ids',
			'IND,2005-06-15,RTI Act,transparency,,,src-a',
			'IND,2014-07-26,MyGov,participation,,,src-a',
			'IND,2014,NDLM,literacy,,,src-a',
			'IND,2015,X,democracy,,,src-a'
		].join('\n');
		const result = parseCsv(`${text}\n`, SCHEMAS.milestones);
		expect(result.rows.map((r) => r.category)).toEqual([
			'transparency',
			'participation',
			'literacy'
		]);
		expect(result.problems.map(formatProblem)).toEqual([
			'data/milestones.csv:5:4 — category "democracy" is not an allowed value — expected one of law, plan, institution, system, infrastructure, budget, ranking, literacy, transparency, participation'
		]);
	});
});

describe("a budget row's national total", () => {
	it('names its own sources, which must exist, and none without a total', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				budget:
					`${BUDGET_HEADER}\n` +
					'KOR,2010,kor-a,D,budgeted,10,1000,KRW,src-a,src-a,\n' +
					'KOR,2011,kor-a,D,budgeted,10,1000,KRW,src-a,,\n' +
					'KOR,2012,kor-a,D,budgeted,10,,KRW,src-a,src-a,\n' +
					'KOR,2013,kor-a,D,budgeted,10,1000,KRW,src-a,src-total,\n'
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/budget.csv:3:10 — national_lcu_m 1000 has no source — expected the source_ids of the national total',
			'data/budget.csv:4:10 — sources cited for a national total that is empty — expected no national_source_ids without a national_lcu_m',
			'data/budget.csv:5:10 — unknown source "src-total" — expected a source_id listed in data/sources.csv'
		]);
	});
});

describe('source kinds and copies', () => {
	it('reports a conversion factor of 0 and one in another currency than the budget', () => {
		const problems = crossCheck(
			files({
				sources: SOURCES,
				budget: `${BUDGET_HEADER}\n` + 'KOR,2010,kor-a,D,budgeted,10,1000,KRW,src-a,src-a,\n',
				conversion_factors:
					'country,year,factor,currency,value,source_ids,notes\n' +
					'KOR,2010,fx,KRW,0,src-a,\n' +
					'KOR,2011,fx,INR,1156.46,src-a,\n'
			})
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/conversion_factors.csv:2:5 — factor 0 is not above 0 — expected units of local currency per dollar, greater than 0',
			"data/conversion_factors.csv:3:4 — KOR's budget amounts are in KRW, not INR — expected the currency of KOR's rows in data/budget.csv (KRW)"
		]);
	});

	it('reports an unknown kind with file, line and column', () => {
		const result = parseCsv(
			`${SOURCES_HEADER}\nsrc-b,B,Someone,2020,https://example.org/b,2026-11-01,blog,,\n`,
			SCHEMAS.sources
		);
		expect(result.problems.map(formatProblem)).toEqual([KIND_PROBLEM]);
	});

	it('reports a copy (via) whose address is missing', () => {
		const parsed = files({
			sources: `${SOURCES_HEADER}\nsrc-c,C,UN DESA,2020,https://example.org/c,2026-11-01,official,GitHub copy,\n`
		});
		parsed.sources.rows[0]!.url = '';
		expect(crossCheck(parsed).map(formatProblem)).toEqual([
			'data/sources.csv:2:8 — via "GitHub copy" names a copy but url is empty — expected the address of the copy that was read in url'
		]);
	});

	it('fails the build when a copy in data/sources.csv has no url', () => {
		const dir = mkdtempSync(join(tmpdir(), 'egov-data-'));
		cpSync('data', dir, { recursive: true });
		const path = join(dir, 'sources.csv');
		const text = readFileSync(path, 'utf8');
		const broken = text.replace(
			',https://github.com/UNU-EGOV/datasets/blob/cf03dd5f47bede65558498798f2a9a07f29ee090/egdi/egdi-2010.csv,',
			',,'
		);
		expect(broken).not.toBe(text);
		writeFileSync(path, broken);
		const line = broken.split('\n').findIndex((l) => l.startsWith('kr-unu-egdi-2010,')) + 1;
		expect(() => loadData(dir)).toThrowError(`data/sources.csv:${line}:5 — `);
	});
});

describe('the build-time loader', () => {
	it('loads the committed data without a problem', () => {
		const { data, version } = loadData('data');
		expect(data.phases.length).toBeGreaterThanOrEqual(3);
		expect(version).toMatch(/^\d{4}-\d{2}-\d{2} · [0-9a-f]{7}$/);
	});

	it('fails with file:line:column when a value in data/phases.csv is broken', () => {
		const dir = mkdtempSync(join(tmpdir(), 'egov-data-'));
		cpSync('data', dir, { recursive: true });
		const path = join(dir, 'phases.csv');
		const lines = readFileSync(path, 'utf8').split('\n');
		const cells = lines[2]!.split(',');
		const startYear = cells[3];
		cells[3] = 'nineteen';
		lines[2] = cells.join(',');
		writeFileSync(path, lines.join('\n'));
		expect(startYear).toMatch(/^\d{4}$/);
		expect(() => loadData(dir)).toThrowError(
			'data/phases.csv:3:4 — start_year "nineteen" is not a year — expected a four-digit year'
		);
	});
});
