/**
 * The live overview against a real realtime server: a facilitator sees every team board with a
 * thumbnail of its current shapes and who is on it; participants are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { createShape } from '../../canvas/model';
import { createShapes, setText, getShapeText } from '../../canvas/sync';
import { DatabaseBoardStore } from '../realtime/persistence';
import { connectClient, createTestBoard, createTestTeam, createTestUser, startTestServer, waitFor, within, type TestServer, type TestUser } from '../realtime/testing';
import { WorkshopError } from './errors';
import { workshopOverview } from './overview';

describe.each(TEST_DATABASE_KINDS)('workshop overview on %s', (kind) => {
	let handle: DatabaseHandle;
	let server: TestServer;
	let facilitator: TestUser;
	let participant: TestUser;
	let workshopId: number;
	let board: string;

	beforeAll(async () => {
		handle = await createTestDatabase(kind);
		facilitator = await createTestUser(handle.db, 'Fajar Fasilitator', 'facilitator');
		participant = await createTestUser(handle.db, 'Putu Peserta');
		const team = await createTestTeam(handle.db, { workshop: [[facilitator, 'facilitator']], team: [[participant, 'participant']] });
		workshopId = team.workshopId;
		board = await createTestBoard(handle.db, participant, { teamId: team.teamId, workshopId, title: 'Peta empati' });
		server = await startTestServer(handle.db, { limits: { awarenessIntervalMs: 20 } });
	});

	afterAll(async () => {
		await server?.close();
		await handle?.close();
	});

	it('shows each team board live: thumbnail of its shapes, stage, and who is present', async () => {
		const client = connectClient(server.url, board, { token: participant.token });
		await within(client.synced, 5_000, 'sync');
		client.provider.awareness.setLocalStateField('user', { name: 'ignored', color: '#000' });
		const origin = { kind: 'local', userId: String(participant.id) } as const;
		const [id] = createShapes(client.doc, [createShape('sticky', { x: 10, y: 10 }, { author: 'p', now: 1, order: 'a0' })], origin);
		client.doc.transact(() => setText(getShapeText(client.doc, id!, 'text')!, 'Warga antre lama'), origin);
		const deps = { store: new DatabaseBoardStore(handle.db), registry: server.realtime.registry };
		await waitFor(async () => {
			const [entry] = await workshopOverview(handle.db, facilitator, workshopId, deps);
			return entry?.shapeCount === 1 && entry.present.length === 1 && entry.thumbnail.includes('Warga');
		}, 5_000, 'overview caught up');
		const [entry] = await workshopOverview(handle.db, facilitator, workshopId, deps);
		expect(entry).toMatchObject({ id: board, title: 'Peta empati', stage: 'empati', present: ['Putu Peserta'] });
		expect(entry!.thumbnail).toContain('<svg');
		expect(entry!.thumbnail).toContain('Warga');
		client.destroy();
		const refused = await workshopOverview(handle.db, participant, workshopId, deps).then(() => null, (e: unknown) => e);
		expect(refused).toBeInstanceOf(WorkshopError);
	});
});
