/**
 * A board's document in the browser: the Y.Doc, kept in IndexedDB (edits survive going offline and
 * a closed tab; one copy per user and board, deleted on sign-out: see board-cache.ts) and synced with the realtime server through the stock y-websocket client.
 *
 * Sync status is honest: "saved" means the server has applied every local change. After local
 * changes settle we send a sync step 1; the server answers each with a step 2 in order, after it
 * applied everything we sent before, so each answer acknowledges the changes made before its probe.
 *
 * Reconnects use full jitter (random delay up to an exponential cap) so a restarted server is not hit
 * by every classroom laptop in the same millisecond. Close codes 44xx are final (see close-codes.ts):
 * we stop and show why.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { CLOSE_CODES, isPermanentClose } from '../../realtime/close-codes';
import { boardCacheName, clearBoardCaches, rememberBoardCache } from './board-cache';

export type SyncStatus = 'connecting' | 'saving' | 'saved' | 'offline' | 'closed';

export interface BoardConnectionOptions {
	boardId: string;
	/** Who is signed in: the local copy is theirs alone (shared computers). */
	userId: string;
	/** Share-link token, passed on to the realtime endpoint. */
	linkToken?: string | null;
	/** Realtime endpoint base, default `ws(s)://<host>/realtime`. */
	url?: string;
	/** Keep a local copy in IndexedDB (off in tests without IndexedDB). */
	persist?: boolean;
	/** The server closed because our role on the board changed (4000); the page reloads its data. */
	onAccessChanged?: () => void;
	/**
	 * Where the whole document can be fetched (GET, a Yjs update): applied before the socket opens,
	 * so the socket only exchanges what changed since (see boards/document.ts on the server).
	 */
	documentUrl?: string;
}

const MESSAGE_SYNC = 0;
const PROBE_DELAY_MS = 250;
const RECONNECT_BASE_MS = 400;
const RECONNECT_CAP_MS = 15_000;
/** How long the socket waits for the document over HTTP before it opens and syncs everything itself. */
const DOCUMENT_WAIT_MS = 5_000;
/** Origin of the document fetched over HTTP: remote content, like the provider's. */
const FETCHED = Symbol('fetched document');

export class BoardConnection {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	/** Connection state for the status badge. */
	status = $state<SyncStatus>('connecting');
	/** Why the server closed for good (44xx), or null. */
	closed = $state.raw<{ code: number; reason: string } | null>(null);
	/** True once the local copy (or the server) has delivered the board. */
	loaded = $state(false);

	#persistence: IndexeddbPersistence | null = null;
	#documentFetch: Promise<boolean>;
	/** The socket waits for the document over HTTP (status "connecting", not "offline"). */
	#waitingForDocument = false;
	#localSeq = 0;
	#ackedSeq = 0;
	#probes: number[] = [];
	#probeTimer: ReturnType<typeof setTimeout> | null = null;
	#reconnectTimer: ReturnType<typeof setTimeout> | null = null;
	#attempts = 0;
	#destroyed = false;
	#cleanup: (() => void)[] = [];

