import type { ParseResult } from './parse.ts';
import { quote, type Problem } from './problems.ts';
import { type DatasetName, type DatasetSchema, type RowTypes } from './schema.ts';
import { SCHEMAS } from './columns.ts';

export type ParsedFiles = { [N in DatasetName]: ParseResult<RowTypes[N]> };

/**
 * Checks that only make sense across rows or files: unique keys, cited sources and systems that
 * exist, periods and programmes that do not end before they start, targets that say what they
 * count, percentages within 0–100, ranks within their field.
 */
export function crossCheck(files: ParsedFiles, fileName = (n: DatasetName) => `data/${n}.csv`) {
	const problems: Problem[] = [];
	const sourceIds = new Set(files.sources.rows.map((s) => s.source_id));
	const systemIds = new Set(files.systems.rows.map((s) => s.system_id));

	const report = (
		name: DatasetName,
		rowIndex: number,
		columnName: string,
		value: string,
		problem: string,
		expected: string
	) => {
		problems.push({
			file: fileName(name),
			line: files[name].lines[rowIndex]!,
			column: files[name].header.indexOf(columnName) + 1,
			columnName,
			value,
			problem,
			expected
		});
	};

	for (const name of Object.keys(files) as DatasetName[]) {
		const schema: DatasetSchema = SCHEMAS[name];
		const rows = files[name].rows as unknown as Record<string, unknown>[];
		const firstLine = new Map<string, number>();
		rows.forEach((row, i) => {
			const key = schema.key.map((k) => String(row[k])).join(' · ');
			const seen = firstLine.get(key);
			if (seen !== undefined) {
				report(
					name,
					i,
					schema.key[0]!,
					key,
					`duplicate ${schema.key.join(' + ')} ${quote(key)} (first on line ${seen})`,
					`each ${schema.key.join(' + ')} once`
				);
			} else firstLine.set(key, files[name].lines[i]!);

			for (const column of ['source_ids', 'national_source_ids']) {
				const cited = row[column];
				if (!Array.isArray(cited)) continue;
				for (const id of cited as string[]) {
					if (!sourceIds.has(id)) {
						report(
							name,
							i,
							column,
							id,
							`unknown source ${quote(id)}`,
							'a source_id listed in data/sources.csv'
						);
					}
				}
			}
			if ((name === 'milestones' || name === 'system_metrics') && row.system_id) {
				const id = String(row.system_id);
				if (!systemIds.has(id)) {
					report(
						name,
						i,
						'system_id',
						id,
						`unknown system ${quote(id)}`,
						'a system_id listed in data/systems.csv'
					);
				}
			}
		});
	}

	files.phases.rows.forEach((p, i) => {
		if (p.end_year !== null && p.end_year < p.start_year) {
			report(
				'phases',
				i,
				'end_year',
				String(p.end_year),
				`end_year ${p.end_year} is before start_year ${p.start_year}`,
				'an end_year on or after the start_year'
			);
		}
	});
	// The national total is a figure of its own: it names what states it, and nothing cites a total that is not there.
	files.budget.rows.forEach((r, i) => {
		if (r.national_lcu_m !== null && !r.national_source_ids.length)
			report(
				'budget',
				i,
				'national_source_ids',
				'',
				`national_lcu_m ${r.national_lcu_m} has no source`,
				'the source_ids of the national total'
			);
		if (r.national_lcu_m === null && r.national_source_ids.length)
			report(
				'budget',
				i,
				'national_source_ids',
				r.national_source_ids.join(';'),
				'sources cited for a national total that is empty',
				'no national_source_ids without a national_lcu_m'
			);
	});
	files.sources.rows.forEach((s, i) => {
		if (s.via && !s.url) {
			report(
				'sources',
				i,
				'via',
				s.via,
				`via ${quote(s.via)} names a copy but url is empty`,
				'the address of the copy that was read in url'
			);
		}
	});
	// A metric is drawn as one series under one title on one axis: its title and unit cannot vary
	// by year, and two metrics of a system cannot share a title (a reader could not tell them apart).
	const metricFirst = new Map<string, { title: string; unit: string; line: number }>();
	const titleOwner = new Map<string, string>();
	files.system_metrics.rows.forEach((r, i) => {
		const key = `${r.system_id} · ${r.metric}`;
		const first = metricFirst.get(key);
		if (!first) {
			metricFirst.set(key, { title: r.title, unit: r.unit, line: files.system_metrics.lines[i]! });
			const owner = titleOwner.get(`${r.system_id} · ${r.title}`);
			if (owner) {
				report(
					'system_metrics',
					i,
					'title',
					r.title,
					`title ${quote(r.title)} is already the title of ${quote(owner)} of ${quote(r.system_id)}`,
					"a title of its own for each of a system's metrics"
				);
			} else titleOwner.set(`${r.system_id} · ${r.title}`, r.metric);
			return;
		}
		for (const column of ['title', 'unit'] as const) {
			if (r[column] !== first[column]) {
				report(
					'system_metrics',
					i,
					column,
					r[column],
					`${column} ${quote(r[column])} differs from ${quote(first[column])} on line ${first.line} (${key})`,
					`one ${column} for every year of a metric`
				);
			}
		}
	});
	files.programmes.rows.forEach((p, i) => {
		// Dates compare as strings at their common precision: `2023-03` is not before `2023`.
		const common = Math.min(p.start_date.length, p.end_date.length);
		if (p.end_date && p.end_date.slice(0, common) < p.start_date.slice(0, common)) {
			report(
				'programmes',
				i,
				'end_date',
				p.end_date,
				`end_date ${p.end_date} is before start_date ${p.start_date}`,
				'an end_date on or after the start_date'
			);
		}
		if (p.target !== null && !p.target_unit) {
			report(
				'programmes',
				i,
				'target_unit',
				'',
				`target ${p.target} does not say what it counts`,
				'what the target counts in target_unit (people, households, ...)'
			);
		}
	});
	files.people_metrics.rows.forEach((m, i) => {
		if (/^percent/.test(m.unit) && (m.value < 0 || m.value > 100)) {
			report(
				'people_metrics',
				i,
				'value',
				String(m.value),
				`${m.value} ${m.unit} is outside 0–100`,
				'a percentage between 0 and 100'
			);
		}
	});
	files.indices.rows.forEach((r, i) => {
		if (r.rank !== null && r.of !== null && (r.rank < 1 || r.rank > r.of)) {
			report(
				'indices',
				i,
				'rank',
				String(r.rank),
				`rank ${r.rank} is outside 1–${r.of}`,
				'a rank between 1 and the number of countries ranked'
			);
		}
	});

	const currencyOf = new Map(files.budget.rows.map((r) => [r.country, r.currency]));
	files.conversion_factors.rows.forEach((r, i) => {
		if (!(r.value > 0)) {
			report(
				'conversion_factors',
				i,
				'value',
				String(r.value),
				`factor ${r.value} is not above 0`,
				'units of local currency per dollar, greater than 0'
			);
		}
		const used = currencyOf.get(r.country);
		if (used && used !== r.currency) {
			report(
				'conversion_factors',
				i,
				'currency',
				r.currency,
				`${r.country}'s budget amounts are in ${used}, not ${r.currency}`,
				`the currency of ${r.country}'s rows in data/budget.csv (${used})`
			);
		}
	});

	return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
