// A plain static file server for build/, as any static host would serve it: files as they are,
// gzipped for browsers that accept it (as every production host does), `index.html` for folders,
// 404 otherwise. Used by the end-to-end tests and the benchmark.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.txt']);
/** @type {Map<string, Buffer>} gzipped bodies by path: the build does not change while served. */
const gzipped = new Map();

function gzipOf(file) {
	let body = gzipped.get(file);
	if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
	return body;
}

function fileFor(pathname) {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (!path.startsWith(root)) return null;
	try {
		const stat = statSync(path);
		if (stat.isFile()) return path;
		if (stat.isDirectory()) {
			const index = join(path, 'index.html');
			if (statSync(index).isFile()) return index;
		}
	} catch {
		return null;
	}
	return null;
}

createServer((req, res) => {
	const { pathname } = new URL(req.url ?? '/', 'http://localhost');
	let file = null;
	try {
		file = fileFor(pathname);
	} catch {
		file = null;
	}
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Not found');
		return;
	}
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		const body = gzipOf(file);
		res.writeHead(200, {
			'content-type': type,
			'content-encoding': 'gzip',
			vary: 'accept-encoding'
		});
		res.end(body);
		return;
	}
	res.writeHead(200, { 'content-type': type });
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
