// @ts-nocheck -- a plain Node script run as-is, without a build step; the typed code is in src/.
// The two interaction measurements of npm run bench: frame times while zooming the timeline with
// 10,000 synthetic milestones, and upload throughput of a 100 MB file through the real worker.
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';

const UPLOAD_BYTES = 100 * 1024 * 1024;

const quantile = (xs, q) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** A 100 MB Our World in Data CSV (Entity, Code, Year, value): the biggest format users bring. */
export function uploadFile(path) {
	if (existsSync(path) && statSync(path).size >= UPLOAD_BYTES) return path;
	const countries = [
		['South Korea', 'KOR'],
		['India', 'IND'],
		['Japan', 'JPN'],
		['Germany', 'DEU'],
		['Brazil', 'BRA'],
		['Kenya', 'KEN']
	];
	let block = '';
	for (let i = 0; block.length < 1 << 20; i++) {
		const [name, code] = countries[i % countries.length];
		block += `${name},${code},${1960 + (i % 65)},${((i * 7919) % 10000) / 100}\n`;
	}
	const fd = openSync(path, 'w');
	let written = writeSync(fd, 'Entity,Code,Year,Internet users (% of population)\n');
	while (written < UPLOAD_BYTES) written += writeSync(fd, block);
	closeSync(fd);
	return path;
}

/**
 * Sends one ctrl+wheel zoom step per animation frame (in, then out, 90 steps) and records the time
 * between frames. CPU slowed `cpu`×, 1280 px wide.
 */
export async function measureZoom(browser, url, cpu) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.goto(url);
	await page.locator('svg.timeline-chart').waitFor();
	// Zoom once the page has settled, as a reader would after looking at the chart: started at
	// once, the first frames also carried the page's own start-up work (p95 50 ms instead of 33).
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	const r = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const svg = document.querySelector('svg.timeline-chart');
				const box = svg.getBoundingClientRect();
				// Milestones in view, as the page counts them (in dense mode most are canvas ticks).
				const marks = () => Number(document.getElementById('shown')?.textContent ?? 0);
				const startMarks = marks();
				const times = [];
				let maxMarks = 0;
				let last = null;
				let step = 0;
				const STEPS = 90;
				const frame = (now) => {
					if (last !== null) times.push(now - last);
					last = now;
					maxMarks = Math.max(maxMarks, marks());
					if (step === STEPS) return resolve({ times, startMarks, maxMarks });
					// 15 steps in, 15 out, three times: from the full 58 years down to about 6 months.
					const dir = Math.floor(step / 15) % 2 ? 1 : -1;
					svg.dispatchEvent(
						new WheelEvent('wheel', {
							deltaY: dir * 20,
							ctrlKey: true,
							clientX: box.x + box.width / 2,
							clientY: box.y + 150,
							bubbles: true,
							cancelable: true
						})
					);
					step++;
					requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			})
	);
	await context.close();
	const median = quantile(r.times, 0.5);
	const mean = r.times.reduce((a, b) => a + b, 0) / r.times.length;
	// A frame that took two refreshes or more (intervals come in steps of 16.7 ms at 60 Hz).
	const late = (ts) => ts.filter((t) => t > 25).length;
	return {
		frames: r.times.length,
		medianMs: +median.toFixed(1),
		p95Ms: +quantile(r.times, 0.95).toFixed(1),
		medianFps: Math.round(1000 / median),
		// Frames shown per second over the whole zoom: the rate a reader sees.
		meanMs: +mean.toFixed(1),
		lateFrames: late(r.times),
		lateInFirst10: late(r.times.slice(0, 10)),
		// The zoom's first steps also pay for the browser compiling and optimising its code.
		p95AfterFirst10Ms: +quantile(r.times.slice(10), 0.95).toFixed(1),
		marksAtFullRange: r.startMarks,
		mostMarksInView: r.maxMarks
	};
}

/**
 * Picks the file on /data/ with the real file input; the real worker reads it. Throughput = size /
 * (change event → progress bar gone); the longest main-thread task over the same time.
 */
