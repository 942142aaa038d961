/**
 * The realtime server, composed: a `ws` server in noServer mode, the upgrade handler, the room
 * registry with its injected store and relay, keep-alive pings, and the periodic re-check that
 * closes sockets whose session ended or whose board access went away (within `recheckMs`).
 * Nothing here listens on a port: the app's HTTP server hands over its `upgrade` events.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import * as Y from 'yjs';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE_CODES } from '../../realtime/close-codes';
import type { SessionUser } from '../auth/session';
import type { BoardAuthorization } from '../boards/access';
import { onBoardChange } from '../boards/boards';
import type { BoardRole } from '../db/schema';
import { Connection, type ConnectionIdentity } from './connection';
import { DEFAULT_LIMITS, type RealtimeLimits } from './limits';
import { addMetricsSource } from './metrics';
import type { BoardStore } from './persistence';
import type { BoardRelay } from './pubsub';
import { RoomRegistry, type RoomHandle } from './rooms';
import { createUpgradeHandler, type RealtimeAccess } from './upgrade';

export interface RealtimeServerOptions {
	access: RealtimeAccess;
	store: BoardStore;
	relay?: BoardRelay | null;
	limits?: RealtimeLimits;
	/** The app's origin (ORIGIN); null: the Origin's host must equal the request's Host. */
	allowedOrigin?: string | null;
	/** The restore gate for freshly loaded boards (see RoomRegistryOptions.restore). */
	restore?: (doc: Y.Doc) => void;
	/** Version of `restore` (see RoomRegistryOptions.gateVersion). */
	gateVersion?: number;
	/** Told who joins and leaves which board (the learning record's presence log). */
	presence?: PresenceRecorder | null;
}

/** Records board presence; `joined` returns the call for when that connection is gone. Must not throw. */
export interface PresenceRecorder {
	joined(boardId: string, userId: number): () => void;
}

export interface RealtimeServer {
	/** The `upgrade` listener for `/realtime/<boardId>` requests. */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	readonly registry: RoomRegistry;
	readonly connections: ReadonlySet<Connection>;
	/** Re-validates sessions and roles of live sockets (all, or one board's) and closes what lost access. */
	recheck(boardId?: string): Promise<void>;
	/** Stops accepting, closes every socket (1012), flushes the log and unloads every board. */
	close(): Promise<void>;
}

/** Creates the realtime server (see the module comment). */
export function createRealtimeServer(options: RealtimeServerOptions): RealtimeServer {
	const limits = options.limits ?? DEFAULT_LIMITS;
	const relay = options.relay ?? null;
	const registry = new RoomRegistry({ store: options.store, relay, limits, restore: options.restore, gateVersion: options.gateVersion });
	// ws rejects frames over maxPayload with 1009 before buffering them; between our own cap and
	// this hard cap the connection closes with 4413, which the stock client does not retry.
	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: limits.maxMessageBytes * 2,
		perMessageDeflate: false,
		clientTracking: false
	});
	const connections = new Set<Connection>();
	let accepting = true;
	let closing: Promise<void> | null = null;

	const accept = (ws: WebSocket, identity: ConnectionIdentity, role: BoardRole, handle: RoomHandle) => {
		const left = options.presence?.joined(identity.boardId, identity.user.id);
		connections.add(
			new Connection(ws, identity, role, handle, limits, (c) => {
				connections.delete(c);
				left?.();
			})
		);
	};

	const handleUpgrade = createUpgradeHandler({
		wss,
		access: options.access,
		registry,
		allowedOrigin: options.allowedOrigin ?? null,
		accepting: () => accepting,
		accept
	});

	async function recheck(boardId?: string): Promise<void> {
		const targets = [...connections].filter((c) => !c.closed && (!boardId || c.identity.boardId === boardId));
		const users = new Map<string, Promise<SessionUser | null>>();
		const auths = new Map<string, Promise<BoardAuthorization>>();
		const checkOne = async (connection: Connection) => {
			const { token, boardId: board, linkToken } = connection.identity;
			if (!users.has(token)) users.set(token, options.access.authenticate(token));
			const user = await users.get(token)!;
			if (!user) return connection.close(CLOSE_CODES.unauthenticated, 'session ended');
			const key = `${board}\n${user.id}\n${linkToken ?? ''}`;
			if (!auths.has(key)) auths.set(key, options.access.authorize(board, user, linkToken));
			const auth = await auths.get(key)!;
			if (!auth.exists) return connection.close(CLOSE_CODES.notFound, 'board deleted');
			if (!auth.role) return connection.close(CLOSE_CODES.forbidden, 'access removed');
			if (auth.role !== connection.role || auth.facilitator !== connection.identity.facilitator) {
				return connection.close(CLOSE_CODES.accessChanged, 'access changed');
			}
		};
		// One socket at a time, letting I/O run in between: PGlite answers in this thread, and a burst
		// of hundreds of queries would stall every board's traffic for its whole length.
		for (const connection of targets) {
			if (connection.closed) continue;
			await checkOne(connection).catch((error) => console.error('realtime: re-checking a connection failed', error));
			await new Promise((resolve) => setImmediate(resolve));
		}
	}

	const recheckTimer = setInterval(() => void recheck(), limits.recheckMs);
	recheckTimer.unref();
	const pingTimer = setInterval(() => {
		for (const connection of connections) {
			if (!connection.alive) connection.terminate();
			else connection.ping();
		}
	}, limits.pingIntervalMs);
	pingTimer.unref();
	const stopListening = onBoardChange((boardId) => {
		if (registry.get(boardId)) void recheck(boardId);
	});
	const removeMetrics = addMetricsSource({ openBoards: () => registry.size, connections: () => connections.size });

	return {
		handleUpgrade,
		registry,
		connections,
		recheck,
		close() {
			closing ??= (async () => {
				accepting = false;
				clearInterval(recheckTimer);
				clearInterval(pingTimer);
				stopListening();
				for (const connection of [...connections]) connection.close(CLOSE_CODES.restarting, 'server restarting');
				await registry.close();
				await relay?.close();
				wss.close();
				removeMetrics();
			})();
			return closing;
		}
	};
}
