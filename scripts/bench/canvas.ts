/**
 * `npm run bench:canvas` — the board editor under load, in headless Chromium against the production
 * build (issue 4, Benchmark):
 *
 * 1. seeds a board with 5,000 shapes of mixed types (sticky notes, rectangles, ellipses, text,
 *    connectors bound to their neighbours, pen strokes) on a 100 × 50 grid 250 units apart, straight
 *    into a scratch PGlite data directory through the realtime persistence layer (one Y.Doc state,
 *    compacted into a snapshot through the restore gate, as the app stores a board that has been
 *    worked on and unloaded);
 * 2. starts `node server.js` on a free port with that DATA_DIR (build first with `npm run build`, or
 *    pass --build);
 * 3. signs in as the demo participant who owns the board, opens `/papan/<id>?bench=1` in a
 *    1366 × 768 window and, as soon as the page exposes `window.__bench`, puts the view at zoom 0.25
 *    over the grid's top-left corner (~270 shapes in view);
 * 4. drives `window.__bench.setView(cx, cy, zoom)` every animation frame: a 3 s pan (centre moves by
 *    +10,000, +4,000), then a 2 s zoom (0.25 → 0.5 → 0.125 → 0.25, geometric in each leg);
 * 5. prints ONE JSON line:
 *
 *   { shapes, open_ms, frame_p95_ms, frame_max_ms, pan_p95_ms, pan_max_ms, zoom_p95_ms, zoom_max_ms,
 *     frames, pan_cpu_ms_per_frame, zoom_cpu_ms_per_frame, dom_nodes, dom_nodes_max, heap_mb,
 *     js_kb_gz, load_avg }
 *
 * open_ms: navigation start to `__bench.count()` reaching every shape, plus two animation frames.
 * Frame times are the intervals between requestAnimationFrame timestamps. dom_nodes is counted at
 * the opening view (dom_nodes_max: the most seen at any phase boundary); heap_mb is the JS heap in
 * use after the run and a garbage collection; js_kb_gz is every script loaded at open, gzipped here
 * at level 9 (independent of how the server compresses). The *_cpu_ms_per_frame figures are the
 * CPU time of the page's main thread per frame (Chromium's ThreadTime), and load_avg the machine's
 * one-minute load: on a shared machine frame intervals include waiting for a CPU, CPU time does not.
 *
 * Options: --shapes <n> (5000), --build (run `npm run build` first), --keep (keep the data dir),
 * --headed, --profile <file> (write a Chromium CPU profile of open, pan and zoom, for DevTools),
 * --trace <file> (write a Chromium performance trace of pan and zoom, for DevTools), --frames (print
 * every frame's interval and zoom to stderr, to see where the slow frames fall), --timeline (print
 * when each step of the open happened: response, scripts, the realtime socket's messages),
 * --server-profile <dir> (write the app server's CPU profile there when it stops). Chromium:
 * CHROMIUM_PATH or /usr/bin/chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import { chromium, type CDPSession, type Page, type Request } from '@playwright/test';
import { openDatabase } from '../../src/lib/server/db/client';
import { seedIfEmpty, DEMO_PASSWORD } from '../../src/lib/server/db/seed';
import { users } from '../../src/lib/server/db/schema';
import { createBoard } from '../../src/lib/server/boards/boards';
import { DatabaseBoardStore } from '../../src/lib/server/realtime/persistence';
import { createShape, orderKeysBetween, type Shape } from '../../src/lib/canvas/model';
import { createLocalOrigin, createShapes, updateMeta } from '../../src/lib/canvas/sync';
import { restoreBoardDoc, RESTORE_GATE_VERSION } from '../../src/lib/canvas/sync/restore-doc';

const { values: args } = parseArgs({
	options: {
		shapes: { type: 'string', default: '5000' },
		build: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		headed: { type: 'boolean', default: false },
		profile: { type: 'string' },
		frames: { type: 'boolean', default: false },
		timeline: { type: 'boolean', default: false },
		'server-profile': { type: 'string' },
		trace: { type: 'string' }
	}
});

const COLUMNS = 100;
const SPACING = 250;
const SHAPES = Math.min(COLUMNS * 50, Math.max(1, Number(args.shapes)));
const VIEWPORT = { width: 1366, height: 768 };
const START_ZOOM = 0.25;
const PAN = { dx: 10_000, dy: 4_000, ms: 3_000 };
const ZOOM_STOPS = [0.25, 0.5, 0.125, 0.25];
const ZOOM_MS = 2_000;
const OWNER = 'peserta@ruangpijar.id';
const ROOT = path.resolve(import.meta.dirname, '../..');

/** The shape in grid cell `i` (row-major): a deterministic mix, with connectors joining neighbours. */
function shapeAt(i: number, ids: string[], author: string, order: string): Shape {
	const x = (i % COLUMNS) * SPACING;
	const y = Math.floor(i / COLUMNS) * SPACING;
	const context = { id: ids[i]!, author, now: 1_767_225_600_000, order };
	const kind = i % 20;
	// 40 % notes, 15 % rectangles, 10 % ellipses, 10 % text, 15 % connectors, 10 % pen strokes.
	if (kind < 8) {
		const colors = ['yellow', 'pink', 'blue', 'green', 'orange'] as const;
		return createShape('sticky', { x, y, w: 200, h: 200, props: { text: `Ide ${i + 1}: antrean layanan ${i % 7 === 0 ? 'perlu dipangkas dengan pendaftaran daring' : 'lebih singkat'}`, color: colors[i % colors.length]! } }, context);
	}
	if (kind < 11) return createShape('rect', { x, y: y + 40, w: 200, h: 120, props: { text: `Proses ${i + 1}`, fill: 'tint', color: 'blue' } }, context);
	if (kind < 13) return createShape('ellipse', { x, y: y + 40, w: 200, h: 120, props: { text: `Aktor ${i + 1}`, color: 'green' } }, context);
	if (kind < 15) return createShape('text', { x, y: y + 70, w: 200, h: 60, props: { text: `Catatan ${i + 1}`, size: 'm' } }, context);
	if (kind < 18 && i > 0 && i + 1 < SHAPES && i % COLUMNS !== 0 && (i + 1) % COLUMNS !== 0) {
		return createShape(
			'connector',
			{
				props: {
					start: { x: x - 50, y: y + 100, shapeId: ids[i - 1]!, anchor: null },
					end: { x: x + 250, y: y + 100, shapeId: ids[i + 1]!, anchor: null },
					endArrow: 'arrow'
				}
			},
			context
		);
	}
	const points: number[] = [];
	for (let k = 0; k <= 24; k++) points.push(k * 8, 100 + Math.sin((k + i) / 3) * 60);
	return createShape('pen', { x, y, props: { points, color: 'red' } }, context);
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Seeds the scratch database: demo accounts and the benchmark board. Returns the board id. */
async function seed(dataDir: string): Promise<string> {
	const handle = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
	try {
		await seedIfEmpty(handle.db);
		const [owner] = await handle.db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, OWNER));
		if (!owner) throw new Error(`demo account ${OWNER} missing`);
		const boardId = await createBoard(handle.db, owner, { title: `Benchmark ${SHAPES} bentuk` });
		const author = String(owner.id);
		const ids = Array.from({ length: SHAPES }, (_, i) => `b${i.toString(36).padStart(4, '0')}`);
		const orders = orderKeysBetween(null, null, SHAPES);
		const shapes = ids.map((_, i) => shapeAt(i, ids, author, orders[i]!));
		const doc = new Y.Doc();
		const origin = createLocalOrigin(author);
		updateMeta(doc, { title: `Benchmark ${SHAPES} bentuk` }, origin);
		createShapes(doc, shapes, origin);
		// Stored as the app stores a board it unloads: compacted through the restore gate.
		const store = new DatabaseBoardStore(handle.db, { gate: { version: RESTORE_GATE_VERSION, restore: (d) => void restoreBoardDoc(d) } });
		if (!(await store.append(boardId, Y.encodeStateAsUpdate(doc)))) throw new Error('board vanished while seeding');
		await store.flush();
		await store.compact(boardId);
		return boardId;
	} finally {
		await handle.close();
	}
}

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
	const origin = `http://localhost:${port}`;
	const profile = args['server-profile'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args['server-profile'])}`] : [];
	const child = spawn(process.execPath, [...profile, 'server.js'], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(port), ORIGIN: origin, DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '' },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited early: ${stderr}`);
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill('SIGTERM');
	throw new Error(`server did not start within 60 s: ${stderr}`);
}

