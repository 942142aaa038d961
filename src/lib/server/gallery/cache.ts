/**
 * A short-lived cache of gallery results for the public routes: the same default listing is asked
 * for by most visitors, and a few seconds of staleness after a publication is acceptable (the pages
 * already allow 30 s of HTTP caching). Bounded in entries so hostile query strings cannot grow it.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 500;

const store = new Map<string, { at: number; value: Promise<unknown> }>();

/** Returns the cached value for `key`, or computes it once for all concurrent callers. */
export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
	const now = Date.now();
	const hit = store.get(key);
	if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
	if (store.size >= MAX_ENTRIES) {
		for (const [k, v] of store) if (now - v.at >= TTL_MS) store.delete(k);
		if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value!);
	}
	const value = compute();
	store.set(key, { at: now, value });
	// A failed computation must not be served to the next caller.
	value.catch(() => store.delete(key));
	return value;
}
