/**
 * Seeds the demo innovations (see seed-demo-data.ts): published entries with their revisions and
 * audit trail, one entry waiting for curation and one draft, plus appreciations, comments, mentor
 * feedback and a replication request so every screen has something real to show. Idempotent: an
 * entry whose title already exists is left alone.
 */
import * as Y from 'yjs';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { generateNKeysBetween } from 'fractional-indexing';
import type { Database } from '../db/client';
import {
	agencies,
	appreciations,
	boards,
	comments,
	innovationMembers,
	innovationMentors,
	innovationRevisions,
	innovations,
	moderationEvents,
	notifications,
	replicationRequests,
	teamMembers,
	teams,
	themes,
	users
} from '../db/schema';
import { createBoard } from '../boards/boards';
import { DatabaseBoardStore } from '../realtime/persistence';
import { createLocalOrigin, createShapes, updateMeta } from '../../canvas/sync';
import { restoreShapes } from '../../canvas/model/restore';
import { createDraft, saveStep } from './drafts';
import { publishRevision } from './publication';
import { DEMO_INNOVATIONS, type DemoInnovation } from './seed-demo-data';
import { DEMO_INNOVATIONS_SUMATRA } from './seed-demo-data-2';
import { DEMO_INNOVATIONS_JAVA_BALI } from './seed-demo-data-3';
import { DEMO_INNOVATIONS_KALIMANTAN_SULAWESI } from './seed-demo-data-4';
import { DEMO_INNOVATIONS_MALUKU_PAPUA } from './seed-demo-data-5';

/** Every demo entry, the original set first (engagement and the tests look up its entries). */
const ALL_DEMO_INNOVATIONS: DemoInnovation[] = [
	...DEMO_INNOVATIONS,
	...DEMO_INNOVATIONS_SUMATRA,
	...DEMO_INNOVATIONS_JAVA_BALI,
	...DEMO_INNOVATIONS_KALIMANTAN_SULAWESI,
	...DEMO_INNOVATIONS_MALUKU_PAPUA
];

const DAY = 86_400_000;

/** Board records for a snapshot: one frame per group, its notes as sticky notes inside it. */
export function demoBoardShapes(groups: NonNullable<DemoInnovation['board']>, author = 'demo'): unknown[] {
	const noteCount = groups.reduce((n, g) => n + g.notes.length, 0);
	const keys = generateNKeysBetween(null, null, groups.length + noteCount);
	const stickyColors: Record<string, string> = { red: 'pink', blue: 'blue', green: 'green', violet: 'violet', orange: 'orange' };
	const shapes: unknown[] = [];
	let k = 0;
	// Two frames per row keeps the snapshot close to the page's proportions (legible notes).
	const heights = groups.map((g) => 60 + Math.ceil(g.notes.length / 2) * 200);
	const rowTop = (row: number) => {
		let y = 0;
		for (let r = 0; r < row; r++) y += Math.max(heights[r * 2] ?? 0, heights[r * 2 + 1] ?? 0) + 80;
		return y;
	};
	groups.forEach((group, i) => {
		const frameId = `frame-${i}`;
		const x = (i % 2) * 480;
		const y = rowTop(Math.floor(i / 2));
		shapes.push({
			id: frameId, type: 'frame', x, y, w: 440, h: heights[i], rotation: 0, parentId: null,
			order: keys[k++], locked: false, author, createdAt: 0, updatedAt: 0, props: { name: group.name, color: group.color }
		});
		group.notes.forEach((text, j) => {
			shapes.push({
				id: `note-${i}-${j}`, type: 'sticky', x: x + 20 + (j % 2) * 210, y: y + 40 + Math.floor(j / 2) * 200, w: 190, h: 180,
				rotation: 0, parentId: frameId, order: keys[k++], locked: false, author, createdAt: 0, updatedAt: 0,
				props: { text, color: stickyColors[group.color] ?? 'yellow', size: 'm', align: 'middle' }
			});
		});
	});
	return shapes;
}

async function userIds(db: Database): Promise<Map<string, number>> {
	const rows = await db.select({ id: users.id, email: users.email }).from(users);
	return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

async function agencyId(db: Database, agency: DemoInnovation['agency']): Promise<number> {
	await db.insert(agencies).values(agency).onConflictDoNothing({ target: agencies.name });
	const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, agency.name));
	return row!.id;
}

