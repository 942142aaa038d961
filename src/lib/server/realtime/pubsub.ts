/**
 * Redis pub/sub between instances (REDIS_URL). Each instance subscribes to the channel of every
 * board it holds open and publishes there:
 *
 * - committed updates with their per-board sequence numbers (after the commit, so a receiver can
 *   always repair a gap from the log and never sees an update that could still be lost);
 * - presence of its own clients, and a query for presence when it opens a board.
 *
 * Pub/sub is at-most-once: messages sent while a subscriber is disconnected are gone. Receivers
 * detect that from sequence gaps and from reconnects (`onReconnect`), and read the log instead.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { SeqRange } from './persistence';
import { metrics } from './metrics';

const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;
const KIND_QUERY = 2;

/** A message from another instance about one board. */
export type RelayMessage =
	| { kind: 'update'; boardId: string; range: SeqRange; update: Uint8Array }
	| { kind: 'awareness'; boardId: string; update: Uint8Array }
	| { kind: 'query'; boardId: string };

/** What the room registry needs from the relay (Redis in production; absent on a single instance). */
export interface BoardRelay {
	readonly instanceId: string;
	/** Resolves once the channel is subscribed (call before loading the board, so nothing is missed). */
	subscribe(boardId: string): Promise<void>;
	unsubscribe(boardId: string): Promise<void>;
	publishUpdate(boardId: string, range: SeqRange, update: Uint8Array): void;
	publishAwareness(boardId: string, update: Uint8Array): void;
	publishQuery(boardId: string): void;
	/** Sets the receiver of other instances' messages. */
	onMessage(handler: (message: RelayMessage) => void): void;
	/** Called after the subscriber reconnected and resubscribed: messages may have been lost. */
	onReconnect(handler: () => void): void;
	close(): Promise<void>;
}

export interface RedisRelayOptions {
	url: string;
	/** Channel prefix; tests use their own so parallel runs on one Redis never meet. */
	prefix?: string;
}

/** The Redis implementation of BoardRelay (two connections: publisher and subscriber). */
export class RedisRelay implements BoardRelay {
	readonly instanceId = randomBytes(6).toString('hex');
	readonly publisher: Redis;
	readonly subscriber: Redis;
	readonly #prefix: string;
	#handler: (message: RelayMessage) => void = () => {};
	#reconnect: () => void = () => {};
	#readyOnce = false;
	#lastError = 0;

	constructor(options: RedisRelayOptions) {
		this.#prefix = options.prefix ?? 'ruang-pijar:realtime:';
		const common = { maxRetriesPerRequest: 3, enableReadyCheck: true } as const;
		this.publisher = new Redis(options.url, { ...common, connectionName: `rp-realtime-${this.instanceId}-pub` });
		this.subscriber = new Redis(options.url, { ...common, connectionName: `rp-realtime-${this.instanceId}-sub` });
		for (const client of [this.publisher, this.subscriber]) client.on('error', this.#logError);
		this.subscriber.on('messageBuffer', this.#receive);
		this.subscriber.on('ready', () => {
			if (!this.#readyOnce) {
				this.#readyOnce = true;
				return;
			}
			// ioredis resubscribes right after 'ready'; a command queued behind those resubscriptions
			// resolves once they are done, and only then is a catch-up read complete.
			setImmediate(() => {
				this.subscriber
					.subscribe(this.#channel(`instance:${this.instanceId}`))
					.then(() => this.#reconnect())
					.catch(this.#logError);
			});
		});
	}

	subscribe(boardId: string): Promise<void> {
		return this.subscriber.subscribe(this.#channel(boardId)).then(() => undefined);
	}

	unsubscribe(boardId: string): Promise<void> {
		return this.subscriber.unsubscribe(this.#channel(boardId)).then(() => undefined);
	}

	publishUpdate(boardId: string, range: SeqRange, update: Uint8Array): void {
		const encoder = this.#header(KIND_UPDATE);
		encoding.writeVarUint(encoder, range.from);
		encoding.writeVarUint(encoder, range.to);
		encoding.writeVarUint8Array(encoder, update);
		this.#publish(boardId, encoder);
	}

	publishAwareness(boardId: string, update: Uint8Array): void {
		const encoder = this.#header(KIND_AWARENESS);
		encoding.writeVarUint8Array(encoder, update);
		this.#publish(boardId, encoder);
	}

	publishQuery(boardId: string): void {
		this.#publish(boardId, this.#header(KIND_QUERY));
	}

	onMessage(handler: (message: RelayMessage) => void): void {
		this.#handler = handler;
	}

	onReconnect(handler: () => void): void {
		this.#reconnect = handler;
	}

	async close(): Promise<void> {
		await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
	}

	#channel(boardId: string): string {
		return `${this.#prefix}board:${boardId}`;
	}

	#header(kind: number): encoding.Encoder {
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, kind);
		encoding.writeVarString(encoder, this.instanceId);
		return encoder;
	}

	#publish(boardId: string, encoder: encoding.Encoder): void {
		metrics.relayed.inc({ direction: 'out' });
		// A failed publish is a lost message like any other: receivers repair from the log.
		this.publisher.publish(this.#channel(boardId), Buffer.from(encoding.toUint8Array(encoder))).catch(this.#logError);
	}

	readonly #receive = (channelBuffer: Buffer, payload: Buffer): void => {
		const channel = channelBuffer.toString();
		const boardPrefix = `${this.#prefix}board:`;
		if (!channel.startsWith(boardPrefix)) return;
		const boardId = channel.slice(boardPrefix.length);
		try {
			const decoder = decoding.createDecoder(new Uint8Array(payload));
			const kind = decoding.readVarUint(decoder);
			if (decoding.readVarString(decoder) === this.instanceId) return;
			metrics.relayed.inc({ direction: 'in' });
			if (kind === KIND_UPDATE) {
				const from = decoding.readVarUint(decoder);
				const to = decoding.readVarUint(decoder);
				this.#handler({ kind: 'update', boardId, range: { from, to }, update: decoding.readVarUint8Array(decoder) });
			} else if (kind === KIND_AWARENESS) {
				this.#handler({ kind: 'awareness', boardId, update: decoding.readVarUint8Array(decoder) });
			} else if (kind === KIND_QUERY) {
				this.#handler({ kind: 'query', boardId });
			}
		} catch (error) {
			this.#logError(error);
		}
	};

	readonly #logError = (error: unknown): void => {
		// Redis going away makes ioredis report every retry; one line per 10 s is enough.
		if (Date.now() - this.#lastError < 10_000) return;
		this.#lastError = Date.now();
		console.error('realtime: redis', error instanceof Error ? error.message : error);
	};
}