export async function measureUpload(browser, url, file, cpu) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	const input = page.locator('input[type="file"]');
	await page.evaluate(() => {
		const b = (window.__upload = { start: null, end: null, longest: 0, tasks: 0 });
		new PerformanceObserver((list) => {
			if (b.start === null || b.end !== null) return;
			for (const e of list.getEntries()) {
				b.longest = Math.max(b.longest, e.duration);
				b.tasks++;
			}
		}).observe({ type: 'longtask' });
		const inputEl = document.querySelector('input[type="file"]');
		inputEl.addEventListener('change', () => (b.start = performance.now()), { capture: true });
		let seen = false;
		new MutationObserver(() => {
			const bar = document.getElementById('upload-progress');
			if (bar) seen = true;
			else if (seen && b.end === null) b.end = performance.now();
		}).observe(document.body, { childList: true, subtree: true });
	});
	await input.setInputFiles(file);
	await page.waitForFunction(() => window.__upload.end !== null, null, {
		timeout: 600_000,
		polling: 500
	});
	// Long tasks are reported after they end: give the last ones a moment to arrive.
	await page.waitForTimeout(500);
	const b = await page.evaluate(() => window.__upload);
	const outcome = await page
		.locator('.upload [role="status"], .upload [role="alert"]')
		.allTextContents();
	await context.close();
	const seconds = (b.end - b.start) / 1000;
	return {
		fileMB: +(statSync(file).size / 1024 / 1024).toFixed(1),
		seconds: +seconds.toFixed(2),
		mbPerSecond: +(statSync(file).size / 1024 / 1024 / seconds).toFixed(1),
		longestTaskMs: Math.round(b.longest),
		longTasks: b.tasks,
		outcome: outcome.map((t) => t.trim()).filter(Boolean)[0] ?? ''
	};
}

/**
 * The timeline with a 960,000-milestone lane (issue 21): `page` is a page of a context whose
 * upload store already holds the lane. With the CPU slowed `cpu`×, times the load (to the lane's
 * summary drawn), a zoom (ctrl+wheel steps, one a frame), a pan (a mouse drag), a search (typed,
 * to its count shown) and details (hovering the lane, to the details panel), each with the longest
 * main-thread task it caused. "Usable" here: no task over 200 ms, frames while zooming and panning
 * mostly within two refreshes.
 */
