/**
 * The localStorage entry that lists this browser's offline board copies (see board-cache.ts). Its
 * own tiny module so every page can ask "is there anything to delete?" without loading the rest:
 * public pages have a JavaScript budget (issue 7).
 */

/** Names of the copies this browser created, for browsers without `indexedDB.databases()`. */
export const REGISTRY_KEY = 'ruang-pijar:board-caches';

/** True when this browser may hold offline board copies (cheap: one localStorage read). */
export function mayHoldBoardCaches(): boolean {
	try {
		return localStorage.getItem(REGISTRY_KEY) !== null;
	} catch {
		return false;
	}
}
