/**
 * Certificates: issued by a workshop's facilitators to participants who meet the attendance rule,
 * downloadable by their owner, the workshop's facilitators and admins, verifiable by anyone who
 * holds the number, revocable by an admin. Numbers carry 50 random bits, so they cannot be guessed
 * or walked; the public view shows no more than the paper certificate does (the NIP masked).
 */
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agencies, auditLog, certificates, users, workshopMembers, workshops } from '../db/schema';
import { requireManager, workshopAccess, type Actor } from '../workshops/access';
import { WorkshopError } from '../workshops/errors';
import { learningYear, maskNip } from '../../learning/rules';
import { workshopCompletion } from './attendance';
import { LearningError } from './errors';

// RFC 4648 base32 without padding; 256 is a multiple of 32, so `byte & 31` is uniform.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const NUMBER_PATTERN = /^RP-\d{4}-[A-Z2-7]{10}$/;

/** A fresh certificate number: `RP-<year>-` and 10 base32 characters (50 bits) from the OS CSPRNG. */
export function generateCertificateNumber(year: number): string {
	const bytes = randomBytes(10);
	let tail = '';
	for (const byte of bytes) tail += BASE32[byte & 31];
	return `RP-${year}-${tail}`;
}

/** Normalizes user-typed numbers (case, spaces); anything else stays as it is and simply finds nothing. */
export function normalizeCertificateNumber(raw: string): string {
	return raw.trim().toUpperCase().slice(0, 32);
}

/** Issues certificates to every participant who meets the rule and never had one here; returns how many. */
export async function issueCertificates(db: Database, actor: Actor, workshopId: number): Promise<number> {
	await requireManager(db, actor, workshopId);
	const { settings, rows } = await workshopCompletion(db, workshopId);
	if (settings.jp <= 0) throw new LearningError('no_jp');
	if (!rows.length || rows[0]!.sessions === 0) throw new LearningError('no_sessions');
	const [workshop] = await db.select({ title: workshops.title }).from(workshops).where(eq(workshops.id, workshopId));
	// Anyone who ever held one is skipped: a revocation must not be undone by the next click here.
	const held = new Set(
		(await db.select({ userId: certificates.userId }).from(certificates).where(eq(certificates.workshopId, workshopId))).map((c) => c.userId)
	);
	const due = rows.filter((r) => r.meetsRule && !held.has(r.userId));
	const year = learningYear(new Date());
	await db.transaction(async (tx) => {
		for (const person of due) {
			const number = generateCertificateNumber(year);
			await tx.insert(certificates).values({
				number,
				userId: person.userId,
				workshopId,
				recipientName: person.name,
				workshopTitle: workshop!.title,
				jp: settings.jp,
				issuedBy: actor.id
			});
			await tx.insert(auditLog).values({
				actorId: actor.id,
				action: 'certificate.issue',
				subject: `certificate:${number}`,
				detail: JSON.stringify({ workshopId, userId: person.userId, jp: settings.jp })
			});
		}
	});
	return due.length;
}

/** Everything printed on a certificate. */
export interface CertificateDocument {
	number: string;
	recipientName: string;
	nip: string | null;
	agency: string | null;
	workshopTitle: string;
	startsOn: string | null;
	endsOn: string | null;
	jp: number;
	facilitators: string[];
	issuedAt: string;
	revokedAt: string | null;
}

async function loadCertificate(db: Database, number: string) {
	const [row] = await db
		.select({
			id: certificates.id,
			number: certificates.number,
			userId: certificates.userId,
			workshopId: certificates.workshopId,
			recipientName: certificates.recipientName,
			workshopTitle: certificates.workshopTitle,
			jp: certificates.jp,
			issuedAt: certificates.issuedAt,
			revokedAt: certificates.revokedAt,
			nip: users.nip,
			agency: agencies.name,
			startsOn: workshops.startsOn,
			endsOn: workshops.endsOn
		})
		.from(certificates)
		.innerJoin(users, eq(users.id, certificates.userId))
		.innerJoin(workshops, eq(workshops.id, certificates.workshopId))
		.leftJoin(agencies, eq(agencies.id, users.agencyId))
		.where(eq(certificates.number, normalizeCertificateNumber(number)));
	return row ?? null;
}

