/**
 * One accepted websocket, seen by its room as a Peer. It enforces the per-socket limits: binary
 * frames only, the message size cap (4413), the send-buffer bound for slow consumers (4408), and
 * turns protocol errors into a 4400 close — of this socket only.
 */
import type { WebSocket } from 'ws';
import { CLOSE_CODES } from '../../realtime/close-codes';
import type { SessionUser } from '../auth/session';
import type { BoardRole } from '../db/schema';
import { ProtocolError } from './protocol';
import { RoomLimitError, type Peer } from './room';
import type { RoomHandle } from './rooms';
import type { RealtimeLimits } from './limits';
import { metrics } from './metrics';

/** Who is on the other end, as established at upgrade time and re-checked periodically. */
export interface ConnectionIdentity {
	boardId: string;
	/** The session cookie's token (re-validated by the periodic check). */
	token: string;
	user: SessionUser;
	/** The view-only link token presented in the URL, if any. */
	linkToken: string | null;
	/** May change facilitation state (facilitator of the board's workshop, or admin). */
	facilitator: boolean;
}

// A closing handshake the client never answers (it is not reading) ends with a hard close.
const TERMINATE_AFTER_MS = 2_000;

export class Connection implements Peer {
	readonly user: { name: string; handle: string };
	/** Set by each pong; the ping sweep drops connections that stayed silent for a whole interval. */
	alive = true;
	#closed = false;
	#left = false;

	constructor(
		readonly ws: WebSocket,
		readonly identity: ConnectionIdentity,
		public role: BoardRole,
		private readonly handle: RoomHandle,
		private readonly limits: Pick<RealtimeLimits, 'maxMessageBytes' | 'maxBufferedBytes'>,
		private readonly onGone: (connection: Connection) => void
	) {
		this.user = { name: identity.user.name, handle: identity.user.handle };
		ws.on('message', this.#onMessage);
		ws.on('pong', () => (this.alive = true));
		ws.on('close', () => this.#leave());
		// Transport errors (bad frames, resets) are followed by 'close'; nothing else to do here.
		ws.on('error', () => {});
		handle.room.join(this);
	}

	get canWrite(): boolean {
		return this.role === 'edit';
	}

	get facilitator(): boolean {
		return this.identity.facilitator && this.canWrite;
	}

	get userId(): string {
		return String(this.identity.user.id);
	}

	get closed(): boolean {
		return this.#closed;
	}

	send(message: Uint8Array): void {
		if (this.#closed || this.ws.readyState !== this.ws.OPEN) return;
		if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
			this.close(CLOSE_CODES.slowConsumer, 'slow consumer');
			return;
		}
		this.ws.send(message);
	}

	close(code: number, reason: string): void {
		if (this.#closed) return;
		this.#closed = true;
		metrics.closed.inc({ code: String(code) });
		this.#leave();
		this.ws.close(code, reason);
		setTimeout(() => this.ws.terminate(), TERMINATE_AFTER_MS).unref();
	}

	/** Drops the socket without a closing handshake (dead peers found by the ping sweep). */
	terminate(): void {
		this.#closed = true;
		this.#leave();
		this.ws.terminate();
	}

	/** Sends a ping; the pong sets `alive` again. */
	ping(): void {
		this.alive = false;
		if (this.ws.readyState === this.ws.OPEN) this.ws.ping();
	}

	#leave(): void {
		if (this.#left) return;
		this.#left = true;
		this.#closed = true;
		this.handle.room.leave(this);
		this.handle.release();
		this.onGone(this);
	}

	readonly #onMessage = (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): void => {
		if (this.#closed) return;
		if (!isBinary) {
			this.close(CLOSE_CODES.badRequest, 'binary frames only');
			return;
		}
		const bytes = Array.isArray(data) ? Buffer.concat(data) : data;
		metrics.bytesIn.inc(bytes.byteLength);
		if (bytes.byteLength > this.limits.maxMessageBytes) {
			this.close(CLOSE_CODES.tooLarge, 'message too large');
			return;
		}
		// A private copy: ws may hand out a view into a larger pooled buffer, and decoders must not
		// be able to read past the frame into someone else's bytes.
		const frame = new Uint8Array(bytes.byteLength);
		frame.set(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
		try {
			this.handle.room.receive(this, frame);
		} catch (error) {
			if (error instanceof ProtocolError) this.close(CLOSE_CODES.badRequest, error.message);
			else if (error instanceof RoomLimitError) this.close(error.code, error.message);
			else {
				console.error(`realtime: message on board ${this.identity.boardId} failed`, error);
				this.close(CLOSE_CODES.internalError, 'internal error');
			}
		}
	};
}