function percentile(values: number[], p: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

type View = [number, number, number];

/** Runs in the page: waits for every shape, then puts the view at the opening position. */
async function waitForOpen(page: Page, start: View): Promise<{ openMs: number; nodes: number }> {
	return page.evaluate(
		async ({ total, start }) => {
			type Bench = { setView(cx: number, cy: number, zoom: number): void; count(): number };
			const w = window as unknown as { __bench?: Bench };
			const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
			const deadline = performance.now() + 120_000;
			while (!w.__bench || w.__bench.count() < total) {
				if (performance.now() > deadline) throw new Error(`board did not load: count() = ${w.__bench?.count() ?? 'no __bench'} of ${total}`);
				await frame();
			}
			await frame();
			await frame();
			const openMs = performance.now();
			// The page may have moved the view while loading (zoom to fit); measure from the opening view.
			w.__bench.setView(...start);
			await frame();
			await frame();
			return { openMs, nodes: document.getElementsByTagName('*').length };
		},
		{ total: SHAPES, start }
	);
}

/**
 * Runs in the page: moves the view every animation frame for `ms`, from `from` to `to` (pan:
 * linear; zoom: geometric through `stops`). Returns the frame intervals and the DOM size at the end.
 */
async function movePhase(page: Page, spec: { ms: number; from: View; to: View; stops: number[] }): Promise<{ intervals: number[]; zooms: number[]; nodes: number }> {
	return page.evaluate(async ({ ms, from, to, stops }) => {
		const bench = (window as unknown as { __bench: { setView(cx: number, cy: number, zoom: number): void } }).__bench;
		const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
		const zoomAt = (t: number) => {
			if (stops.length < 2) return from[2];
			const legs = stops.length - 1;
			const leg = Math.min(legs - 1, Math.floor(t * legs));
			const a = stops[leg]!;
			const b = stops[leg + 1]!;
			return a * (b / a) ** (t * legs - leg);
		};
		const intervals: number[] = [];
		const zooms: number[] = [];
		let last = await frame();
		const first = last;
		for (;;) {
			const ts = await frame();
			intervals.push(ts - last);
			last = ts;
			const t = Math.min(1, (ts - first) / ms);
			zooms.push(zoomAt(t));
			bench.setView(from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, zooms[zooms.length - 1]!);
			if (t >= 1) break;
		}
		return { intervals, zooms, nodes: document.getElementsByTagName('*').length };
	}, spec);
}

/** Runs in the page before its scripts: notes when the realtime socket opens, sends and receives. */
function recordSocket(): void {
	const marks: [string, number][] = [];
	(window as unknown as { __socketMarks: typeof marks }).__socketMarks = marks;
	const Native = window.WebSocket;
	window.WebSocket = class extends Native {
		constructor(url: string | URL, protocols?: string | string[]) {
			super(url, protocols);
			marks.push(['socket created', performance.now()]);
			this.addEventListener('open', () => marks.push(['socket open', performance.now()]));
			this.addEventListener('message', (e: MessageEvent) => marks.push([`received ${(e.data as ArrayBuffer).byteLength ?? 0} B`, performance.now()]));
		}
		send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
			marks.push([`sent ${(data as ArrayBufferView).byteLength ?? 0} B`, performance.now()]);
			super.send(data);
		}
	};
}

