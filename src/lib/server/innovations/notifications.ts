/**
 * In-app notifications (and their email twins through the mailer). A notification stores a kind and
 * a few parameters, not text, so it reads in whichever language its reader uses when opening it.
 */
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { innovationMembers, notifications, users } from '../db/schema';
import { sendMail } from '../mail';
import * as m from '../../paraglide/messages';
import { escapeHtml } from './render/markdown';

export const NOTIFICATION_KINDS = [
	'team_invited',
	'submitted',
	'published',
	'needs_revision',
	'rejected',
	'archived',
	'curator_note',
	'mentor_feedback',
	'comment',
	'replication_request',
	'replication_status'
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationData = Record<string, string | number>;

type Locale = 'id' | 'en';

/** The sentence a notification shows, in the given locale (or the request's when omitted). */
export function describeNotification(kind: string, data: NotificationData, locale?: Locale): string {
	const title = String(data.title ?? '');
	const actor = String(data.actor ?? '');
	const options = locale ? { locale } : undefined;
	switch (kind as NotificationKind) {
		case 'team_invited':
			return m.notification_team_invited({ title, actor }, options);
		case 'submitted':
			return m.notification_submitted({ title }, options);
		case 'published':
			return m.notification_published({ title }, options);
		case 'needs_revision':
			return m.notification_needs_revision({ title }, options);
		case 'rejected':
			return m.notification_rejected({ title }, options);
		case 'archived':
			return m.notification_archived({ title }, options);
		case 'curator_note':
			return m.notification_curator_note({ title }, options);
		case 'mentor_feedback':
			return m.notification_mentor_feedback({ title, actor }, options);
		case 'comment':
			return m.notification_comment({ title, actor }, options);
		case 'replication_request':
			return m.notification_replication_request({ title, agency: String(data.agency ?? '') }, options);
		case 'replication_status':
			return m.notification_replication_status({ title }, options);
		default:
			return m.notification_generic({ title }, options);
	}
}

/** Absolute base URL for links in emails (`ORIGIN`, the same variable adapter-node reads). */
export function appOrigin(): string {
	return (process.env.ORIGIN || 'http://localhost:3000').replace(/\/+$/, '');
}

export interface NotifyInput {
	userIds: number[];
	kind: NotificationKind;
	data: NotificationData;
	/** App-relative path, e.g. `/inovasi-saya/12/kirim`. */
	link: string;
	/** Also send an email through the mailer. */
	email?: boolean;
	/** Extra paragraph for the email (e.g. the replication request's message), plain text. */
	detail?: string;
	/** Whom not to notify (the person who caused it). */
	exceptUserId?: number | null;
}

/** Records in-app notifications and, when asked, emails each recipient in their own language. */
export async function notify(db: Database, input: NotifyInput): Promise<number> {
	const recipients = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
	if (recipients.length === 0) return 0;
	await db.insert(notifications).values(
		recipients.map((userId) => ({ userId, kind: input.kind, data: input.data, link: input.link }))
	);
	if (input.email) {
		const people = await db
			.select({ email: users.email, name: users.name, locale: users.locale })
			.from(users)
			.where(and(inArray(users.id, recipients), eq(users.disabled, false)));
		for (const person of people) {
			const locale: Locale = person.locale === 'en' ? 'en' : 'id';
			const sentence = describeNotification(input.kind, input.data, locale);
			const path = locale === 'en' ? `/en${input.link}` : input.link;
			const url = `${appOrigin()}${path}`;
			const greeting = m.mail_greeting({ name: person.name }, { locale });
			const signature = m.mail_signature({}, { locale });
			const open = m.notification_email_open({}, { locale });
			const detail = input.detail?.trim() ?? '';
			const text = [greeting, '', sentence, ...(detail ? ['', detail] : []), '', `${open}: ${url}`, '', signature].join('\n');
			const html = [
				`<p>${escapeHtml(greeting)}</p>`,
				`<p>${escapeHtml(sentence)}</p>`,
				detail ? `<blockquote>${escapeHtml(detail).replace(/\n/g, '<br>')}</blockquote>` : '',
				`<p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>`,
				`<p>${escapeHtml(signature).replace(/\n/g, '<br>')}</p>`
			]
				.filter(Boolean)
				.join('\n');
			await sendMail(db, { to: person.email, subject: sentence.slice(0, 150), text, html });
		}
	}
	return recipients.length;
}

/** Ids of the entry's team. */
export async function teamUserIds(db: Database, innovationId: number): Promise<number[]> {
	const rows = await db
		.select({ id: innovationMembers.userId })
		.from(innovationMembers)
		.where(eq(innovationMembers.innovationId, innovationId));
	return rows.map((r) => r.id);
}

/** Ids of active curators and admins. */
export async function curatorUserIds(db: Database): Promise<number[]> {
	const rows = await db
		.select({ id: users.id })
		.from(users)
		.where(and(inArray(users.role, ['curator', 'admin']), eq(users.disabled, false)));
	return rows.map((r) => r.id);
}

/** Number of unread notifications, for the badge in the app shell. */
export async function unreadNotificationCount(db: Database, userId: number): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(notifications)
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
	return Number(row?.n ?? 0);
}

export interface PublicNotification {
	id: number;
	text: string;
	link: string;
	read: boolean;
	createdAt: string;
}

/** Maps a notification row to what the page shows, in the request's language. */
export function toPublicNotification(row: typeof notifications.$inferSelect): PublicNotification {
	return {
		id: row.id,
		text: describeNotification(row.kind, row.data),
		link: row.link.startsWith('/') && !row.link.startsWith('//') ? row.link : '/',
		read: row.readAt !== null,
		createdAt: row.createdAt.toISOString()
	};
}

/** The user's latest notifications, newest first. */
export async function listNotifications(db: Database, userId: number, limit = 50): Promise<PublicNotification[]> {
	const rows = await db
		.select()
		.from(notifications)
		.where(eq(notifications.userId, userId))
		.orderBy(desc(notifications.createdAt), desc(notifications.id))
		.limit(limit);
	return rows.map(toPublicNotification);
}

/** Marks one notification (or, without id, all of them) read; only the owner's rows are touched. */
export async function markNotificationsRead(db: Database, userId: number, id?: number): Promise<void> {
	const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
	await db
		.update(notifications)
		.set({ readAt: new Date() })
		.where(id === undefined ? mine : and(mine, eq(notifications.id, id)));
}

/** Marks one of the user's notifications read and returns where it points (null when not theirs). */
export async function openNotification(db: Database, userId: number, id: number): Promise<string | null> {
	if (!Number.isInteger(id) || id <= 0) return null;
	const [row] = await db
		.update(notifications)
		.set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
		.where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
		.returning();
	return row ? toPublicNotification(row).link : null;
}
