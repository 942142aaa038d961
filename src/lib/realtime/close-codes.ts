/**
 * WebSocket close codes of the realtime endpoint, shared by the server and the board page.
 * 4400–4499 mirror HTTP 4xx: the stock y-websocket client stops reconnecting on them, because
 * retrying cannot help. Every other code (4000, 1011, 1012, …) is transient: the client reconnects.
 */
export const CLOSE_CODES = {
	/** Malformed path, frame or message (also text frames). */
	badRequest: 4400,
	/** No session cookie, or the session expired or was revoked. */
	unauthenticated: 4401,
	/** Wrong Origin, no role on the board, or access removed while connected. */
	forbidden: 4403,
	/** No such board (or it was deleted while connected). */
	notFound: 4404,
	/** The client did not read what the server sent (send buffer over the bound). */
	slowConsumer: 4408,
	/** A message or the document would exceed its size limit. */
	tooLarge: 4413,
	/** The user's role on the board changed while connected: reconnect to get the new one. */
	accessChanged: 4000,
	/** Unexpected server error (transient). */
	internalError: 1011,
	/** The server is shutting down or restarting (transient: reconnect, maybe to another instance). */
	restarting: 1012
} as const;

export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** True for codes after which reconnecting cannot help (the y-websocket client's own rule). */
export function isPermanentClose(code: number): boolean {
	return code >= 4400 && code < 4500;
}
