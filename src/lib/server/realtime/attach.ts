/**
 * The process-wide realtime server of the app, and its registration as the `upgrade` handler.
 *
 * Importing this module registers the handler on `globalThis[Symbol.for('ruang-pijar.realtime.upgrade')]`,
 * where the dev Vite plugin (scripts/vite-realtime.ts) and the production entry (server.js) find
 * it. The server itself lives on globalThis too: dev loads this module through Vite's
 * ssrLoadModule while SvelteKit may load a second instance, and both must share one server,
 * one set of open boards and one database connection.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { database } from '../db';
import { limitsFromEnv } from './limits';
import { DatabaseBoardStore, commitIntervalFor } from './persistence';
import { RedisRelay } from './pubsub';
import { createRealtimeServer, type RealtimeServer } from './server';
import { databaseAccess } from './upgrade';
import { databasePresenceRecorder } from '../learning/presence';
import type * as Y from 'yjs';
import { restoreBoardDoc, RESTORE_GATE_VERSION } from '../../canvas/sync/restore-doc';

const SERVER_KEY = Symbol.for('ruang-pijar.realtime.server');
const UPGRADE_KEY = Symbol.for('ruang-pijar.realtime.upgrade');
const SIGNALS_KEY = Symbol.for('ruang-pijar.realtime.signals');

type Holder = {
	[SERVER_KEY]?: Promise<RealtimeServer>;
	[UPGRADE_KEY]?: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
	[SIGNALS_KEY]?: boolean;
};
const holder = globalThis as Holder;

/** Starts (once per process) the app's realtime server from the environment. */
export function startRealtime(): Promise<RealtimeServer> {
	holder[SERVER_KEY] ??= (async () => {
		const redisUrl = process.env.REDIS_URL || null;
		if (redisUrl && !process.env.DATABASE_URL) {
			throw new Error(
				'REDIS_URL is set but DATABASE_URL is not: the embedded PGlite is one process only, so it cannot scale out. Set DATABASE_URL to a PostgreSQL server or unset REDIS_URL.'
			);
		}
		const limits = limitsFromEnv();
		const { db, kind } = await database();
		// Every board read from the database passes the model's restore gate before a client syncs it;
		// compaction stores the gated state, so a board read back as that snapshot alone is not gated twice.
		const gate = {
			version: RESTORE_GATE_VERSION,
			restore: (doc: Y.Doc) => {
				const report = restoreBoardDoc(doc);
				if (report.changed) console.warn('realtime: board repaired', JSON.stringify(report).slice(0, 500));
			}
		};
		return createRealtimeServer({
			access: databaseAccess(db),
			store: new DatabaseBoardStore(db, { keepSnapshots: limits.keepSnapshots, commitIntervalMs: commitIntervalFor(kind), gate }),
			relay: redisUrl ? new RedisRelay({ url: redisUrl }) : null,
			limits,
			allowedOrigin: process.env.ORIGIN || null,
			// Who was on which board when: attendance is prefilled from it (learning record).
			presence: databasePresenceRecorder(db),
			restore: gate.restore,
			gateVersion: gate.version
		});
	})();
	return holder[SERVER_KEY];
}

/** Closes every socket and flushes every open board (idempotent); call before closing the database. */
export async function stopRealtime(): Promise<void> {
	const pending = holder[SERVER_KEY];
	if (!pending) return;
	let server: RealtimeServer;
	try {
		server = await pending;
	} catch {
		return;
	}
	await server.close();
}

/**
 * Production: on SIGTERM/SIGINT close the sockets at once. adapter-node emits `sveltekit:shutdown`
 * only after its HTTP server closed, and upgraded sockets keep it open until they end.
 */
export function stopRealtimeOnSignals(): void {
	if (holder[SIGNALS_KEY]) return;
	holder[SIGNALS_KEY] = true;
	const stop = () => void stopRealtime().catch((error) => console.error('realtime: shutdown failed', error));
	process.once('SIGTERM', stop);
	process.once('SIGINT', stop);
}

holder[UPGRADE_KEY] = (req, socket, head) => {
	startRealtime().then(
		(server) => server.handleUpgrade(req, socket, head),
		(error) => {
			console.error('realtime: the server could not start', error);
			socket.destroy();
		}
	);
};
