/**
 * Administration of accounts: the user list, role changes and disabling, each audited in
 * `audit_log`. A role change or disabling ends the user's sessions, so the new rights apply at
 * once; admins cannot demote or disable themselves (the last admin could lock everyone out).
 */
import { count, desc, eq, ilike, or } from 'drizzle-orm';
import * as m from '../../paraglide/messages';
import type { Database } from '../db/client';
import { agencies, auditLog, outbox, users, type Role } from '../db/schema';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';
import { findUserByEmail, insertUser } from './users';

export const USERS_PAGE_SIZE = 20;
export const OUTBOX_PAGE_SIZE = 30;

/** One row of the admin user list. */
export interface AdminUserView {
	id: number;
	name: string;
	email: string;
	handle: string;
	role: Role;
	agencyName: string | null;
	disabled: boolean;
	createdAt: string;
}

export interface Page<T> {
	items: T[];
	total: number;
	page: number;
	pageCount: number;
}

export type AdminResult = { ok: true; changed: boolean } | { ok: false; message: string };

/** Users matching a search (name, email or handle), newest first, one page. */
export async function listUsers(db: Database, query: { q: string; page: number }): Promise<Page<AdminUserView>> {
	const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	const where = query.q ? or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(users.handle, pattern)) : undefined;
	const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(users).where(where);
	const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
	const page = Math.min(query.page, pageCount);
	const rows = await db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			handle: users.handle,
			role: users.role,
			agencyName: agencies.name,
			disabled: users.disabled,
			createdAt: users.createdAt
		})
		.from(users)
		.leftJoin(agencies, eq(users.agencyId, agencies.id))
		.where(where)
		.orderBy(desc(users.createdAt), desc(users.id))
		.limit(USERS_PAGE_SIZE)
		.offset((page - 1) * USERS_PAGE_SIZE);
	return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), total, page, pageCount };
}

async function audit(db: Database, actorId: number | null, action: string, userId: number, detail: object): Promise<void> {
	await db.insert(auditLog).values({ actorId, action, subject: `user:${userId}`, detail: JSON.stringify(detail) });
}

/** Gives a user another role (actor null = the shell CLI); their sessions end. */
export async function changeUserRole(db: Database, actorId: number | null, userId: number, role: Role): Promise<AdminResult> {
	if (actorId === userId && role !== 'admin') return { ok: false, message: m.admin_cannot_demote_self() };
	return db.transaction(async (tx) => {
		const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for('update');
		if (!user) return { ok: false, message: m.admin_user_not_found() };
		if (user.role === role) return { ok: true, changed: false };
		await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
		await audit(tx, actorId, 'user.role', userId, { from: user.role, to: role });
		await invalidateUserSessions(tx, userId);
		return { ok: true, changed: true };
	});
}

/** Disables or re-enables an account; disabling ends its sessions. */
export async function setUserDisabled(db: Database, actorId: number | null, userId: number, disabled: boolean): Promise<AdminResult> {
	if (actorId === userId && disabled) return { ok: false, message: m.admin_cannot_disable_self() };
	return db.transaction(async (tx) => {
		const [user] = await tx.select({ disabled: users.disabled }).from(users).where(eq(users.id, userId)).for('update');
		if (!user) return { ok: false, message: m.admin_user_not_found() };
		if (user.disabled === disabled) return { ok: true, changed: false };
		await tx.update(users).set({ disabled, updatedAt: new Date() }).where(eq(users.id, userId));
		await audit(tx, actorId, disabled ? 'user.disable' : 'user.enable', userId, {});
		if (disabled) await invalidateUserSessions(tx, userId);
		return { ok: true, changed: true };
	});
}

/** CLI: creates an admin account, or promotes (and re-enables) an existing one; the password of an existing account stays. */
export async function createOrPromoteAdmin(
	db: Database,
	input: { email: string; name: string; password: string }
): Promise<{ created: boolean; userId: number; handle: string }> {
	const existing = await findUserByEmail(db, input.email);
	if (existing) {
		await changeUserRole(db, null, existing.id, 'admin');
		await setUserDisabled(db, null, existing.id, false);
		return { created: false, userId: existing.id, handle: existing.handle };
	}
	const passwordHash = await hashPassword(input.password);
	const row = await db.transaction(async (tx) => {
		const created = await insertUser(tx, { email: input.email, name: input.name, passwordHash, role: 'admin' });
		await audit(tx, null, 'user.create_admin', created.id, {});
		return created;
	});
	return { created: true, userId: row.id, handle: row.handle };
}

/** CLI: sets the role of the account with this email. */
export async function setRoleByEmail(db: Database, email: string, role: Role): Promise<AdminResult> {
	const user = await findUserByEmail(db, email);
	if (!user) return { ok: false, message: m.admin_user_not_found() };
	return changeUserRole(db, null, user.id, role);
}

/** One message in the outbox as admins see it. */
export interface OutboxView {
	id: number;
	to: string;
	subject: string;
	/** The body; empty for messages that went out by SMTP (bodies are not kept). */
	text: string;
	transport: 'smtp' | 'outbox';
	error: string | null;
	createdAt: string;
}

/** The outbox, newest first, one page. */
export async function listOutbox(db: Database, page: number): Promise<Page<OutboxView>> {
	const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(outbox);
	const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
	const current = Math.min(Math.max(1, page), pageCount);
	const rows = await db
		.select()
		.from(outbox)
		.orderBy(desc(outbox.createdAt), desc(outbox.id))
		.limit(OUTBOX_PAGE_SIZE)
		.offset((current - 1) * OUTBOX_PAGE_SIZE);
	return {
		items: rows.map((r) => ({
			id: r.id,
			to: r.to,
			subject: r.subject,
			text: r.text,
			transport: r.transport === 'smtp' ? 'smtp' : 'outbox',
			error: r.error,
			createdAt: r.createdAt.toISOString()
		})),
		total,
		page: current,
		pageCount
	};
}

/** Audit entries about one user, newest first. */
export async function auditTrail(db: Database, userId: number): Promise<{ action: string; actorId: number | null; detail: string; createdAt: Date }[]> {
	return db
		.select({ action: auditLog.action, actorId: auditLog.actorId, detail: auditLog.detail, createdAt: auditLog.createdAt })
		.from(auditLog)
		.where(eq(auditLog.subject, `user:${userId}`))
		.orderBy(desc(auditLog.id));
}
