// @ts-nocheck -- plain functions run inside the page (passed as source text), shared by the bench
// and the e2e tests. Each builds a file of about `bytes` in one of the four formats the upload
// reads, as Blob parts, and stays within the 1,000,000 stored values. Generated, never committed.

/** 120 MB: the size issue 21 measures. */
export const BIG_BYTES = 120 * 1024 * 1024;

/** The dashboard's own milestones format: 960,000 milestones of one country (one lane). */
export function ownMilestones(bytes) {
	const rows = 960_000;
	const per = Math.floor(bytes / rows);
	const cats = ['law', 'plan', 'institution', 'system', 'infrastructure', 'budget', 'ranking'];
	const filler = 'a synthetic milestone for the full-size upload test '.repeat(8);
	const parts = ['country,date,title,category,description,system_id,source_ids\n'];
	let block = '';
	for (let i = 0; i < rows; i++) {
		const date = `${1960 + (i % 65)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
		const head = `EST,${date},Milestone ${i},${cats[i % 7]},`;
		const tail = ',,bench-upload\n';
		block += head + filler.slice(0, Math.max(1, per - head.length - tail.length)) + tail;
		if (block.length > 1 << 20) {
			parts.push(block);
			block = '';
		}
	}
	parts.push(block);
	return parts;
}

/** Passed to each builder: the functions run in the page, where nothing else is in scope. */
export const COUNTRIES = [
	['Republic of Korea', 'South Korea', '"Korea, Rep."', 'KOR'],
	['India', 'India', 'India', 'IND'],
	['Estonia', 'Estonia', 'Estonia', 'EST'],
	['Georgia (Country)', 'Georgia', 'Georgia', 'GEO'],
	['Japan', 'Japan', 'Japan', 'JPN'],
	['Germany', 'Germany', 'Germany', 'DEU'],
	['Brazil', 'Brazil', 'Brazil', 'BRA'],
	['Kenya', 'Kenya', 'Kenya', 'KEN'],
	['Türkiye', 'Turkey', 'Turkiye', 'TUR'],
	['Viet Nam', 'Vietnam', 'Viet Nam', 'VNM'],
	['Indonesia', 'Indonesia', 'Indonesia', 'IDN'],
	['Mexico', 'Mexico', 'Mexico', 'MEX'],
	['Nigeria', 'Nigeria', 'Nigeria', 'NGA'],
	['Rwanda', 'Rwanda', 'Rwanda', 'RWA'],
	['Chile', 'Chile', 'Chile', 'CHL'],
	['Denmark', 'Denmark', 'Denmark', 'DNK'],
	['Singapore', 'Singapore', 'Singapore', 'SGP'],
	['Philippines', 'Philippines', 'Philippines', 'PHL'],
	['Bangladesh', 'Bangladesh', 'Bangladesh', 'BGD'],
	['Pakistan', 'Pakistan', 'Pakistan', 'PAK']
];

/**
 * A UN E-Government Knowledgebase export: every edition 2003–2024 of 20 countries, over and over
 * (the UN's repeated rows are read once), so 120 MB is read in full and 2,200 values kept.
 */
export function egovExport(bytes, COUNTRIES) {
	const parts = [
		'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index\n'
	];
	let block = '';
	for (let y = 2003; y <= 2024; y++)
		COUNTRIES.forEach(([name], k) => {
			const v = (0.3 + ((k * 7 + y) % 60) / 100).toFixed(4);
			block += `${y},${name},${k + 1}.0,${v},${v},${v},${v},${v}\n`;
		});
	let size = 0;
	while (size < bytes) {
		parts.push(block);
		size += block.length;
	}
	return parts;
}

/**
 * A World Bank API download: 1960–2023 columns, `..` where missing (as the bulk files are
 * mostly), two values a row, long indicator names as WDI's are: about 650,000 values.
 */
export function wdiDownload(bytes, COUNTRIES) {
	const years = Array.from({ length: 64 }, (_, i) => 1960 + i);
	const parts = [
		`Country Name,Country Code,Indicator Name,Indicator Code,${years.join(',')}\n`,
		'World,WLD,Synthetic indicator 0 (% of population),SYN.0,' +
			years.map(() => '1').join(',') +
			'\n'
	];
	let block = '';
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const [, , name, code] = COUNTRIES[i % COUNTRIES.length];
		const ind = Math.floor(i / COUNTRIES.length);
		const cells = years.map((y) => (y >= 2021 && y <= 2022 ? ((i * 7 + y) % 1000) / 10 : '..'));
		const row = `${name},${code},"Synthetic indicator ${ind}: share of the population reached by a public digital service, by a definition as long as real WDI names (% of population)",SYN.${ind},${cells.join(',')}\n`;
		block += row;
		size += row.length;
		if (block.length > 1 << 20) {
			parts.push(block);
			block = '';
		}
	}
	parts.push(block);
	return parts;
}

/**
 * An Our World in Data daily file (`Day`): 20 countries, 110 indicator columns mostly empty (as
 * OWID's COVID file is), one value a row: about 900,000 values.
 */
export function owidDaily(bytes, COUNTRIES) {
	const columns = Array.from({ length: 110 }, (_, i) => `Synthetic daily indicator ${i}`);
	const parts = [`Entity,Code,Day,${columns.join(',')}\n`];
	let block = '';
	let size = 0;
	const empty = ','.repeat(109);
	for (let i = 0; size < bytes; i++) {
		const [, name, , code] = COUNTRIES[i % COUNTRIES.length];
		const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / COUNTRIES.length) * 86_400_000)
			.toISOString()
			.slice(0, 10);
		const at = i % 110;
		const value = ((i * 13) % 1000) / 10;
		const row = `${name},${code},${day},${empty.slice(0, at)}${value}${empty.slice(at)}\n`;
		block += row;
		size += row.length;
		if (block.length > 1 << 20) {
			parts.push(block);
			block = '';
		}
	}
	parts.push(block);
	return parts;
}

/** The four files: name, builder, and what the status says once imported. */
export const BIG_FILES = [
	{ name: 'milestones-960k.csv', build: ownMilestones },
	{ name: 'EGOV_DATA_big.csv', build: egovExport },
	{ name: 'API_SYN_DS2_en_csv_v2_big.csv', build: wdiDownload },
	{ name: 'owid-daily-big.csv', build: owidDaily }
];