/** Creates the demo innovations that do not exist yet. */
export async function seedDemoInnovations(db: Database, now = new Date()): Promise<number> {
	const ids = await userIds(db);
	const curatorId = ids.get('kurator@ruangpijar.id');
	const mentorId = ids.get('mentor@ruangpijar.id');
	if (!curatorId || !mentorId) return 0;
	const themeRows = await db.select({ id: themes.id, slug: themes.slug }).from(themes);
	const themeId = new Map(themeRows.map((t) => [t.slug, t.id]));
	let created = 0;
	const published: { id: number; team: number[]; title: string }[] = [];

	// One query for what already exists keeps a re-run cheap (the seed runs at every first start and in tests).
	const existing = await db
		.select({ title: innovations.title })
		.from(innovations)
		.where(inArray(innovations.title, ALL_DEMO_INNOVATIONS.map((d) => d.title)));
	const seeded = new Set(existing.map((r) => r.title));
	for (const demo of ALL_DEMO_INNOVATIONS) {
		const leadId = ids.get(demo.lead);
		if (!leadId || seeded.has(demo.title)) continue;
		const [team] = await db
			.select({ teamId: teams.id, workshopId: teams.workshopId })
			.from(teamMembers)
			.innerJoin(teams, eq(teamMembers.teamId, teams.id))
			.where(eq(teamMembers.userId, leadId))
			.limit(1);
		const id = await createDraft(db, leadId, {
			title: demo.title,
			teamId: team?.teamId ?? null,
			workshopId: team?.workshopId ?? null,
			boardSnapshot: demo.board ? demoBoardShapes(demo.board, String(leadId)) : null
		});
		const memberIds = demo.members.map((e) => ids.get(e)).filter((v): v is number => v !== undefined);
		for (const email of demo.members) {
			const userId = ids.get(email);
			if (userId) await db.insert(innovationMembers).values({ innovationId: id, userId, public: !demo.hidden?.includes(email) }).onConflictDoNothing();
		}
		if (demo.mentor) await db.insert(innovationMentors).values({ innovationId: id, userId: mentorId }).onConflictDoNothing();
		const steps = [
			{ step: 'ringkasan' as const, data: { title: demo.title, summary: demo.summary, stage: demo.stage, form: demo.form, isDigital: demo.isDigital, stillRunning: true, startedOn: demo.startedOn, endedOn: null } },
			{ step: 'cerita' as const, data: { background: demo.background, solution: demo.solution, novelty: demo.novelty } },
			{ step: 'dampak' as const, data: { results: demo.results, beneficiaries: demo.beneficiaries, indicators: demo.indicators.map((i) => ({ ...i, remove: false })) } },
			{ step: 'pelaksanaan' as const, data: { partners: demo.partners, resources: demo.resources, challenges: demo.challenges, successConditions: demo.successConditions, sustainability: demo.sustainability, replicability: demo.replicability, lessons: demo.lessons } },
			{
				step: 'klasifikasi' as const,
				data: {
					themeIds: demo.themes.map((s) => themeId.get(s)).filter((v): v is number => v !== undefined),
					sdgNumbers: demo.sdgs,
					tags: demo.tags,
					agencyId: await agencyId(db, demo.agency),
					governmentLevel: demo.governmentLevel,
					provinceCode: demo.agency.provinceCode,
					regency: demo.regency,
					cohort: demo.cohort,
					awards: demo.awards,
					videoUrl: ''
				}
			}
		];
		for (const step of steps) await saveStep(db, id, leadId, step);
		// The draft was "created" before it was submitted: keep the audit trail in time order.
		const createdAt = new Date(now.getTime() - ((demo.publishedDaysAgo ?? 2) + 30) * DAY);
		await db
			.update(moderationEvents)
			.set({ createdAt })
			.where(and(eq(moderationEvents.innovationId, id), eq(moderationEvents.action, 'create')));

		if (demo.status !== 'draft') {
			const submittedAt = new Date(now.getTime() - ((demo.publishedDaysAgo ?? 2) + 6) * DAY);
			await db.update(innovations).set({ status: 'submitted', submittedAt }).where(eq(innovations.id, id));
			await db.insert(moderationEvents).values({ innovationId: id, actorId: leadId, action: 'submit', fromStatus: 'draft', toStatus: 'submitted', createdAt: submittedAt });
		}
		if (demo.status === 'published') {
			const publishedAt = new Date(now.getTime() - (demo.publishedDaysAgo ?? 1) * DAY);
			await db.transaction(async (tx) => {
				const { revisionId } = await publishRevision(tx, id, curatorId);
				await tx.update(innovationRevisions).set({ publishedAt }).where(eq(innovationRevisions.id, revisionId));
			});
			await db.insert(moderationEvents).values({ innovationId: id, actorId: curatorId, action: 'publish', fromStatus: 'submitted', toStatus: 'published', createdAt: publishedAt });
			await db
				.update(innovations)
				.set({ publishedAt, featured: demo.featured ?? false, viewCount: demo.views ?? 0, createdAt: new Date(publishedAt.getTime() - 20 * DAY), updatedAt: publishedAt })
				.where(eq(innovations.id, id));
			published.push({ id, team: [leadId, ...memberIds], title: demo.title });
		}
		if (demo.status === 'submitted' && mentorId) {
			await db.insert(comments).values({
				innovationId: id,
				authorId: mentorId,
				kind: 'mentor_feedback',
				body: 'Indikatornya sudah bagus. Tambahkan berapa remaja yang kembali berkonsultasi untuk kedua kalinya; itu menunjukkan kepercayaan, bukan hanya jangkauan.'
			});
		}
		created++;
	}
	if (published.length) await seedEngagement(db, ids, published);
	await seedDemoBoard(db);
	return created;
}

