/** Mail bodies, written in the recipient's language (their saved `locale`), not the sender's. */
import * as m from '../../paraglide/messages';
import type { MailMessage } from './mailer';

export type MailLocale = 'id' | 'en';

/** Normalizes a stored locale to one we have mail text for. */
export function mailLocale(locale: string | null | undefined): MailLocale {
	return locale === 'en' ? 'en' : 'id';
}

function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The password-reset mail with its one-time link. */
export function passwordResetMail(to: string, input: { name: string; link: string; locale: MailLocale }): MailMessage {
	const options = { locale: input.locale };
	const greeting = m.mail_greeting({ name: input.name }, options);
	const body = m.mail_reset_body({}, options);
	const expiry = m.mail_reset_expiry({}, options);
	const ignore = m.mail_reset_ignore({}, options);
	const signature = m.mail_signature({}, options);
	const text = [greeting, '', body, '', input.link, '', expiry, ignore, '', signature].join('\n');
	const html = [
		`<p>${escapeHtml(greeting)}</p>`,
		`<p>${escapeHtml(body)}</p>`,
		`<p><a href="${escapeHtml(input.link)}">${escapeHtml(m.mail_reset_button({}, options))}</a></p>`,
		`<p>${escapeHtml(expiry)} ${escapeHtml(ignore)}</p>`,
		`<p>${escapeHtml(signature)}</p>`
	].join('\n');
	return { to, subject: m.mail_reset_subject({}, options), text, html };
}
