/**
 * Durability against a hard kill: a server process on a PGlite data directory is SIGKILLed in the
 * middle of a stream of edits and started again on the same directory. Every update the server
 * received at least 250 ms before the kill (the group-commit bound) must be there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, expect, it } from 'vitest';
import { connectClient, within, type TestClient } from './testing';

interface Started {
	child: ChildProcess;
	port: number;
	users: string[];
	boards: string[];
}

const ORIGIN = 'http://realtime.test';
const dataDir = mkdtempSync(path.join(tmpdir(), 'rp-crash-'));
const children: ChildProcess[] = [];
const clients: TestClient[] = [];

function startServer(reuse: boolean): Promise<Started> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/realtime-test-server.ts'], {
		cwd: process.cwd(),
		env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', ORIGIN, FIXTURE_USERS: '1', FIXTURE_BOARDS: '1', FIXTURE_REUSE: reuse ? '1' : '' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	children.push(child);
	return within(
		new Promise<Started>((resolve, reject) => {
			createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, ...JSON.parse(line) }));
			child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
		}),
		// PGlite starts in ~3 s; a machine shared with other test runs can take far longer.
		90_000,
		'server start'
	);
}

afterAll(() => {
	for (const c of clients) c.destroy();
	for (const child of children) child.kill('SIGKILL');
	rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every update received at least 250 ms before a SIGKILL', { timeout: 240_000 }, async () => {
	const first = await startServer(false);
	const token = first.users[0]!;
	const board = first.boards[0]!;
	const writer = connectClient(`ws://127.0.0.1:${first.port}/realtime`, board, { token, origin: ORIGIN });
	clients.push(writer);
	await within(writer.synced, 10_000, 'sync');

	// The server is on the same host: an update leaves the client and arrives within a millisecond
	// or two, so the send time stands for the time the server received it.
	const sentAt: number[] = [];
	const shapes = writer.doc.getMap<number>('shapes');
	await new Promise<void>((resolve) => {
		const timer = setInterval(() => {
			sentAt.push(performance.now());
			shapes.set(`k${sentAt.length - 1}`, sentAt.length - 1);
			if (sentAt.length === 150) {
				clearInterval(timer);
				resolve();
			}
		}, 10);
	});
	const exited = new Promise((resolve) => first.child.once('exit', resolve));
	const killedAt = performance.now();
	first.child.kill('SIGKILL');
	await exited;
	writer.destroy();

	const second = await startServer(true);
	const reader = connectClient(`ws://127.0.0.1:${second.port}/realtime`, board, { token, origin: ORIGIN });
	clients.push(reader);
	await within(reader.synced, 10_000, 'sync after restart');
	const present = reader.doc.getMap<number>('shapes');
	const required = sentAt.map((t, i) => [t, i] as const).filter(([t]) => t <= killedAt - 250);
	expect(required.length).toBeGreaterThan(100);
	const missing = required.filter(([, i]) => present.get(`k${i}`) !== i).map(([, i]) => i);
	expect(missing).toEqual([]);
	second.child.kill('SIGTERM');
});
