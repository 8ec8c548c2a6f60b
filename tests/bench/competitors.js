// @ts-nocheck -- a plain Node script run as-is, without a build step; the typed code is in src/.
// The same phases chart, drawn the way an analyst would otherwise draw it: Plotly and Vega-Lite
// in plain pages, with the same data from data/phases.csv.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';

const COLOURS = { KOR: '#0072B2', IND: '#C04F00' };
const NAMES = { KOR: 'Korea', IND: 'India' };

export function phasesData(currentYear = new Date().getUTCFullYear()) {
	const { data } = Papa.parse(readFileSync('data/phases.csv', 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	return data.map((p) => ({
		country: NAMES[p.country] ?? p.country,
		code: p.country,
		name: p.name,
		start: Number(p.start_year),
		end: p.end_year ? Number(p.end_year) : currentYear + 1
	}));
}

const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body style="margin:0;font-family:system-ui,sans-serif">${body}</body></html>`;

export function plotlyPage(rows) {
	const traces = Object.entries(NAMES).map(([code, country]) => {
		const own = rows.filter((r) => r.code === code);
		return {
			type: 'bar',
			orientation: 'h',
			name: country,
			y: own.map(() => country),
			base: own.map((r) => r.start),
			x: own.map((r) => r.end - r.start),
			text: own.map((r) => r.name),
			textposition: 'inside',
			marker: { color: COLOURS[code] }
		};
	});
	return page(
		'Phases (Plotly)',
		'<script src="plotly.min.js"></script>',
		`<h1>Phases of e-government, Korea and India</h1><div id="chart" data-chart-id="phases" style="width:1000px;height:420px"></div>
<script>Plotly.newPlot('chart', ${JSON.stringify(traces)}, {barmode:'overlay',xaxis:{title:'Year'},margin:{l:80}});</script>`
	);
}

export function vegaPage(rows) {
	const spec = {
		$schema: 'https://vega.github.io/schema/vega-lite/v5.json',
		width: 900,
		height: 240,
		data: { values: rows },
		encoding: { y: { field: 'country', type: 'nominal', sort: ['Korea', 'India'] } },
		layer: [
			{
				mark: 'bar',
				encoding: {
					x: { field: 'start', type: 'quantitative', scale: { zero: false }, title: 'Year' },
					x2: { field: 'end' },
					color: { field: 'country', type: 'nominal', scale: { range: Object.values(COLOURS) } }
				}
			},
			{
				mark: { type: 'text', align: 'left', dx: 4, color: 'white' },
				encoding: { x: { field: 'start', type: 'quantitative' }, text: { field: 'name' } }
			}
		]
	};
	return page(
		'Phases (Vega-Lite)',
		'<script src="vega.min.js"></script><script src="vega-lite.min.js"></script><script src="vega-embed.min.js"></script>',
		`<h1>Phases of e-government, Korea and India</h1><div id="chart" data-chart-id="phases"></div>
<script>vegaEmbed('#chart', ${JSON.stringify(spec)}, {renderer:'svg',actions:false});</script>`
	);
}