/** Prints the open's milestones (ms since navigation start) to stderr. */
async function printTimeline(page: Page): Promise<void> {
	const marks = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const list: [string, number][] = [
			['response start', nav.responseStart],
			['response end', nav.responseEnd],
			['DOMContentLoaded', nav.domContentLoadedEventEnd]
		];
		for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
			const name = new URL(r.name).pathname.split('/').pop();
			if (r.initiatorType === 'script' || r.name.endsWith('.js')) list.push([`script ${name} done`, r.responseEnd]);
			else if (r.initiatorType === 'link' || r.initiatorType === 'fetch') {
				list.push([`${r.initiatorType} ${name} requested`, r.requestStart], [`${r.initiatorType} ${name} done (${r.transferSize} B)`, r.responseEnd]);
			}
		}
		for (const mark of performance.getEntriesByType('mark')) list.push([mark.name, mark.startTime]);
		const socket = (window as unknown as { __socketMarks?: [string, number][] }).__socketMarks ?? [];
		return [...list, ...socket.slice(0, 12)].sort((a, b) => a[1] - b[1]);
	});
	for (const [name, ms] of marks) console.error(`${Math.round(ms).toString().padStart(6)} ms  ${name}`);
}

/** CPU time of the page's main thread so far, in ms (Chromium's ThreadTime metric). */
async function cpuMs(cdp: CDPSession): Promise<number> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