/** The certificate for its PDF: owner, the workshop's facilitators and admins; 404 for everyone else. */
export async function certificateForDownload(db: Database, actor: Actor, number: string): Promise<CertificateDocument> {
	const row = await loadCertificate(db, number);
	if (!row) throw new WorkshopError('not_found');
	if (row.userId !== actor.id) {
		const access = await workshopAccess(db, actor, row.workshopId);
		// Someone else's certificate is not even confirmed to exist.
		if (!access.canManage) throw new WorkshopError('not_found');
	}
	const facilitators = await db
		.select({ name: users.name })
		.from(workshopMembers)
		.innerJoin(users, eq(users.id, workshopMembers.userId))
		.where(and(eq(workshopMembers.workshopId, row.workshopId), eq(workshopMembers.role, 'facilitator')))
		.orderBy(asc(workshopMembers.joinedAt));
	return {
		number: row.number,
		recipientName: row.recipientName,
		nip: row.nip,
		agency: row.agency,
		workshopTitle: row.workshopTitle,
		startsOn: row.startsOn?.toISOString() ?? null,
		endsOn: row.endsOn?.toISOString() ?? null,
		jp: row.jp,
		facilitators: facilitators.map((f) => f.name),
		issuedAt: row.issuedAt.toISOString(),
		revokedAt: row.revokedAt?.toISOString() ?? null
	};
}

/** What the public verification page shows: what the certificate shows, the NIP masked. */
export interface CertificateVerification {
	number: string;
	recipientName: string;
	nipMasked: string | null;
	workshopTitle: string;
	startsOn: string | null;
	endsOn: string | null;
	jp: number;
	issuedAt: string;
	valid: boolean;
	revokedAt: string | null;
}

/**
 * Looks a number up for the public page. Unknown and malformed numbers take the same single
 * indexed query as known ones, so the answer time does not tell them apart.
 */
export async function verifyCertificate(db: Database, number: string): Promise<CertificateVerification | null> {
	const row = await loadCertificate(db, number);
	if (!row || !NUMBER_PATTERN.test(row.number)) return null;
	return {
		number: row.number,
		recipientName: row.recipientName,
		nipMasked: maskNip(row.nip),
		workshopTitle: row.workshopTitle,
		startsOn: row.startsOn?.toISOString() ?? null,
		endsOn: row.endsOn?.toISOString() ?? null,
		jp: row.jp,
		issuedAt: row.issuedAt.toISOString(),
		valid: row.revokedAt === null,
		revokedAt: row.revokedAt?.toISOString() ?? null
	};
}

/** Revokes a certificate (admins only) with a reason; a revoked certificate never verifies again. */
export async function revokeCertificate(db: Database, actor: Actor, number: string, reason: string): Promise<void> {
	if (actor.role !== 'admin') throw new WorkshopError('forbidden');
	const why = reason.trim();
	if (!why) throw new LearningError('reason_required');
	await db.transaction(async (tx) => {
		const changed = await tx
			.update(certificates)
			.set({ revokedAt: new Date(), revokedReason: why, revokedBy: actor.id })
			.where(and(eq(certificates.number, normalizeCertificateNumber(number)), isNull(certificates.revokedAt)))
			.returning({ id: certificates.id });
		if (!changed.length) {
			const [exists] = await tx.select({ id: certificates.id }).from(certificates).where(eq(certificates.number, normalizeCertificateNumber(number)));
			throw exists ? new LearningError('already_revoked') : new WorkshopError('not_found');
		}
		await tx.insert(auditLog).values({ actorId: actor.id, action: 'certificate.revoke', subject: `certificate:${number}`, detail: why });
	});
}

/** A certificate in someone's own list. */
export interface OwnCertificate {
	number: string;
	workshopId: number;
	workshopTitle: string;
	jp: number;
	issuedAt: string;
	revoked: boolean;
}

/** The user's certificates, newest first (revoked ones included, marked). */
export async function listOwnCertificates(db: Database, userId: number): Promise<OwnCertificate[]> {
	const rows = await db
		.select()
		.from(certificates)
		.where(eq(certificates.userId, userId))
		.orderBy(desc(certificates.issuedAt), desc(certificates.id));
	return rows.map((r) => ({
		number: r.number,
		workshopId: r.workshopId,
		workshopTitle: r.workshopTitle,
		jp: r.jp,
		issuedAt: r.issuedAt.toISOString(),
		revoked: r.revokedAt !== null
	}));
}
