/**
 * The realtime server alone, in its own process, for the crash test and the benchmark:
 * `tsx scripts/realtime-test-server.ts`. It opens the database (DATABASE_URL, or PGlite under
 * DATA_DIR), creates fixtures unless FIXTURE_REUSE is set (FIXTURE_USERS users with sessions,
 * FIXTURE_BOARDS boards every one of them may edit), listens on PORT (0: any) with the upgrade
 * handler and GET /metrics, and prints one JSON line: { port, users: [token…], boards: [id…] }.
 * Limits come from the usual REALTIME_* variables; ORIGIN defaults to http://realtime.test.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/client';
import { boardAccess } from '../src/lib/server/db/schema';
import { limitsFromEnv } from '../src/lib/server/realtime/limits';
import { renderMetrics } from '../src/lib/server/realtime/metrics';
import { DatabaseBoardStore, commitIntervalFor } from '../src/lib/server/realtime/persistence';
import { RedisRelay } from '../src/lib/server/realtime/pubsub';
import { createRealtimeServer } from '../src/lib/server/realtime/server';
import { createTestBoard, createTestUser } from '../src/lib/server/realtime/testing';
import { databaseAccess } from '../src/lib/server/realtime/upgrade';

const env = process.env;
const handle = await openDatabase({
	url: env.DATABASE_URL || undefined,
	dataDir: path.join(path.resolve(env.DATA_DIR ?? './data'), 'pglite')
});
const users: string[] = [];
const boardIds: string[] = [];
if (!env.FIXTURE_REUSE) {
	const people = [];
	for (let i = 0; i < Number(env.FIXTURE_USERS ?? 1); i++) people.push(await createTestUser(handle.db, `Pengguna ${i + 1}`));
	const owner = people[0]!;
	for (let b = 0; b < Number(env.FIXTURE_BOARDS ?? 1); b++) {
		const id = await createTestBoard(handle.db, owner);
		const grants = people.slice(1).map((p) => ({ boardId: id, userId: p.id, role: 'edit' as const }));
		for (let i = 0; i < grants.length; i += 1000) await handle.db.insert(boardAccess).values(grants.slice(i, i + 1000));
		boardIds.push(id);
	}
	users.push(...people.map((p) => p.token));
}

const limits = limitsFromEnv();
const realtime = createRealtimeServer({
	access: databaseAccess(handle.db),
	store: new DatabaseBoardStore(handle.db, { keepSnapshots: limits.keepSnapshots, commitIntervalMs: commitIntervalFor(handle.kind) }),
	relay: env.REDIS_URL ? new RedisRelay({ url: env.REDIS_URL }) : null,
	limits,
	allowedOrigin: env.ORIGIN || 'http://realtime.test'
});
const http = createServer(async (req, res) => {
	if (req.url === '/metrics') {
		const { body, contentType } = await renderMetrics();
		res.writeHead(200, { 'content-type': contentType }).end(body);
	} else res.writeHead(404).end();
});
http.on('upgrade', (req, socket, head) => {
	if (req.url?.startsWith('/realtime/')) realtime.handleUpgrade(req, socket, head);
	else socket.destroy();
});
http.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
	const { port } = http.address() as AddressInfo;
	process.stdout.write(JSON.stringify({ port, users, boards: boardIds }) + '\n');
});

const stop = async () => {
	await realtime.close();
	http.closeAllConnections();
	http.close();
	await handle.close();
	process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
