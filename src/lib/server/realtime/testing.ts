/**
 * Helpers for realtime tests and the benchmark: database fixtures (users with sessions, teams,
 * boards), an in-process HTTP server carrying the upgrade handler on a random port, and stock
 * y-websocket clients for Node that send the cookie and Origin a browser would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createSession, generateSessionToken, SESSION_COOKIE } from '../auth/session';
import type { Database } from '../db/client';
import { boards, teamMembers, teams, users, workshopMembers, workshops, type Role, type TeamRole, type WorkshopRole } from '../db/schema';
import { generateBoardId } from '../boards/boards';
import { DEFAULT_LIMITS, type RealtimeLimits } from './limits';
import { DatabaseBoardStore } from './persistence';
import type { BoardRelay } from './pubsub';
import { createRealtimeServer, type PresenceRecorder, type RealtimeServer } from './server';
import { databaseAccess } from './upgrade';

// Every y-websocket provider adds a process 'exit' listener; tests and the benchmark run hundreds.
process.setMaxListeners(Math.max(process.getMaxListeners(), 5_000));

let counter = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${counter++}`;

/** A user with a live session token (the value of the `rp_session` cookie). */
export interface TestUser {
	id: number;
	name: string;
	handle: string;
	role: Role;
	token: string;
}

/** Creates a user and a session; the password hash is a placeholder (nobody signs in with it). */
export async function createTestUser(db: Database, name: string, role: Role = 'participant'): Promise<TestUser> {
	const tag = unique();
	const handle = `u-${tag}`.slice(0, 40);
	const [row] = await db
		.insert(users)
		.values({ email: `${tag}@test.invalid`, name, handle, role, passwordHash: 'not-a-hash' })
		.returning({ id: users.id });
	const token = generateSessionToken();
	await createSession(db, token, row!.id);
	return { id: row!.id, name, handle, role, token };
}

/** A workshop with one team; members are added with the given roles. */
export async function createTestTeam(
	db: Database,
	members: { workshop?: [TestUser, WorkshopRole][]; team?: [TestUser, TeamRole][] }
): Promise<{ workshopId: number; teamId: number }> {
	const [workshop] = await db
		.insert(workshops)
		.values({ title: 'Test workshop', joinCode: unique().replace(/[^a-z0-9]/gi, '').slice(-12) })
		.returning({ id: workshops.id });
	const [team] = await db.insert(teams).values({ workshopId: workshop!.id, name: `Team ${unique()}` }).returning({ id: teams.id });
	for (const [user, role] of members.workshop ?? []) {
		await db.insert(workshopMembers).values({ workshopId: workshop!.id, userId: user.id, role });
	}
	for (const [user, role] of members.team ?? []) {
		await db.insert(workshopMembers).values({ workshopId: workshop!.id, userId: user.id, role: role === 'mentor' ? 'mentor' : 'participant' }).onConflictDoNothing();
		await db.insert(teamMembers).values({ teamId: team!.id, userId: user.id, role });
	}
	return { workshopId: workshop!.id, teamId: team!.id };
}

/** Inserts a board record directly (no authorization: fixtures only). */
export async function createTestBoard(db: Database, owner: TestUser, extra: Partial<typeof boards.$inferInsert> = {}): Promise<string> {
	const id = generateBoardId();
	await db.insert(boards).values({ id, title: 'Test board', ownerId: owner.id, ...extra });
	return id;
}

/** A realtime server on its own HTTP server and random port. */
export interface TestServer {
	realtime: RealtimeServer;
	http: Server;
	port: number;
	/** `ws://127.0.0.1:<port>/realtime` — the provider's server URL. */
	url: string;
	origin: string;
	close(): Promise<void>;
}

