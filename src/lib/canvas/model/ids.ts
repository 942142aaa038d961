const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A new random id (21 url-safe characters, ~126 bits). Uses getRandomValues rather than randomUUID
 * because browsers only expose randomUUID in secure contexts, and workshops may run over plain LAN http.
 */
export function createId(): string {
	const bytes = new Uint8Array(21);
	globalThis.crypto.getRandomValues(bytes);
	let id = '';
	for (const byte of bytes) id += ALPHABET[byte & 63];
	return id;
}

/** A function that returns fresh ids; tests pass a deterministic one. */
export type IdFactory = () => string;