/** Appreciations from demo accounts, two public comments and one replication request in progress. */
async function seedEngagement(db: Database, ids: Map<string, number>, published: { id: number; team: number[]; title: string }[]): Promise<void> {
	const fans = ['peserta@ruangpijar.id', 'peserta2@ruangpijar.id', 'peserta3@ruangpijar.id', 'peserta4@ruangpijar.id', 'mentor@ruangpijar.id', 'fasilitator@ruangpijar.id']
		.map((e) => ids.get(e))
		.filter((v): v is number => v !== undefined);
	for (const [i, entry] of published.entries()) {
		const givers = fans.filter((f, j) => !entry.team.includes(f) && (i + j) % 3 !== 0);
		if (givers.length) {
			await db.insert(appreciations).values(givers.map((userId) => ({ innovationId: entry.id, userId }))).onConflictDoNothing();
		}
	}
	await db.execute(
		sql`update ${innovations} set appreciation_count = (select count(*) from ${appreciations} a where a.innovation_id = ${innovations.id})
			where ${inArray(innovations.id, published.map((p) => p.id))}`
	);
	const first = published[0];
	const facilitator = ids.get('fasilitator@ruangpijar.id');
	const reader = ids.get('peserta3@ruangpijar.id');
	if (first && facilitator && reader) {
		await db.insert(comments).values([
			{ innovationId: first.id, authorId: facilitator, kind: 'public', body: 'Bagus sekali pilihan tetap menyediakan nomor kertas. Apakah ada data berapa lansia yang kini memakai WhatsApp sendiri?' },
			{ innovationId: first.id, authorId: reader, kind: 'public', body: 'Kami di Sikka tertarik. Berapa lama waktu yang dibutuhkan untuk menyiapkan nomor WhatsApp resmi?' }
		]);
		await db.update(innovations).set({ commentCount: 2 }).where(eq(innovations.id, first.id));
		// What the team would have been told along the way (in-app only: the demo sends no email).
		const [row] = await db.select({ slug: innovations.slug }).from(innovations).where(eq(innovations.id, first.id));
		const link = `/inovasi/${row?.slug ?? ''}`;
		for (const userId of first.team) {
			await db.insert(notifications).values([
				{ userId, kind: 'published', data: { title: first.title }, link, readAt: new Date(Date.now() - 100 * DAY), createdAt: new Date(Date.now() - 120 * DAY) },
				{ userId, kind: 'comment', data: { title: first.title, actor: 'Wulan Widyaiswara' }, link: `${link}#komentar`, createdAt: new Date(Date.now() - 3 * DAY) },
				{ userId, kind: 'comment', data: { title: first.title, actor: 'Sari Peserta' }, link: `${link}#komentar`, createdAt: new Date(Date.now() - 1 * DAY) }
			]);
		}
	}
	const market = published.find((p) => p.title.startsWith('Pasar Tani'));
	const requester = ids.get('peserta@ruangpijar.id');
	if (market && requester && !market.team.includes(requester)) {
		const [existing] = await db
			.select({ id: replicationRequests.id })
			.from(replicationRequests)
			.where(and(eq(replicationRequests.innovationId, market.id), eq(replicationRequests.requesterId, requester)));
		if (!existing) {
			const at = new Date(Date.now() - 9 * DAY).toISOString();
			await db.insert(replicationRequests).values({
				innovationId: market.id,
				requesterId: requester,
				agencyName: 'Pemerintah Kabupaten Sleman',
				provinceCode: '34',
				message: 'Kami ingin menerapkan katalog daring untuk BUMDes di lereng Merapi. Bisakah kami belajar standar sortir dan cara menggandeng koperasi ASN?',
				status: 'contacted',
				createdAt: new Date(Date.now() - 9 * DAY),
				updatedAt: new Date(Date.now() - 7 * DAY),
				history: [
					{ status: 'new', at, byUserId: requester, note: '' },
					{ status: 'contacted', at: new Date(Date.now() - 7 * DAY).toISOString(), byUserId: market.team[0] ?? null, note: 'Sudah dijadwalkan kunjungan daring minggu depan.' }
				]
			});
			await db.update(innovations).set({ replicationCount: 1 }).where(eq(innovations.id, market.id));
			await db.insert(notifications).values(
				market.team.map((userId) => ({
					userId,
					kind: 'replication_request',
					data: { title: market.title, agency: 'Pemerintah Kabupaten Sleman' },
					link: `/inovasi-saya/${market.id}/replikasi`,
					createdAt: new Date(Date.now() - 9 * DAY)
				}))
			);
		}
	}
}

