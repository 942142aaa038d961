import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';

// The realtime endpoint of the production server (server.js → the handler the app registers in
// its init hook), with real sessions from signing in through the browser: teammates' stock
// y-websocket clients converge, a viewer's writes go nowhere, outsiders, strangers and wrong
// origins are refused with their close codes, and deleting the board closes a live socket.
const DEMO_PASSWORD = 'PijarDemo2026!';

async function signedIn(browser: Browser, email: string): Promise<BrowserContext> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/masuk');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
	await page.locator('main').getByRole('button', { name: 'Masuk' }).click();
	await expect(page).not.toHaveURL(/\/masuk/);
	return context;
}

async function sessionCookie(context: BrowserContext): Promise<string> {
	const cookie = (await context.cookies()).find((c) => c.name === 'rp_session');
	expect(cookie).toBeDefined();
	return `rp_session=${cookie!.value}`;
}

interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	synced: Promise<void>;
	closed: Promise<{ code: number; reason: string }>;
}

function client(baseURL: string, boardId: string, headers: Record<string, string>): Client {
	class WithHeaders extends WebSocket {
		constructor(address: string, protocols?: string | string[]) {
			super(address, protocols, { headers });
		}
	}
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(baseURL.replace(/^http/, 'ws') + '/realtime', boardId, doc, {
		WebSocketPolyfill: WithHeaders as never,
		disableBc: true
	});
	return {
		doc,
		provider,
		synced: new Promise((resolve) => provider.once('sync', () => resolve())),
		closed: new Promise((resolve) =>
			provider.on('connection-close', (event: { code: number; reason: string } | null) => {
				if (event) resolve({ code: event.code, reason: String(event.reason) });
			})
		)
	};
}

test('teammates converge through /realtime; viewers, outsiders and strangers are held off; deletion closes live sockets', async ({ browser, baseURL }) => {
	test.setTimeout(90_000);
	const origin = new URL(baseURL!).origin;
	const title = `Papan Realtime ${Date.now().toString(36)}`;

	// Putri creates a board for her team (Tim Melati) through the page.
	const putri = await signedIn(browser, 'peserta@ruangpijar.id');
	const page = await putri.newPage();
	await page.goto('/papan');
	await page.getByLabel('Judul papan', { exact: true }).fill(title);
	const team = page.getByLabel('Untuk tim');
	await team.selectOption((await team.locator('option', { hasText: 'Tim Melati' }).first().getAttribute('value'))!);
	await page.getByRole('button', { name: 'Buat papan' }).click();
	await expect(page).toHaveURL(/\/papan\/[a-z2-7]{24}$/);
	const boardId = new URL(page.url()).pathname.split('/').pop()!;

	const headersOf = async (email: string) => ({ origin, cookie: await sessionCookie(await signedIn(browser, email)) });
	const clients: Client[] = [];
	const connect = (headers: Record<string, string>) => {
		const c = client(baseURL!, boardId, headers);
		clients.push(c);
		return c;
	};
	try {
		const mine = connect({ origin, cookie: await sessionCookie(putri) });
		const bima = connect(await headersOf('peserta2@ruangpijar.id'));
		const sari = connect(await headersOf('peserta3@ruangpijar.id'));
		await Promise.all([mine.synced, bima.synced, sari.synced]);

		mine.doc.getMap('shapes').set('dari-putri', 'Warga antre terlalu lama');
		bima.doc.getText('catatan').insert(0, 'Formulir daring membingungkan');
		// Sari is in another team of the workshop: she may look, and her write is dropped.
		sari.doc.getMap('shapes').set('dari-sari', 'tidak boleh sampai');
		await expect.poll(() => bima.doc.getMap('shapes').get('dari-putri')).toBe('Warga antre terlalu lama');
		await expect.poll(() => mine.doc.getText('catatan').toString()).toBe('Formulir daring membingungkan');
		await expect.poll(() => sari.doc.getText('catatan').toString()).toBe('Formulir daring membingungkan');
		expect(mine.doc.getMap('shapes').has('dari-sari')).toBe(false);
		expect(bima.doc.getMap('shapes').has('dari-sari')).toBe(false);

		// Refusals, each with its own close code.
		expect(await connect(await headersOf('kurator@ruangpijar.id')).closed).toEqual({ code: 4403, reason: 'no access to this board' });
		expect(await connect({ origin }).closed).toEqual({ code: 4401, reason: 'not signed in' });
		expect(await connect({ origin: 'https://evil.example', cookie: await sessionCookie(putri) }).closed).toEqual({
			code: 4403,
			reason: 'origin not allowed'
		});

		// Deleting the board (the list page's form, as posted) closes Bima's open socket at once.
		const deleted = await page.request.post('/papan?/delete', { form: { id: boardId, confirm: 'on' }, headers: { origin } });
		expect(deleted.ok()).toBe(true);
		expect(await bima.closed).toEqual({ code: 4404, reason: 'board deleted' });
	} finally {
		for (const c of clients) c.provider.destroy();
	}
});

test('the board document for the first paint: members get it compressed, others get nothing', async ({ browser, baseURL }) => {
	test.setTimeout(60_000);
	const origin = new URL(baseURL!).origin;
	const putri = await signedIn(browser, 'peserta@ruangpijar.id');
	const page = await putri.newPage();
	await page.goto('/papan');
	await page.getByLabel('Judul papan', { exact: true }).fill(`Papan Dokumen ${Date.now().toString(36)}`);
	const team = page.getByLabel('Untuk tim');
	await team.selectOption((await team.locator('option', { hasText: 'Tim Melati' }).first().getAttribute('value'))!);
	await page.getByRole('button', { name: 'Buat papan' }).click();
	await expect(page).toHaveURL(/\/papan\/[a-z2-7]{24}$/);
	const boardId = new URL(page.url()).pathname.split('/').pop()!;
	const url = `${origin}/papan/${boardId}/dokumen`;

	const writer = client(baseURL!, boardId, { origin, cookie: await sessionCookie(putri) });
	try {
		await writer.synced;
		writer.doc.getMap('shapes').set('dari-putri', 'Warga antre terlalu lama');
		// A teammate's copy, as the editor fetches it: gzip on the wire, a Yjs update with the note.
		const bima = { cookie: await sessionCookie(await signedIn(browser, 'peserta2@ruangpijar.id')) };
		await expect
			.poll(async () => {
				const response = await fetch(url, { headers: { ...bima, 'accept-encoding': 'gzip' } });
				const doc = new Y.Doc();
				Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
				return [response.status, response.headers.get('content-encoding'), response.headers.get('cache-control'), doc.getMap('shapes').get('dari-putri')];
			})
			.toEqual([200, 'gzip', 'private, no-store', 'Warga antre terlalu lama']);

		// Someone without a role learns nothing (not even that the board exists); no session: 401.
		const kurator = { cookie: await sessionCookie(await signedIn(browser, 'kurator@ruangpijar.id')) };
		const refused = await fetch(url, { headers: kurator });
		expect(refused.status).toBe(404);
		expect(await refused.text()).not.toContain('Warga antre');
		expect((await fetch(url)).status).toBe(401);
		expect((await fetch(`${origin}/papan/bukan-papan/dokumen`, { headers: bima })).status).toBe(404);
	} finally {
		writer.provider.destroy();
	}
});
