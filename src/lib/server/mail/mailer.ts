/**
 * The one way the app sends email.
 *
 * With `SMTP_URL` set (e.g. `smtps://user:pass@smtp.example.go.id:465`) messages go out through
 * nodemailer; without it they land only in the dev outbox, which admins read at /admin/kotak-keluar.
 * Either way each message leaves a row in `outbox` with its transport and, if sending failed, the
 * error. SMTP rows keep no body: a reset link stored in plain text would undo hashing the token.
 */
import { createTransport } from 'nodemailer';
import type { Database } from '../db/client';
import { outbox } from '../db/schema';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	html?: string;
}

export type MailTransport = 'smtp' | 'outbox';

export interface MailResult {
	/** The outbox row recording this message. */
	id: number;
	transport: MailTransport;
	/** Why SMTP refused or failed; null when sent (or stored in the dev outbox). */
	error: string | null;
}

/** Placeholder kept instead of the body of a message that went out by SMTP. */
export const SMTP_BODY_NOT_KEPT = '';

// One transporter per URL, reused across messages (nodemailer keeps no connection between sends
// without pooling, but building it parses the URL and options once).
let cached: { url: string; transporter: ReturnType<typeof createTransport> } | null = null;

function transporterFor(url: string) {
	if (cached?.url !== url) {
		cached = {
			url,
			// Short timeouts: a request handler may be waiting, and nodemailer's defaults are minutes.
			transporter: createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
		};
	}
	return cached.transporter;
}

/** Sender address (`MAIL_FROM`, default `Ruang Pijar <no-reply@ruangpijar.id>`). */
export function mailFrom(): string {
	return process.env.MAIL_FROM || 'Ruang Pijar <no-reply@ruangpijar.id>';
}

/** Sends (or, without SMTP, stores) one message and records it; never throws for a delivery failure. */
export async function sendMail(db: Database, message: MailMessage): Promise<MailResult> {
	const smtpUrl = process.env.SMTP_URL || '';
	if (!smtpUrl) {
		const [row] = await db
			.insert(outbox)
			.values({ to: message.to, subject: message.subject, text: message.text, html: message.html ?? null, transport: 'outbox' })
			.returning({ id: outbox.id });
		return { id: row!.id, transport: 'outbox', error: null };
	}
	let error: string | null = null;
	try {
		await transporterFor(smtpUrl).sendMail({
			from: mailFrom(),
			to: message.to,
			subject: message.subject,
			text: message.text,
			html: message.html
		});
	} catch (cause) {
		error = cause instanceof Error ? cause.message : String(cause);
		console.error(`mail to ${message.to} failed: ${error}`);
	}
	const [row] = await db
		.insert(outbox)
		.values({ to: message.to, subject: message.subject, text: SMTP_BODY_NOT_KEPT, html: null, transport: 'smtp', error })
		.returning({ id: outbox.id });
	return { id: row!.id, transport: 'smtp', error };
}
