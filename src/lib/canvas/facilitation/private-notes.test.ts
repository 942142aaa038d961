/**
 * A participant's private notes when the server refuses a save as too frequent (429): the reason is
 * shown, what was typed stays on screen through the hidden-count poll, and the latest text is saved
 * once the server's `retry-after` has passed. The endpoint here answers through the real
 * `facilitationAnswer`, so the client reads exactly what the board's endpoint sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { json } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages';
import { facilitationAnswer, WriteLimited } from '$lib/server/boards/facilitation-http';
import type { Shape } from '../model';
import { PrivateNotes } from './private-notes.svelte';

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!predicate()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 10));
	}
}

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

describe('private notes in the browser, when writes are limited', () => {
	let server: Server;
	let base: string;
	/** What the endpoint has stored, by note id. */
	const stored = new Map<string, Shape>();
	/** How many of the next writes the endpoint refuses as too frequent. */
	let refuse = 0;

	beforeAll(async () => {
		server = createServer((req, res) => {
			void (async () => {
				let response: Response;
				if (req.method === 'GET') {
					response = json({ notes: [...stored.values()], hidden: { notes: 0, people: 0 } });
				} else {
					const input = JSON.parse(await readBody(req)) as { action: 'save'; note: Shape };
					response = await facilitationAnswer(async () => {
						if (refuse > 0) {
							refuse--;
							throw new WriteLimited(1);
						}
						stored.set(input.note.id, input.note);
						return { note: input.note };
					});
				}
				res.writeHead(response.status, Object.fromEntries(response.headers));
				res.end(await response.text());
			})();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
	});

	it('shows why, keeps the typed note through a reload, and saves its latest text after retry-after', async () => {
		refuse = 2;
		const notes = new PrivateNotes(`${base}/papan/b1`, 'ani');
		try {
			notes.add({ x: 0, y: 0 }, 'yellow');
			const id = notes.notes[0]!.id;
			await waitFor(() => notes.error !== '', 'the refusal');
			expect(notes.error).toBe(m.facilitation_error_rate_limited());

			// Typing on while limited, then the hidden-count poll reloads the list: the note the server
			// does not have yet stays, with its text.
			notes.update(id, { text: 'Layanan KTP di pasar' });
			await notes.load();
			expect(notes.notes.map((n) => [n.id, (n.props as { text: string }).text])).toEqual([[id, 'Layanan KTP di pasar']]);

			// The second save is refused too; the one after the wait lands with the latest text.
			await waitFor(() => (stored.get(id)?.props as { text?: string } | undefined)?.text === 'Layanan KTP di pasar', 'the saved note');
			expect(refuse).toBe(0);
			await waitFor(() => notes.error === '', 'the message to clear');
		} finally {
			notes.destroy();
		}
	});
});
