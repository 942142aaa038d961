/**
 * `npm run bench:realtime` — our realtime server against the reference y-websocket 1.5 server
 * (devDependency `y-websocket-reference`, its bin/server.js), both in their own processes, driven
 * by stock y-websocket clients in this process. Prints one JSON line per configuration:
 *
 *   { server, clients, rate, edits, p50_ms, p99_ms, delivery_ratio, rss_mb[, persist_p99_ms] }
 *   { server, boards, clients, rss_mb }                       (idle boards)
 *
 * Latency is from the moment a client makes an edit to the moment each other client has applied
 * it (same process, same clock). Both servers' rooms are open at once and measured in alternating
 * two-second slices, so drifting machine load hits both alike. Ours authenticates every socket (session cookie, board access)
 * and persists every edit (PGlite in a fresh temporary directory, or DATABASE_URL if set).
 *
 * Options: --duration <s> (measured seconds per configuration, default 10), --warmup <s> (2),
 * --rate <edits/s> (20), --clients 50,100,300, --idle-boards <n> (1000; 0 skips),
 * --only ruang-pijar|reference, --database pglite|postgres (postgres: a scratch database created
 * through BENCH_DATABASE_URL or TEST_DATABASE_URL, dropped afterwards).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import postgres from 'postgres';
import { connectClient, type TestClient } from '../../src/lib/server/realtime/testing';

const { values: args } = parseArgs({
	options: {
		duration: { type: 'string', default: '10' },
		warmup: { type: 'string', default: '2' },
		rate: { type: 'string', default: '20' },
		clients: { type: 'string', default: '50,100,300' },
		'idle-boards': { type: 'string', default: '1000' },
		only: { type: 'string' },
		database: { type: 'string', default: 'pglite' }
	}
});
const DATABASE = args.database === 'postgres' ? 'postgres' : 'pglite';
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (DATABASE === 'postgres' && !ADMIN_URL) throw new Error('--database postgres needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
const DURATION_MS = Number(args.duration) * 1000;
const WARMUP_MS = Number(args.warmup) * 1000;
const RATE = Number(args.rate);
const CLIENT_COUNTS = args.clients!.split(',').map(Number).filter(Boolean);
const IDLE_BOARDS = Number(args['idle-boards']);
const SERVERS = (['ruang-pijar', 'reference'] as const).filter((s) => !args.only || args.only === s);
const ORIGIN = 'http://bench.test';
const CONNECT_BATCH = 25;
const SLICE_MS = 2_000;

type ServerName = (typeof SERVERS)[number];

interface RunningServer {
	name: ServerName;
	child: ChildProcess;
	url: string;
	port: number;
	tokens: string[];
	boards: string[];
	stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

function stopChild(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null) return resolve();
		const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

async function startServer(name: ServerName, users: number, boards: number): Promise<RunningServer> {
	if (name === 'reference') {
		const port = await freePort();
		const child = spawn(process.execPath, ['node_modules/y-websocket-reference/bin/server.js'], {
			env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		await new Promise<void>((resolve) => createInterface({ input: child.stdout! }).once('line', () => resolve()));
		const rooms = Array.from({ length: boards }, (_, i) => `room-${i}`);
		return { name, child, port, url: `ws://127.0.0.1:${port}`, tokens: [], boards: rooms, stop: () => stopChild(child) };
	}
	const dataDir = mkdtempSync(path.join(tmpdir(), 'rp-bench-'));
	const scratch = DATABASE === 'postgres' ? await createScratchDatabase() : null;
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/realtime-test-server.ts'], {
		env: {
			...process.env,
			DATABASE_URL: scratch?.url ?? '',
			DATA_DIR: dataDir,
			ORIGIN,
			FIXTURE_USERS: String(users),
			FIXTURE_BOARDS: String(boards),
			REDIS_URL: ''
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const info = await new Promise<{ port: number; users: string[]; boards: string[] }>((resolve, reject) => {
		createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
		child.once('exit', (code) => reject(new Error(`our server exited with ${code}`)));
	});
	return {
		name,
		child,
		port: info.port,
		url: `ws://127.0.0.1:${info.port}/realtime`,
		tokens: info.users,
		boards: info.boards,
		async stop() {
			await stopChild(child);
			rmSync(dataDir, { recursive: true, force: true });
			await scratch?.drop();
		}
	};
}

/** A fresh PostgreSQL database for one server run (never the admin database itself). */
async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
	const name = `rp_bench_${randomBytes(6).toString('hex')}`;
	const admin = postgres(ADMIN_URL!, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(ADMIN_URL!);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

function rssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return Math.round(kb / 1024);
}

async function connectAll(server: RunningServer, count: number, boardOf: (i: number) => string): Promise<TestClient[]> {
	const clients: TestClient[] = [];
	for (let i = 0; i < count; i += CONNECT_BATCH) {
		const batch = Array.from({ length: Math.min(CONNECT_BATCH, count - i) }, (_, k) =>
			connectClient(server.url, boardOf(i + k), {
				token: server.tokens.length ? server.tokens[(i + k) % server.tokens.length] : null,
				origin: ORIGIN
			})
		);
		clients.push(...batch);
		await Promise.race([Promise.all(batch.map((c) => c.synced)), sleep(30_000).then(() => Promise.reject(new Error('clients did not sync')))]);
	}
	return clients;
}

