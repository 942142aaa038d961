/**
 * Two realtime instances on one PostgreSQL database and one Redis: clients on different instances
 * converge (documents and presence), also after every Redis connection of both instances is
 * killed — which is what a Redis restart looks like to them — and a pub/sub message lost while a
 * subscriber was away is repaired from the update log. Only this run's own Redis connections and
 * channels are touched: other people use the same Redis server.
 */
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createTestDatabase } from '../db/testing';
import type { DatabaseHandle } from '../db/client';
import { reportServiceUsed } from '../testing/report';
import { RedisRelay } from './pubsub';
import { metrics } from './metrics';
import { connectClient, createTestBoard, createTestUser, startTestServer, waitFor, within, type TestClient, type TestServer, type TestUser } from './testing';

const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;
const postgresUrl = process.env.TEST_DATABASE_URL;
const available = Boolean(redisUrl && postgresUrl);

if (!available && process.env.CI) {
	it('runs the scale-out tests in CI', () => {
		throw new Error('TEST_REDIS_URL (or REDIS_URL) and TEST_DATABASE_URL must be set in CI');
	});
}

describe.skipIf(!available)('two instances on PostgreSQL + Redis', () => {
	let handle: DatabaseHandle;
	let admin: Redis;
	let relays: RedisRelay[];
	let a: TestServer;
	let b: TestServer;
	let owner: TestUser;
	let board: string;
	const clients: TestClient[] = [];

	const client = (server: TestServer, user: TestUser = owner) => {
		const c = connectClient(server.url, board, { token: user.token });
		clients.push(c);
		return c;
	};
	const shapesOf = (c: TestClient) => c.doc.getMap('shapes').toJSON();
	const converged = (...cs: TestClient[]) => cs.every((c) => isDeepStrictEqual(shapesOf(c), shapesOf(cs[0]!)));

	/** Kills the given Redis connections of our relays by id (CLIENT KILL ID), as a restart would. */
	async function killConnections(which: 'all' | 'sub', relay?: RedisRelay): Promise<number> {
		const names = (relay ? [relay] : relays).flatMap((r) =>
			which === 'all' ? [`rp-realtime-${r.instanceId}-pub`, `rp-realtime-${r.instanceId}-sub`] : [`rp-realtime-${r.instanceId}-sub`]
		);
		const list = (await admin.client('LIST')) as string;
		const ids = list
			.split('\n')
			.map((line) => Object.fromEntries(line.split(' ').map((kv) => kv.split('=') as [string, string])))
			.filter((info) => names.includes(info.name!))
			.map((info) => info.id!);
		for (const id of ids) await admin.client('KILL', 'ID', id);
		return ids.length;
	}

	beforeAll(async () => {
		handle = await createTestDatabase('postgres');
		admin = new Redis(redisUrl!, { connectionName: 'rp-realtime-test-admin' });
		const prefix = `rp-test-${randomBytes(4).toString('hex')}:`;
		relays = [new RedisRelay({ url: redisUrl!, prefix }), new RedisRelay({ url: redisUrl!, prefix })];
		await Promise.all(relays.flatMap((r) => [r.publisher.ping(), r.subscriber.ping()]));
		reportServiceUsed('redis', 'realtime-scale-out');
		const limits = { repairIntervalMs: 500, awarenessIntervalMs: 20 };
		a = await startTestServer(handle.db, { relay: relays[0], limits });
		b = await startTestServer(handle.db, { relay: relays[1], limits });
		owner = await createTestUser(handle.db, 'Pemilik Papan');
		board = await createTestBoard(handle.db, owner);
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await a?.close();
		await b?.close();
		admin?.disconnect();
		await handle?.close();
	});

	it('converges clients connected to different instances, presence included', async () => {
		const [onA, onB, alsoOnB] = [client(a), client(b), client(b)];
		await within(Promise.all([onA.synced, onB.synced, alsoOnB.synced]), 5_000, 'sync');
		onA.doc.getMap('shapes').set('dari-a', 1);
		onB.doc.getMap('shapes').set('dari-b', 2);
		alsoOnB.doc.getMap('shapes').set('dari-b2', 3);
		await waitFor(() => converged(onA, onB, alsoOnB) && onA.doc.getMap('shapes').size === 3, 5_000, 'convergence');
		onA.provider.awareness.setLocalStateField('user', { color: '#0a0' });
		await waitFor(() => onB.provider.awareness.getStates().get(onA.doc.clientID)?.user?.name === owner.name, 5_000, 'presence across instances');
		const late = client(a);
		await within(late.synced, 5_000, 'late sync');
		expect(shapesOf(late)).toEqual({ 'dari-a': 1, 'dari-b': 2, 'dari-b2': 3 });
	});

	it('repairs a message lost while a subscriber was away from the update log', async () => {
		const [onA, onB] = [client(a), client(b)];
		await within(Promise.all([onA.synced, onB.synced]), 5_000, 'sync');
		const repairs = (await metrics.repairs.get()).values[0]?.value ?? 0;
		expect(await killConnections('sub', relays[1])).toBe(1);
		// Published while instance B's subscriber is gone: B only learns of these from the log.
		for (let i = 0; i < 10; i++) onA.doc.getMap('shapes').set(`hilang-${i}`, i);
		await waitFor(() => converged(onA, onB) && onB.doc.getMap('shapes').has('hilang-9'), 10_000, 'repair');
		expect((await metrics.repairs.get()).values[0]?.value ?? 0).toBeGreaterThan(repairs);
	});

	it('converges again after Redis drops every connection of both instances', async () => {
		const [onA, onB] = [client(a), client(b)];
		await within(Promise.all([onA.synced, onB.synced]), 5_000, 'sync');
		expect(await killConnections('all')).toBe(4);
		onA.doc.getMap('shapes').set('setelah-restart-a', true);
		onB.doc.getMap('shapes').set('setelah-restart-b', true);
		await waitFor(
			() => converged(onA, onB) && onA.doc.getMap('shapes').has('setelah-restart-b') && onB.doc.getMap('shapes').has('setelah-restart-a'),
			10_000,
			'convergence after restart'
		);
		onB.doc.getMap('shapes').set('lalu-lagi', 1);
		await waitFor(() => onA.doc.getMap('shapes').get('lalu-lagi') === 1, 5_000, 'pub/sub back');
	});
});
