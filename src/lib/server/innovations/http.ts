/**
 * Route glue for innovation pages: parse the id, sign-in, load the actor's access and refuse early.
 * An entry the actor may not see answers 404 (not 403), so ids of other teams' drafts reveal nothing.
 */
import { error } from '@sveltejs/kit';
import * as m from '../../paraglide/messages';
import { requireUser } from '../auth/guard';
import type { Session, SessionUser } from '../auth/session';
import { getDb } from '../db';
import type { Database } from '../db/client';
import type { InnovationStatus } from '../../innovations/fields';
import { getEntryHeader } from './drafts';
import { canEditContent, canViewWorkingCopy, loadAccess, type InnovationAccess } from './permissions';

interface Locals {
	user: SessionUser | null;
	session: Session | null;
}

/** A positive integer route parameter, or a 404. */
export function idParam(value: string | undefined): number {
	if (!value || !/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) error(404, m.innovation_not_found());
	return Number(value);
}

export interface EntryContext {
	db: Database;
	user: SessionUser;
	innovationId: number;
	status: InnovationStatus;
	hasPublished: boolean;
	access: InnovationAccess;
}

/** Signed-in actor with a view of the entry's working copy (team, its mentors, curators); else 404. */
export async function requireEntryView(locals: Locals, url: URL, id: string | undefined): Promise<EntryContext> {
	const user = requireUser(locals, url);
	const innovationId = idParam(id);
	const db = await getDb();
	const found = await loadAccess(db, innovationId, user);
	if (!found || !canViewWorkingCopy(found.access)) error(404, m.innovation_not_found());
	return { db, user, innovationId, status: found.status, hasPublished: found.publishedRevisionId !== null, access: found.access };
}

/** Like `requireEntryView`, and the actor must be on the team; a team member in a locked status gets 409. */
export async function requireEntryEdit(locals: Locals, url: URL, id: string | undefined): Promise<EntryContext> {
	const ctx = await requireEntryView(locals, url, id);
	if (!ctx.access.member) error(403, m.innovation_error_forbidden());
	if (!canEditContent(ctx.access, ctx.status)) error(409, m.innovation_error_locked());
	return ctx;
}

/** Like `requireEntryView`, and the actor must be on the team (any status). */
export async function requireTeam(locals: Locals, url: URL, id: string | undefined): Promise<EntryContext> {
	const ctx = await requireEntryView(locals, url, id);
	if (!ctx.access.member) error(403, m.innovation_error_forbidden());
	return ctx;
}

/** A curator or admin acting on an existing entry that has reached curation; else 403/404. */
export async function requireCuratorEntry(locals: Locals, url: URL, id: string | undefined): Promise<EntryContext> {
	requireCurator(locals, url);
	const ctx = await requireEntryView(locals, url, id);
	// A draft that was never submitted is still the team's private work, curators included.
	const header = await getEntryHeader(ctx.db, ctx.innovationId);
	if (!header || (header.status === 'draft' && !header.submittedAt && !header.publishedRevisionId)) error(404, m.innovation_not_found());
	return ctx;
}

/** The client address for view de-duplication (adapter-node honours ADDRESS_HEADER behind a proxy). */
export function clientAddress(getClientAddress: () => string): string {
	try {
		return getClientAddress();
	} catch {
		return '';
	}
}

/** A signed-in curator or admin (anonymous visitors go to sign-in, everyone else gets 403). */
export function requireCurator(locals: Locals, url: URL): SessionUser {
	const user = requireUser(locals, url);
	if (user.role !== 'curator' && user.role !== 'admin') error(403, m.innovation_error_forbidden());
	return user;
}
