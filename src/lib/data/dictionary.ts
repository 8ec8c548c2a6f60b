import { DATASET_NAMES, type Column } from './schema.ts';
import { SCHEMAS, TYPE_DESCRIPTIONS } from './columns.ts';

function typeText(column: Column): string {
	if (column.type === 'enum' && column.allowed)
		return `one of ${column.allowed.map((a) => `\`${a}\``).join(', ')}`;
	return TYPE_DESCRIPTIONS[column.type];
}

/** The data dictionary as Markdown, generated from the schemas so it cannot drift from them. */
export function dictionaryMarkdown(): string {
	return DATASET_NAMES.map((name) => {
		const schema = SCHEMAS[name];
		const rows = schema.columns.map(
			(c) =>
				`| \`${c.name}\` | ${typeText(c)} | ${c.required ? 'yes' : 'no'} | ${c.meaning.replace(/\|/g, '\\|')} |`
		);
		return [
			`### \`${name}.csv\` — ${schema.title}`,
			'',
			`${schema.description} Key: \`${schema.key.join(' + ')}\`.`,
			'',
			'| column | type | required | meaning |',
			'| --- | --- | --- | --- |',
			...rows
		].join('\n');
	}).join('\n\n');
}
