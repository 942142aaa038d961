/**
 * JSON calls to the board's facilitation endpoints. Every failure comes back as a message the
 * server wrote in the page's language (or a generic one when the network failed), never a throw.
 */
import * as m from '$lib/paraglide/messages';

export type JsonAnswer<T> =
	| { ok: true; data: T }
	/** `retryAfterSeconds`: when a 429 said how long to wait. */
	| { ok: false; status: number; message: string; retryAfterSeconds?: number };

async function call<T>(url: string, init?: RequestInit): Promise<JsonAnswer<T>> {
	let response: Response;
	try {
		response = await fetch(url, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
	} catch {
		return { ok: false, status: 0, message: m.facilitation_network_error() };
	}
	const body = (await response.json().catch(() => null)) as (T & { message?: string }) | null;
	if (response.ok && body) return { ok: true, data: body };
	const retryAfter = Number(response.headers.get('retry-after'));
	return {
		ok: false,
		status: response.status,
		message: body?.message ?? m.facilitation_network_error(),
		...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {})
	};
}

/** GET a JSON resource. */
export function getJson<T>(url: string): Promise<JsonAnswer<T>> {
	return call<T>(url);
}

/** POST a JSON body and read the JSON answer. */
export function postJson<T = unknown>(url: string, body: unknown): Promise<JsonAnswer<T>> {
	return call<T>(url, { method: 'POST', body: JSON.stringify(body) });
}