const DEMO_BOARD_TITLE = 'Papan Tim Melati: umpan balik layanan kelurahan';

/** A team board for Tim Melati with the four classic frames, so "start a draft from a board" has a board to start from. */
export async function seedDemoBoard(db: Database): Promise<string | null> {
	const ids = await userIds(db);
	const ownerId = ids.get('peserta@ruangpijar.id');
	if (!ownerId) return null;
	const [team] = await db
		.select({ id: teams.id })
		.from(teams)
		.innerJoin(teamMembers, eq(teamMembers.teamId, teams.id))
		.where(and(eq(teamMembers.userId, ownerId), eq(teams.name, 'Tim Melati')));
	if (!team) return null;
	const [existing] = await db.select({ id: boards.id }).from(boards).where(and(eq(boards.teamId, team.id), eq(boards.title, DEMO_BOARD_TITLE)));
	if (existing) return existing.id;
	const boardId = await createBoard(db, { id: ownerId, role: 'participant' }, { title: DEMO_BOARD_TITLE, teamId: team.id });
	const raw = demoBoardShapes(
		[
			{ name: 'Rumusan masalah', color: 'red', notes: ['Warga tidak tahu ke mana menyampaikan keluhan layanan kelurahan', 'Lurah tidak punya data kepuasan per jenis layanan'] },
			{ name: 'Bagaimana jika kita…', color: 'blue', notes: ['…meminta penilaian warga tepat setelah dilayani?'] },
			{ name: 'Ide terpilih', color: 'green', notes: ['Kode QR di loket dan rapor layanan bulanan di papan informasi kelurahan'] },
			{ name: 'Hasil uji', color: 'violet', notes: ['Uji dua minggu: 164 penilaian, 81% warga puas', 'Warga lansia meminta kartu penilaian kertas'] }
		],
		String(ownerId)
	);
	const doc = new Y.Doc();
	const origin = createLocalOrigin(String(ownerId));
	updateMeta(doc, { title: DEMO_BOARD_TITLE }, origin);
	createShapes(doc, restoreShapes(raw).shapes, origin);
	const store = new DatabaseBoardStore(db);
	await store.append(boardId, Y.encodeStateAsUpdate(doc));
	await store.flush();
	doc.destroy();
	return boardId;
}