function percentile(sorted: number[], q: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The q-quantile of a Prometheus histogram, interpolated within its bucket (as histogram_quantile does). */
async function persistP99(port: number): Promise<number> {
	const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
	const buckets = [...text.matchAll(/^ruang_pijar_realtime_persist_latency_seconds_bucket\{le="([^"]+)"\} (\d+)/gm)].map((m) => ({
		le: m[1] === '+Inf' ? Infinity : Number(m[1]),
		count: Number(m[2])
	}));
	const total = buckets.at(-1)?.count ?? 0;
	if (!total) return NaN;
	const rank = 0.99 * total;
	let prevLe = 0;
	let prevCount = 0;
	for (const b of buckets) {
		if (b.count >= rank) {
			if (b.le === Infinity) return prevLe * 1000;
			return (prevLe + ((b.le - prevLe) * (rank - prevCount)) / Math.max(1, b.count - prevCount)) * 1000;
		}
		prevLe = b.le;
		prevCount = b.count;
	}
	return NaN;
}

const round = (x: number) => Math.round(x * 10) / 10;

interface Room {
	server: RunningServer;
	clients: TestClient[];
	latencies: number[];
	received: number;
	edits: number;
	measuring: boolean;
}

async function openRoom(name: ServerName, clientCount: number): Promise<Room> {
	const server = await startServer(name, clientCount, 1);
	const room: Room = { server, clients: [], latencies: [], received: 0, edits: 0, measuring: false };
	room.clients = await connectAll(server, clientCount, () => server.boards[0]!);
	for (const client of room.clients) {
		const edits = client.doc.getMap<number>('edits');
		edits.observe((event) => {
			if (event.transaction.local) return;
			const now = performance.now();
			for (const key of event.keysChanged) {
				const sentAt = edits.get(key);
				if (typeof sentAt !== 'number' || !key.startsWith('m')) continue;
				room.received++;
				room.latencies.push(now - sentAt);
			}
		});
	}
	return room;
}

/** Makes `RATE` edits a second for `ms`, round-robin over the room's clients; returns how many. */
async function drive(room: Room, ms: number, prefix: string): Promise<number> {
	const interval = 1000 / RATE;
	const start = performance.now();
	let n = 0;
	while (performance.now() - start < ms) {
		const client = room.clients[(room.edits + n) % room.clients.length]!;
		client.doc.getMap<number>('edits').set(`${prefix}${room.edits + n}`, performance.now());
		n++;
		await sleep(Math.max(0, start + n * interval - performance.now()));
	}
	return n;
}

/**
 * One room per server, measured in alternating slices of SLICE_MS: this machine's load drifts,
 * and interleaving gives both servers the same conditions.
 */
async function runRooms(clientCount: number): Promise<Record<string, unknown>[]> {
	const rooms: Room[] = [];
	for (const name of SERVERS) rooms.push(await openRoom(name, clientCount));
	for (const room of rooms) await drive(room, WARMUP_MS, 'w');
	await sleep(500);
	for (const room of rooms) {
		room.latencies = [];
		room.received = 0;
	}
	const slices = Math.max(1, Math.round(DURATION_MS / SLICE_MS));
	for (let i = 0; i < slices; i++) {
		const order = i % 2 ? [...rooms].reverse() : rooms;
		for (const room of order) room.edits += await drive(room, DURATION_MS / slices, 'm');
	}
	const deadline = Date.now() + 5_000;
	while (rooms.some((r) => r.received < r.edits * (clientCount - 1)) && Date.now() < deadline) await sleep(50);
	const results: Record<string, unknown>[] = [];
	for (const room of rooms) {
		const { server } = room;
		const rss = rssMb(server.child.pid!);
		const persist = server.name === 'ruang-pijar' ? round(await persistP99(server.port)) : undefined;
		room.latencies.sort((a, b) => a - b);
		results.push({
			server: server.name,
			...(server.name === 'ruang-pijar' ? { database: DATABASE } : {}),
			clients: clientCount,
			rate: RATE,
			edits: room.edits,
			p50_ms: round(percentile(room.latencies, 0.5)),
			p99_ms: round(percentile(room.latencies, 0.99)),
			delivery_ratio: Math.round((room.received / (room.edits * (clientCount - 1))) * 10_000) / 10_000,
			rss_mb: rss,
			...(persist !== undefined ? { persist_p99_ms: persist } : {})
		});
	}
	for (const room of rooms) {
		for (const client of room.clients) client.destroy();
		await room.server.stop();
	}
	return results;
}

async function runIdle(name: ServerName, boards: number): Promise<Record<string, unknown>> {
	const server = await startServer(name, 2, boards);
	const clients = await connectAll(server, boards * 2, (i) => server.boards[Math.floor(i / 2)]!);
	// One small note per board, so every document holds content like a real board.
	for (let b = 0; b < boards; b++) {
		const note = new Y.Map<unknown>();
		clients[b * 2]!.doc.transact(() => {
			note.set('type', 'sticky');
			note.set('text', new Y.Text(`Catatan ${b}`));
			clients[b * 2]!.doc.getMap('shapes').set(`n${b}`, note);
		});
	}
	await sleep(5_000);
	const rss = rssMb(server.child.pid!);
	for (const client of clients) client.destroy();
	await server.stop();
	return { server: name, ...(name === 'ruang-pijar' ? { database: DATABASE } : {}), boards, clients: boards * 2, rss_mb: rss };
}

for (const clientCount of CLIENT_COUNTS) {
	for (const line of await runRooms(clientCount)) console.log(JSON.stringify(line));
}
if (IDLE_BOARDS > 0) {
	for (const name of SERVERS) console.log(JSON.stringify(await runIdle(name, IDLE_BOARDS)));
}
process.exit(0);
