/**
 * The HTTP upgrade of `/realtime/<boardId>[?token=<view link token>]`. Before any document is
 * touched it checks, in order: the path, the Origin (ORIGIN, or else the request's own host), the
 * session cookie (the same `validateSessionToken` the pages use) and the board role. A refusal
 * still completes the websocket handshake and then closes with a 44xx code and a reason, because
 * browsers hide the status of a failed handshake; the stock client stops retrying on 44xx.
 * Only an authorized socket opens (loads) its board, before the handshake completes.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer, WebSocket } from 'ws';
import { CLOSE_CODES } from '../../realtime/close-codes';
import { SESSION_COOKIE, validateSessionToken, type SessionUser } from '../auth/session';
import { authorizeBoard, type BoardAuthorization } from '../boards/access';
import { BOARD_ID_PATTERN } from '../boards/boards';
import type { Database } from '../db/client';
import type { RoomHandle, RoomRegistry } from './rooms';
import type { ConnectionIdentity } from './connection';
import type { BoardRole } from '../db/schema';
import { metrics } from './metrics';

/** Session and board checks, shared by the upgrade and the periodic re-check of live sockets. */
export interface RealtimeAccess {
	authenticate(token: string): Promise<SessionUser | null>;
	authorize(boardId: string, user: SessionUser, linkToken: string | null): Promise<BoardAuthorization>;
}

/** Access checks against the app's database. */
export function databaseAccess(db: Database): RealtimeAccess {
	return {
		authenticate: async (token) => (await validateSessionToken(db, token)).user,
		authorize: (boardId, user, linkToken) => authorizeBoard(db, boardId, user, linkToken)
	};
}

export interface UpgradeDependencies {
	wss: WebSocketServer;
	access: RealtimeAccess;
	registry: RoomRegistry;
	/** The app's origin (ORIGIN); null accepts an Origin whose host equals the request's Host. */
	allowedOrigin: string | null;
	/** False once shutdown began. */
	accepting(): boolean;
	/** Called with every accepted socket. */
	accept(ws: WebSocket, identity: ConnectionIdentity, role: BoardRole, handle: RoomHandle): void;
}

/** A refusal: close code and reason. */
interface Refusal {
	code: number;
	reason: string;
}

const PATH = /^\/realtime\/([^/?#]+)$/;

// After a restart every client reconnects at once. Checks run a few at a time and yield to I/O
// between them, because PGlite answers in this thread and a burst would stall the open boards.
const CHECK_CONCURRENCY = 4;

/** Runs at most `limit` tasks at a time; the next one starts after a turn of the event loop. */
function createGate(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
	let active = 0;
	const waiting: (() => void)[] = [];
	return async (task) => {
		if (active < limit) active++;
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			return await task();
		} finally {
			const next = waiting.shift();
			// The slot passes straight to the next waiter, after I/O had its turn.
			if (next) setImmediate(next);
			else active--;
		}
	};
}

/** The board id and link token of a realtime URL, or null when the path is not one. */
export function parseRealtimePath(url: string | undefined): { boardId: string; linkToken: string | null } | null {
	if (!url) return null;
	let parsed: URL;
	try {
		parsed = new URL(url, 'http://realtime.invalid');
	} catch {
		return null;
	}
	const match = PATH.exec(parsed.pathname);
	if (!match || !BOARD_ID_PATTERN.test(match[1]!)) return null;
	const token = parsed.searchParams.get('token');
	return { boardId: match[1]!, linkToken: token && token.length <= 100 ? token : null };
}

/** True when the browser's Origin is the app's (or, without ORIGIN, the requested host). */
export function originAllowed(origin: string | undefined, host: string | undefined, allowedOrigin: string | null): boolean {
	if (!origin) return false;
	let from: URL;
	try {
		from = new URL(origin);
	} catch {
		return false;
	}
	if (allowedOrigin) return from.origin === new URL(allowedOrigin).origin;
	return !!host && from.host === host.toLowerCase();
}

/** The session cookie's value from a Cookie header. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | null {
	if (!cookieHeader) return null;
	for (const part of cookieHeader.split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
		try {
			return decodeURIComponent(part.slice(eq + 1).trim()) || null;
		} catch {
			return null;
		}
	}
	return null;
}

/** Builds the `upgrade` listener (see the module comment). */
export function createUpgradeHandler(deps: UpgradeDependencies): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
	const refuse = (req: IncomingMessage, socket: Duplex, head: Buffer, refusal: Refusal) => {
		metrics.refused.inc({ code: String(refusal.code) });
		if (socket.destroyed) return;
		deps.wss.handleUpgrade(req, socket, head, (ws) => ws.close(refusal.code, refusal.reason));
	};

	const gate = createGate(CHECK_CONCURRENCY);

	return (req, socket, head) => {
		socket.on('error', () => socket.destroy());
		void (async () => {
			const checked = await gate(() => check(req));
			if ('code' in checked) return refuse(req, socket, head, checked);
			let handle: RoomHandle;
			try {
				handle = await deps.registry.acquire(checked.identity.boardId);
			} catch (error) {
				console.error(`realtime: loading board ${checked.identity.boardId} failed`, error);
				return refuse(req, socket, head, { code: CLOSE_CODES.internalError, reason: 'board could not be loaded' });
			}
			if (socket.destroyed || !deps.accepting()) {
				handle.release();
				if (!socket.destroyed) refuse(req, socket, head, { code: CLOSE_CODES.restarting, reason: 'server restarting' });
				return;
			}
			deps.wss.handleUpgrade(req, socket, head, (ws) => deps.accept(ws, checked.identity, checked.role, handle));
		})().catch((error) => {
			console.error('realtime: upgrade failed', error);
			refuse(req, socket, head, { code: CLOSE_CODES.internalError, reason: 'internal error' });
		});
	};

	async function check(req: IncomingMessage): Promise<Refusal | { identity: ConnectionIdentity; role: BoardRole }> {
		if (!deps.accepting()) return { code: CLOSE_CODES.restarting, reason: 'server restarting' };
		const path = parseRealtimePath(req.url);
		if (!path) return { code: CLOSE_CODES.badRequest, reason: 'bad request' };
		if (!originAllowed(req.headers.origin, req.headers.host, deps.allowedOrigin)) {
			return { code: CLOSE_CODES.forbidden, reason: 'origin not allowed' };
		}
		const token = sessionTokenFrom(req.headers.cookie);
		if (!token) return { code: CLOSE_CODES.unauthenticated, reason: 'not signed in' };
		const user = await deps.access.authenticate(token);
		if (!user) return { code: CLOSE_CODES.unauthenticated, reason: 'session expired' };
		const auth = await deps.access.authorize(path.boardId, user, path.linkToken);
		if (!auth.exists) return { code: CLOSE_CODES.notFound, reason: 'no such board' };
		if (!auth.role) return { code: CLOSE_CODES.forbidden, reason: 'no access to this board' };
		return { identity: { boardId: path.boardId, token, user, linkToken: path.linkToken, facilitator: auth.facilitator }, role: auth.role };
	}
}
