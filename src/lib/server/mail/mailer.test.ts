import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import { desc } from 'drizzle-orm';
import { createTestDatabase } from '../db/testing';
import type { Database } from '../db/client';
import { outbox } from '../db/schema';
import { sendMail } from './mailer';
import { passwordResetMail } from './templates';

/** A minimal SMTP server (enough of RFC 5321 for nodemailer) that records what it receives. */
function fakeSmtp(): Promise<{ server: Server; port: number; received: string[] }> {
	const received: string[] = [];
	const server = createServer((socket) => {
		let data = false;
		let body = '';
		socket.write('220 fake ESMTP\r\n');
		socket.on('data', (chunk) => {
			for (const line of chunk.toString('utf8').split('\r\n')) {
				if (data) {
					if (line === '.') {
						data = false;
						received.push(body);
						body = '';
						socket.write('250 queued\r\n');
					} else body += `${line}\n`;
					continue;
				}
				const verb = line.slice(0, 4).toUpperCase();
				if (!line) continue;
				if (verb === 'EHLO' || verb === 'HELO') socket.write('250-fake\r\n250 8BITMIME\r\n');
				else if (verb === 'DATA') {
					data = true;
					socket.write('354 go on\r\n');
				} else if (verb === 'QUIT') socket.end('221 bye\r\n');
				else socket.write('250 ok\r\n');
			}
		});
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, received })));
}

describe('mailer', () => {
	let db: Database;
	let close: () => Promise<void>;
	const saved = process.env.SMTP_URL;

	beforeAll(async () => {
		const handle = await createTestDatabase('pglite');
		db = handle.db;
		close = handle.close;
	});
	afterAll(() => close());
	afterEach(() => {
		if (saved === undefined) delete process.env.SMTP_URL;
		else process.env.SMTP_URL = saved;
	});

	const message = { to: 'dewi@x.id', subject: 'Halo', text: 'Isi pesan', html: '<p>Isi pesan</p>' };

	it('without SMTP_URL keeps the whole message in the dev outbox', async () => {
		delete process.env.SMTP_URL;
		const result = await sendMail(db, message);
		expect(result).toMatchObject({ transport: 'outbox', error: null });
		const [row] = await db.select().from(outbox).orderBy(desc(outbox.id)).limit(1);
		expect(row).toMatchObject({ ...message, transport: 'outbox', error: null });
	});

	it('with SMTP_URL sends through SMTP and records the message without its body', async () => {
		const smtp = await fakeSmtp();
		try {
			process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
			const result = await sendMail(db, message);
			expect(result).toMatchObject({ transport: 'smtp', error: null });
			expect(smtp.received).toHaveLength(1);
			expect(smtp.received[0]).toContain('Subject: Halo');
			expect(smtp.received[0]).toContain('Isi pesan');
			const [row] = await db.select().from(outbox).orderBy(desc(outbox.id)).limit(1);
			expect(row).toMatchObject({ to: 'dewi@x.id', subject: 'Halo', text: '', transport: 'smtp', error: null });
		} finally {
			smtp.server.close();
		}
	});

	it('records an SMTP failure instead of throwing', async () => {
		const probe = await fakeSmtp();
		const { port } = probe;
		await new Promise((r) => probe.server.close(r));
		process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
		const result = await sendMail(db, message);
		expect(result.transport).toBe('smtp');
		expect(result.error).toMatch(/ECONNREFUSED|connect/i);
		const [row] = await db.select().from(outbox).orderBy(desc(outbox.id)).limit(1);
		expect(row!.error).toBe(result.error);
	});

	it('writes the reset mail in the recipient language and escapes the HTML', () => {
		const id = passwordResetMail('a@b.id', { name: 'Rina <b>', link: 'https://x/atur-ulang-sandi/abc', locale: 'id' });
		const en = passwordResetMail('a@b.id', { name: 'Rina', link: 'https://x/en/atur-ulang-sandi/abc', locale: 'en' });
		expect(id.subject).toBe('Atur ulang kata sandi Ruang Pijar');
		expect(id.text).toContain('Halo Rina <b>,');
		expect(id.html).toContain('Halo Rina &#60;b&#62;,');
		expect(id.text).toContain('https://x/atur-ulang-sandi/abc');
		expect(en.subject).toBe('Reset your Ruang Pijar password');
		expect(en.text).toContain('valid for 1 hour');
	});
});
