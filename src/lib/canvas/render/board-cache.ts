/**
 * The board copies this browser keeps in IndexedDB for offline editing (y-indexeddb, one database a
 * board). Computers in a village office or a training room are shared: each copy is named by user
 * and board, so a person signing in never opens someone else's copy, and every copy is deleted on
 * sign-out (and whenever a page finds nobody signed in, which also covers sign-out without
 * JavaScript, an expired session, and a sign-out in another tab).
 */

import { REGISTRY_KEY } from './board-cache-registry';

const PREFIX = 'ruang-pijar:board:';
/** Sign-out waits at most this long for the deletes; a copy kept open elsewhere goes when it closes. */
const CLEAR_WAIT_MS = 2000;

/** The IndexedDB name of one user's copy of one board. */
export function boardCacheName(userId: string, boardId: string): string {
	return `${PREFIX}${userId}:${boardId}`;
}

function readRegistry(): string[] {
	try {
		const list: unknown = JSON.parse(localStorage.getItem(REGISTRY_KEY) ?? '[]');
		return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && n.startsWith(PREFIX)) : [];
	} catch {
		return [];
	}
}

function writeRegistry(names: string[]): void {
	try {
		if (names.length) localStorage.setItem(REGISTRY_KEY, JSON.stringify(names));
		else localStorage.removeItem(REGISTRY_KEY);
	} catch {
		// Storage disabled: the registry is only the fallback for listing.
	}
}

/** Notes that a copy exists, so it can be found and deleted later. */
export function rememberBoardCache(name: string): void {
	const names = readRegistry();
	if (!names.includes(name)) writeRegistry([...names, name]);
}

/** Names of every board copy of this app in this browser (every user, and unnamed copies of older versions). */
async function listBoardCaches(): Promise<string[]> {
	const names = new Set(readRegistry());
	if (typeof indexedDB.databases === 'function') {
		try {
			for (const db of await indexedDB.databases()) if (db.name?.startsWith(PREFIX)) names.add(db.name);
		} catch {
			// Listing refused (private mode in some browsers): the registry still names ours.
		}
	}
	return [...names];
}

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = request.onerror = () => resolve();
		// Blocked by a connection open in another tab: the delete still happens once it closes.
		request.onblocked = () => resolve();
	});
}

/**
 * Deletes the board copies in this browser, all of them or all but `keepUserId`'s. Resolves with
 * how many it deleted, after at most a couple of seconds; never rejects.
 */
export async function clearBoardCaches(keepUserId?: string): Promise<number> {
	if (typeof indexedDB === 'undefined') return 0;
	const keep = keepUserId === undefined ? null : `${PREFIX}${keepUserId}:`;
	const doomed = (await listBoardCaches()).filter((name) => keep === null || !name.startsWith(keep));
	if (doomed.length === 0) return 0;
	writeRegistry(readRegistry().filter((name) => !doomed.includes(name)));
	const done = Promise.all(doomed.map(deleteDatabase));
	await Promise.race([done, new Promise((resolve) => setTimeout(resolve, CLEAR_WAIT_MS))]);
	return doomed.length;
}