/** Starts a realtime server over `db` on 127.0.0.1 and a random port. */
export async function startTestServer(
	db: Database,
	options: {
		limits?: Partial<RealtimeLimits>;
		relay?: BoardRelay | null;
		origin?: string;
		presence?: PresenceRecorder | null;
		restore?: (doc: Y.Doc) => void;
		gateVersion?: number;
	} = {}
): Promise<TestServer> {
	const limits = { ...DEFAULT_LIMITS, ...options.limits };
	const http = createServer((_req, res) => res.writeHead(404).end());
	const origin = options.origin ?? 'http://app.test';
	const realtime = createRealtimeServer({
		access: databaseAccess(db),
		store: new DatabaseBoardStore(db, { keepSnapshots: limits.keepSnapshots }),
		relay: options.relay ?? null,
		limits,
		allowedOrigin: origin,
		presence: options.presence ?? null,
		restore: options.restore,
		gateVersion: options.gateVersion
	});
	http.on('upgrade', (req, socket, head) => {
		if (req.url?.startsWith('/realtime/')) realtime.handleUpgrade(req, socket, head);
		else socket.destroy();
	});
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	const port = (http.address() as AddressInfo).port;
	return {
		realtime,
		http,
		port,
		url: `ws://127.0.0.1:${port}/realtime`,
		origin,
		async close() {
			await realtime.close();
			http.closeAllConnections();
			await new Promise<void>((resolve) => http.close(() => resolve()));
		}
	};
}

/** A `ws` WebSocket class that sends the given headers, as `WebSocketPolyfill` for the provider. */
export function webSocketWithHeaders(headers: Record<string, string>): typeof WebSocket {
	class WithHeaders extends WebSocket {
		constructor(address: string | URL, protocols?: string | string[]) {
			super(address, protocols, { headers });
		}
	}
	// The provider only ever calls `new WS(url, protocols)`; the wider ws overloads do not apply.
	return WithHeaders as unknown as typeof WebSocket;
}

/** A stock y-websocket client in Node. */
export interface TestClient {
	doc: Y.Doc;
	provider: WebsocketProvider;
	/** Resolves on the first sync with the server. */
	synced: Promise<void>;
	/** Resolves with the first close code and reason the server sent. */
	closed: Promise<{ code: number; reason: string }>;
	destroy(): void;
}

/** Connects a y-websocket client as `token`'s user (no token: no cookie) from `origin`. */
export function connectClient(
	url: string,
	boardId: string,
	options: { token?: string | null; origin?: string; doc?: Y.Doc; params?: Record<string, string> } = {}
): TestClient {
	const doc = options.doc ?? new Y.Doc();
	const headers: Record<string, string> = { origin: options.origin ?? 'http://app.test' };
	if (options.token) headers.cookie = `${SESSION_COOKIE}=${options.token}`;
	const provider = new WebsocketProvider(url, boardId, doc, {
		WebSocketPolyfill: webSocketWithHeaders(headers) as never,
		// Node 20 has BroadcastChannel: clients in one process would sync around the server.
		disableBc: true,
		params: options.params ?? {},
		maxBackoffTime: 200
	});
	const synced = new Promise<void>((resolve) => {
		if (provider.synced) resolve();
		else provider.once('sync', (state: boolean) => state && resolve());
	});
	const closed = new Promise<{ code: number; reason: string }>((resolve) => {
		provider.on('connection-close', (event: { code: number; reason: string } | null) => {
			if (event) resolve({ code: event.code, reason: String(event.reason) });
		});
	});
	return {
		doc,
		provider,
		synced,
		closed,
		destroy() {
			provider.destroy();
			doc.destroy();
		}
	};
}

/** Polls `predicate` until it holds (or throws after `timeoutMs`). */
export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 5_000, what = 'condition'): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await predicate()) return;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 10));
	}
}

/** Rejects after `ms` unless `promise` settles first. */
export function within<T>(promise: Promise<T>, ms: number, what = 'promise'): Promise<T> {
	return Promise.race([
		promise,
		new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms))
	]);
}
