/**
 * Limits of the realtime server, from the environment with defaults sized for workshop boards
 * (hundreds of sticky notes, a few dozen people per board). docs/realtime.md lists them.
 */

export interface RealtimeLimits {
	/** Largest accepted frame; a bigger one closes the socket with 4413 (REALTIME_MAX_MESSAGE_BYTES). */
	maxMessageBytes: number;
	/** Largest board document; an update that would grow past it closes the writer with 4413 (REALTIME_MAX_DOCUMENT_BYTES). */
	maxDocumentBytes: number;
	/** Send buffer above which a client counts as a slow consumer and is closed with 4408 (REALTIME_MAX_BUFFERED_BYTES). */
	maxBufferedBytes: number;
	/** Awareness (presence, cursors) is applied and broadcast at most this often per board (REALTIME_AWARENESS_INTERVAL_MS). */
	awarenessIntervalMs: number;
	/** Largest awareness state of one client, in bytes of JSON; larger states are dropped. */
	maxAwarenessStateBytes: number;
	/** A board stays loaded this long after its last client left (REALTIME_UNLOAD_DELAY_MS). */
	unloadDelayMs: number;
	/** Log rows after which a board is compacted into a snapshot (REALTIME_COMPACT_AFTER_UPDATES). */
	compactAfterUpdates: number;
	/** Unlabelled snapshots kept per board as automatic version history (REALTIME_KEEP_SNAPSHOTS). */
	keepSnapshots: number;
	/** Sessions and board access of live connections are re-checked this often (REALTIME_RECHECK_MS). */
	recheckMs: number;
	/** Ping interval; a client that misses a pong until the next ping is dropped. */
	pingIntervalMs: number;
	/** With Redis: how often open boards compare their log position with the database (REALTIME_REPAIR_INTERVAL_MS). */
	repairIntervalMs: number;
}

export const DEFAULT_LIMITS: RealtimeLimits = {
	// A pasted wall of notes fits; a runaway client does not.
	maxMessageBytes: 2 * 1024 * 1024,
	// Far above a busy workshop board (a few hundred KB) and low enough to keep 1,000 boards in 1 GiB.
	maxDocumentBytes: 16 * 1024 * 1024,
	maxBufferedBytes: 8 * 1024 * 1024,
	// 20 presence frames per second per board is smooth for cursors and bounds the fan-out.
	awarenessIntervalMs: 50,
	maxAwarenessStateBytes: 16 * 1024,
	unloadDelayMs: 10_000,
	compactAfterUpdates: 500,
	keepSnapshots: 10,
	// Revoked sessions and removed access close live sockets within a minute (issue 3).
	recheckMs: 30_000,
	pingIntervalMs: 30_000,
	repairIntervalMs: 5_000
};

const ENV: Record<keyof RealtimeLimits, string | null> = {
	maxMessageBytes: 'REALTIME_MAX_MESSAGE_BYTES',
	maxDocumentBytes: 'REALTIME_MAX_DOCUMENT_BYTES',
	maxBufferedBytes: 'REALTIME_MAX_BUFFERED_BYTES',
	awarenessIntervalMs: 'REALTIME_AWARENESS_INTERVAL_MS',
	maxAwarenessStateBytes: null,
	unloadDelayMs: 'REALTIME_UNLOAD_DELAY_MS',
	compactAfterUpdates: 'REALTIME_COMPACT_AFTER_UPDATES',
	keepSnapshots: 'REALTIME_KEEP_SNAPSHOTS',
	recheckMs: 'REALTIME_RECHECK_MS',
	pingIntervalMs: null,
	repairIntervalMs: 'REALTIME_REPAIR_INTERVAL_MS'
};

/** The limits from `env` (defaults for unset variables); throws on a value that is not a positive integer. */
export function limitsFromEnv(env: Record<string, string | undefined> = process.env): RealtimeLimits {
	const limits = { ...DEFAULT_LIMITS };
	for (const [key, name] of Object.entries(ENV) as [keyof RealtimeLimits, string | null][]) {
		const raw = name ? env[name] : undefined;
		if (raw === undefined || raw === '') continue;
		const value = Number(raw);
		if (!Number.isSafeInteger(value) || value < 0 || (value === 0 && key !== 'unloadDelayMs' && key !== 'keepSnapshots')) {
			throw new Error(`${name} must be a positive integer, got "${raw}"`);
		}
		limits[key] = value;
	}
	return limits;
}