async function main(): Promise<void> {
	if (args.build || !existsSync(path.join(ROOT, 'build/index.js'))) {
		const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
		if (built.status !== 0) throw new Error('npm run build failed');
	}
	const dataDir = mkdtempSync(path.join(tmpdir(), 'rp-bench-canvas-'));
	let server: ChildProcess | null = null;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: !args.headed,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	try {
		const boardId = await seed(dataDir);
		const port = await freePort();
		server = await startServer(dataDir, port);
		const base = `http://localhost:${port}`;
		const context = await browser.newContext({ viewport: VIEWPORT, locale: 'id-ID' });
		const page = await context.newPage();
		await page.goto(`${base}/masuk`, { waitUntil: 'networkidle' });
		await page.evaluate('window.__name = (f) => f');
		await page.locator('main input[name="email"]').fill(OWNER);
		await page.locator('main input[name="password"]').fill(DEMO_PASSWORD);
		await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);

		// tsx keeps function names with a `__name` helper that the page does not have.
		await page.addInitScript({ content: 'window.__name = (f) => f;' });
		// The opening view: zoom 0.25 with the grid's top-left corner at the window's top-left.
		const start = { cx: VIEWPORT.width / START_ZOOM / 2, cy: VIEWPORT.height / START_ZOOM / 2 };
		// Set the view the moment the page publishes its bench API, so the board opens where measured.
		await page.addInitScript(({ cx, cy, zoom }) => {
			let value: { setView(cx: number, cy: number, zoom: number): void } | undefined;
			Object.defineProperty(window, '__bench', {
				configurable: true,
				get: () => value,
				set: (next) => {
					value = next;
					next?.setView(cx, cy, zoom);
				}
			});
		}, { ...start, zoom: START_ZOOM });
		if (args.timeline) await page.addInitScript(recordSocket);
		const scripts: Request[] = [];
		const onRequest = (request: Request) => {
			if (request.resourceType() === 'script') scripts.push(request);
		};
		page.on('request', onRequest);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		if (args.profile) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			await cdp.send('Profiler.start');
		}
		await page.goto(`${base}/papan/${boardId}?bench=1`, { waitUntil: 'commit' });
		const opening: View = [start.cx, start.cy, START_ZOOM];
		const open = await waitForOpen(page, opening);
		page.off('request', onRequest);
		if (args.timeline) await printTimeline(page);
		const afterPan: View = [start.cx + PAN.dx, start.cy + PAN.dy, START_ZOOM];
		if (args.trace) await browser.startTracing(page, { path: args.trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
		let cpu = await cpuMs(cdp);
		const pan = await movePhase(page, { ms: PAN.ms, from: opening, to: afterPan, stops: [] });
		const panCpu = (await cpuMs(cdp)) - cpu;
		cpu = await cpuMs(cdp);
		const zoom = await movePhase(page, { ms: ZOOM_MS, from: afterPan, to: afterPan, stops: ZOOM_STOPS });
		const zoomCpu = (await cpuMs(cdp)) - cpu;
		if (args.trace) await browser.stopTracing();
		if (args.profile) writeFileSync(args.profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));

		let jsBytes = 0;
		for (const request of scripts) {
			const response = await request.response();
			if (response?.ok()) jsBytes += gzipSync(await response.body(), { level: 9 }).length;
		}
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		const all = [...pan.intervals, ...zoom.intervals];
		if (args.frames) {
			// Each interval ends at the frame that then set the listed zoom: it paid for the previous zoom.
			for (const [name, phase] of [['pan', pan], ['zoom', zoom]] as const) {
				phase.intervals.forEach((ms, i) => console.error(`${name} ${i} ${round(ms)} ms  zoom before ${round(phase.zooms[i - 1] ?? phase.zooms[0]!, 3)}`));
			}
		}
		console.log(
			JSON.stringify({
				shapes: SHAPES,
				open_ms: Math.round(open.openMs),
				frame_p95_ms: round(percentile(all, 95)),
				frame_max_ms: round(Math.max(...all)),
				pan_p95_ms: round(percentile(pan.intervals, 95)),
				pan_max_ms: round(Math.max(...pan.intervals)),
				zoom_p95_ms: round(percentile(zoom.intervals, 95)),
				zoom_max_ms: round(Math.max(...zoom.intervals)),
				frames: all.length,
				pan_cpu_ms_per_frame: round(panCpu / pan.intervals.length),
				zoom_cpu_ms_per_frame: round(zoomCpu / zoom.intervals.length),
				dom_nodes: open.nodes,
				dom_nodes_max: Math.max(open.nodes, pan.nodes, zoom.nodes),
				heap_mb: round(usedSize / 1024 / 1024),
				js_kb_gz: round(jsBytes / 1024),
				load_avg: round(loadavg()[0]!, 2)
			})
		);
		await context.close();
	} finally {
		await browser.close();
		if (server && server.exitCode === null) {
			const exited = new Promise((r) => server!.once('exit', r));
			server.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
		}
		if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
	}
}

await main();