export async function measureBigLane(page, url, cpu, query = 'Milestone 777777') {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	await page.addInitScript(() => {
		const w = (window.__lane = { tasks: [] });
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) w.tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	});
	const t0 = Date.now();
	await page.goto(url);
	const lane = page.locator('g.lane[data-country="EST"]');
	await lane.locator('.dense-note').waitFor({ timeout: 600_000 });
	const loadS = (Date.now() - t0) / 1000;
	if (process.env.BENCH_VERBOSE) console.error('lane: loaded in', loadS, 's');
	await page.waitForTimeout(1000);
	const longest = async (since) =>
		page.evaluate(
			(s) =>
				Math.round(Math.max(0, ...window.__lane.tasks.filter(([t]) => t >= s).map(([, d]) => d))),
			since
		);
	const now = () => page.evaluate(() => performance.now());
	const loadLongest = await longest(0);
	const note = await lane.locator('.dense-note').textContent();

	if (process.env.BENCH_VERBOSE) console.error('lane:', 'Zoom');
	// Zoom: 30 ctrl+wheel steps in, 20 out, one a frame, at the middle of the lane: it ends zoomed
	// in, so the drag below has room to pan.
	let since = await now();
	const zoom = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const svg = document.querySelector('svg.timeline-chart');
				const lane = document.querySelector('g.lane[data-country="EST"]').getBoundingClientRect();
				const box = svg.getBoundingClientRect();
				const times = [];
				let last = null;
				let step = 0;
				const frame = (t) => {
					if (last !== null) times.push(t - last);
					last = t;
					if (step === 50) return resolve(times);
					svg.dispatchEvent(
						new WheelEvent('wheel', {
							deltaY: step < 30 ? -20 : 20,
							ctrlKey: true,
							clientX: box.x + box.width / 2,
							clientY: lane.y + lane.height / 2,
							bubbles: true,
							cancelable: true
						})
					);
					step++;
					requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			})
	);
	await page.waitForTimeout(1500);
	const zoomLongest = await longest(since);

	if (process.env.BENCH_VERBOSE) console.error('lane:', 'Pan');
	// Pan: a mouse drag of 400 px in 40 moves, frame intervals recorded in the page meanwhile.
	since = await now();
	await page.evaluate(() => {
		const w = window.__lane;
		w.frames = [];
		w.run = true;
		let last = null;
		const f = (t) => {
			if (last !== null) w.frames.push(t - last);
			last = t;
			if (w.run) requestAnimationFrame(f);
		};
		requestAnimationFrame(f);
	});
	const showing = () =>
		page
			.locator('.status', { hasText: /^Showing / })
			.first()
			.textContent();
	const before = await showing();
	// The lane is the third, below the fold at 1280×800: the mouse must be over it.
	await lane.scrollIntoViewIfNeeded();
	const box = await lane.boundingBox();
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width / 2 + 200, y);
	await page.mouse.down();
	for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + box.width / 2 + 200 - i * 10, y);
	await page.mouse.up();
	await page.waitForTimeout(1500);
	const pan = await page.evaluate(() => {
		window.__lane.run = false;
		return window.__lane.frames;
	});
	const panLongest = await longest(since);
	const panMoved = (await showing()) !== before;

	if (process.env.BENCH_VERBOSE) console.error('lane:', 'Search');
	// Search: one title among the 960,000, typed at once; timed to the match count shown.
	since = await now();
	const s0 = Date.now();
	await page.getByRole('searchbox', { name: 'Search milestones' }).fill(query);
	await page.getByText(/^1 match/).waitFor({ timeout: 120_000 });
	const searchS = (Date.now() - s0) / 1000;
	await page.waitForTimeout(1000);
	const searchLongest = await longest(since);

	if (process.env.BENCH_VERBOSE) console.error('lane:', 'Details');
	// Details: back to the whole range, where the match is labelled, then hover its leader; timed
	// to the details panel's heading.
	await page.getByRole('button', { name: 'Reset' }).click();
	await page.waitForTimeout(2000);
	since = await now();
	const d0 = Date.now();
	const label = lane.locator('text.mark-label').first();
	await label.scrollIntoViewIfNeeded();
	const leader = (await lane.locator('line.leader').first().boundingBox()) ?? box;
	await page.mouse.move(leader.x + leader.width / 2, leader.y - 8);
	const details = page.getByRole('region', { name: 'Milestone details' });
	let detailsS = null;
	try {
		await details.getByRole('heading').waitFor({ timeout: 60_000 });
		detailsS = (Date.now() - d0) / 1000;
	} catch {
		detailsS = null;
	}
	await page.waitForTimeout(1000);
	const detailsLongest = await longest(since);
	const heading = detailsS === null ? null : await details.getByRole('heading').textContent();

	const late = (ts) => ts.filter((t) => t > 25).length;
	return {
		cpu,
		loadS: +loadS.toFixed(1),
		loadLongestTaskMs: loadLongest,
		denseNote: note,
		zoomFrames: zoom.length,
		zoomMedianMs: +quantile(zoom, 0.5).toFixed(1),
		zoomP95Ms: +quantile(zoom, 0.95).toFixed(1),
		zoomLateFrames: late(zoom),
		zoomLongestTaskMs: zoomLongest,
		panFrames: pan.length,
		panMedianMs: +quantile(pan, 0.5).toFixed(1),
		panP95Ms: +quantile(pan, 0.95).toFixed(1),
		panLongestTaskMs: panLongest,
		// Whether the drag moved the view at all (the range the page shows changed).
		panMoved,
		searchS: +searchS.toFixed(2),
		searchLongestTaskMs: searchLongest,
		detailsS: detailsS === null ? null : +detailsS.toFixed(2),
		detailsHeading: heading,
		detailsLongestTaskMs: detailsLongest
	};
}