	constructor(options: BoardConnectionOptions) {
		const base = options.url ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/realtime`;
		if (options.persist !== false && typeof indexedDB !== 'undefined') {
			// Copies left by someone else on this browser go first; ours is named by user and board.
			void clearBoardCaches(options.userId);
			const name = boardCacheName(options.userId, options.boardId);
			rememberBoardCache(name);
			this.#persistence = new IndexeddbPersistence(name, this.doc);
			this.#persistence.once('synced', () => {
				if (this.doc.share.size > 0) this.loaded = true;
			});
		}
		this.provider = new WebsocketProvider(base, options.boardId, this.doc, {
			params: options.linkToken ? { token: options.linkToken } : {},
			maxBackoffTime: RECONNECT_CAP_MS,
			connect: !options.documentUrl,
			// Tabs sync through the server. The cross-tab channel would encode the whole board on every
			// (re)connect (~100 ms for a large board) to tell tabs that already have it.
			disableBc: true
		});
		this.#documentFetch = options.documentUrl ? this.#fetchDocument(options.documentUrl) : Promise.resolve(false);
		this.#watchAcks();
		this.provider.on('status', () => this.#refresh());
		this.provider.on('sync', (synced: boolean) => {
			if (!synced) return;
			this.loaded = true;
			this.#attempts = 0;
			this.#probe();
			this.#refresh();
		});
		this.provider.on('closed', (event: { code: number; reason: string }) => {
			this.closed = event;
			this.#refresh();
		});
		this.provider.on('connection-close', (event: CloseEvent | null) => {
			if (event?.code === CLOSE_CODES.accessChanged) options.onAccessChanged?.();
			this.#scheduleReconnect(event);
		});
		this.doc.on('update', this.#onUpdate);
		this.#cleanup.push(() => this.doc.off('update', this.#onUpdate));
		const online = () => this.reconnectNow();
		const offline = () => this.#goOffline();
		window.addEventListener('online', online);
		window.addEventListener('offline', offline);
		this.#cleanup.push(() => {
			window.removeEventListener('online', online);
			window.removeEventListener('offline', offline);
		});
		this.#refresh();
	}

	/**
	 * Fetches the whole document and applies it, then opens the socket. Any failure (offline, a
	 * refusal, bytes that do not apply) just opens the socket, which syncs everything or reports why
	 * it cannot. A document arriving after the socket gave up waiting is dropped: the socket has it.
	 */
	async #fetchDocument(url: string): Promise<boolean> {
		performance.mark('board:document-requested');
		this.#waitingForDocument = true;
		let waiting = true;
		const connect = () => {
			if (!waiting) return;
			waiting = false;
			this.#waitingForDocument = false;
			clearTimeout(timer);
			if (!this.#destroyed && !this.closed) this.provider.connect();
		};
		const timer = setTimeout(connect, DOCUMENT_WAIT_MS);
		try {
			const response = await fetch(url, { credentials: 'same-origin' });
			if (!response.ok) return false;
			const update = new Uint8Array(await response.arrayBuffer());
			if (!waiting || this.#destroyed) return false;
			// User Timing marks: the open's steps in a browser's performance panel (and bench:canvas).
			performance.mark('board:document-received');
			this.#applyFetched(update);
			performance.mark('board:document-applied');
			if (this.doc.share.size > 0) this.loaded = true;
			return true;
		} catch {
			// The socket tells the rest (offline, refused, closed).
			return false;
		} finally {
			connect();
		}
	}

	/** Resolves once the document fetched over HTTP is applied (true) or will not be (false). */
	whenDocumentFetched(): Promise<boolean> {
		return this.#documentFetch;
	}

	readonly #onUpdate = (_update: Uint8Array, origin: unknown) => {
		// Local edits only: remote ones (the provider) and the IndexedDB replay need no acknowledgement.
		if (origin === this.provider || origin === this.#persistence || origin === FETCHED) return;
		this.#localSeq++;
		this.#queueProbe();
		this.#refresh();
	};

	/**
	 * Applies the fetched document with no "update" listener attached: Yjs encodes a transaction's
	 * changes for those listeners, and for a whole board that is ~100 ms spent on the open's critical
	 * path for nothing — the socket is not open yet and the local copy stores the received bytes as
	 * they are (until IndexedDB has opened, its own first write stores the whole document anyway).
	 */
	#applyFetched(update: Uint8Array): void {
		const listeners = [this.#onUpdate, this.provider._updateHandler, this.#persistence?._storeUpdate].filter((l) => l !== undefined);
		for (const listener of listeners) this.doc.off('update', listener);
		try {
			Y.applyUpdate(this.doc, update, FETCHED);
		} finally {
			for (const listener of listeners) this.doc.on('update', listener);
		}
		this.#persistence?._storeUpdate(update, FETCHED);
	}

	/** Resolves when the local IndexedDB copy has been read (immediately without one). */
	whenLocalLoaded(): Promise<void> {
		return this.#persistence ? this.#persistence.whenSynced.then(() => undefined) : Promise.resolve();
	}

	/** True when there are local changes the server has not acknowledged yet. */
	get pending(): boolean {
		return this.#ackedSeq < this.#localSeq;
	}

	/** Tries to reconnect at once (the browser came back online, or the user asked). */
	reconnectNow(): void {
		if (this.#destroyed || this.closed) return;
		if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
		this.#reconnectTimer = null;
		this.provider.connect();
	}

	/** Closes the socket and the local store. */
	destroy(): void {
		this.#destroyed = true;
		if (this.#probeTimer) clearTimeout(this.#probeTimer);
		if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
		for (const fn of this.#cleanup) fn();
		this.provider.destroy();
		void this.#persistence?.destroy();
		this.doc.destroy();
	}

	#goOffline(): void {
		// The socket may linger in a dead network; drop it so edits queue locally and the badge is right.
		this.provider.disconnect();
		this.#refresh();
	}

	#scheduleReconnect(event: CloseEvent | null): void {
		if (this.#destroyed) return;
		this.#probes = [];
		if (event && isPermanentClose(event.code)) return;
		if (event === null && !this.provider.shouldConnect) return;
		// Take over from the provider's fixed backoff: its scheduled attempt becomes a no-op.
		this.provider.shouldConnect = false;
		this.#attempts++;
		const cap = Math.min(RECONNECT_CAP_MS, RECONNECT_BASE_MS * 2 ** Math.min(this.#attempts, 10));
		const delay = 100 + Math.random() * cap;
		if (this.#reconnectTimer) clearTimeout(this.#reconnectTimer);
		this.#reconnectTimer = setTimeout(() => {
			this.#reconnectTimer = null;
			if (!this.#destroyed && !this.closed && navigator.onLine !== false) this.provider.connect();
		}, delay);
		this.#refresh();
	}

	#watchAcks(): void {
		const handlers = this.provider.messageHandlers;
		const original = handlers[MESSAGE_SYNC];
		if (!original) return;
		handlers[MESSAGE_SYNC] = (encoder, decoder, provider, emitSynced, type) => {
			const peek = decoding.createDecoder(decoder.arr);
			peek.pos = decoder.pos;
			const subtype = decoding.readVarUint(peek);
			const wasSynced = provider.synced;
			original(encoder, decoder, provider, emitSynced, type);
			if (subtype === syncProtocol.messageYjsSyncStep2 && wasSynced) this.#acknowledge();
		};
	}

	#queueProbe(): void {
		if (this.#probeTimer) return;
		this.#probeTimer = setTimeout(() => {
			this.#probeTimer = null;
			this.#probe();
		}, PROBE_DELAY_MS);
	}

	#probe(): void {
		const ws = this.provider.ws;
		if (!this.provider.wsconnected || !this.provider.synced || !ws || ws.readyState !== WebSocket.OPEN) return;
		if (!this.pending) return;
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, MESSAGE_SYNC);
		syncProtocol.writeSyncStep1(encoder, this.doc);
		ws.send(encoding.toUint8Array(encoder));
		this.#probes.push(this.#localSeq);
	}

	#acknowledge(): void {
		const seq = this.#probes.shift();
		if (seq !== undefined && seq > this.#ackedSeq) this.#ackedSeq = seq;
		if (this.pending && this.#probes.length === 0) this.#queueProbe();
		this.#refresh();
	}

	#refresh(): void {
		let next: SyncStatus;
		if (this.closed) next = 'closed';
		else if (!this.provider.wsconnected && this.#waitingForDocument) next = 'connecting';
		else if (!this.provider.wsconnected) next = this.#attempts > 0 || !this.provider.shouldConnect || !navigator.onLine ? 'offline' : 'connecting';
		else if (!this.provider.synced || this.pending) next = 'saving';
		else next = 'saved';
		if (next !== this.status) this.status = next;
	}
}
