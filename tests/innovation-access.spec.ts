import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';

// Authorization matrix: every innovation route and action × anonymous, the team's participant,
// another team's participant, mentor, facilitator, curator and admin, on the seeded demo.
const PASSWORD = 'PijarDemo2026!';
const ROLES = {
	anonymous: null,
	team: 'peserta@ruangpijar.id',
	other: 'peserta3@ruangpijar.id',
	mentor: 'mentor@ruangpijar.id',
	facilitator: 'fasilitator@ruangpijar.id',
	curator: 'kurator@ruangpijar.id',
	admin: 'admin@ruangpijar.id'
} as const;
type RoleName = keyof typeof ROLES;
const NAMES = Object.keys(ROLES) as RoleName[];

/**
 * Expected status per role; 303 for anonymous means "sent to sign in". Form posts ask for HTML, as a
 * browser without JavaScript does (with `accept: *\/*` SvelteKit answers actions as JSON with 200).
 */
type Row = { method: 'GET' | 'POST'; path: string; form?: Record<string, string>; expect: Record<RoleName, number> };

async function requestFor(browser: Browser, email: string | null): Promise<APIRequestContext> {
	const context = await browser.newContext();
	if (email) {
		const page = await context.newPage();
		await page.goto('/masuk');
		await page.locator('main input[name="email"]').fill(email);
		await page.locator('main input[name="password"]').fill(PASSWORD);
		await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/masuk')), page.locator('main form button[type="submit"]').click()]);
		await page.close();
	}
	return context.request;
}

test('authorization matrix over innovation routes and actions', async ({ browser, baseURL }) => {
	test.setTimeout(180_000);
	const requests = Object.fromEntries(await Promise.all(NAMES.map(async (n) => [n, await requestFor(browser, ROLES[n])] as const))) as Record<RoleName, APIRequestContext>;

	// Ids differ per database: find the seeded draft (Tim Melati), the submitted entry and the team board.
	const teamList = await (await requests.team.get('/inovasi-saya')).text();
	const draftId = /href="\/inovasi-saya\/(\d+)"[^>]*>Rapor Layanan Kelurahan</.exec(teamList)?.[1];
	const queue = await (await requests.curator.get('/kurasi')).text();
	const submittedId = /href="\/kurasi\/(\d+)"[^>]*>Konseling Remaja Daring Puskesmas</.exec(queue)?.[1];
	const boards = await (await requests.team.get('/inovasi-saya/dari-papan')).text();
	const boardId = /href="\/inovasi-saya\/dari-papan\/([a-z2-7]{24})"/.exec(boards)?.[1];
	expect(draftId && submittedId && boardId, 'seeded draft, submitted entry and team board').toBeTruthy();
	const slug = 'sipandu-antrean-puskesmas-lewat-whatsapp';
	const signIn = 303;

	const rows: Row[] = [
		{ method: 'GET', path: '/inovasi-saya', expect: { anonymous: signIn, team: 200, other: 200, mentor: 200, facilitator: 200, curator: 200, admin: 200 } },
		{ method: 'GET', path: `/inovasi-saya/${draftId}/ringkasan`, expect: { anonymous: signIn, team: 200, other: 404, mentor: 200, facilitator: 200, curator: 404, admin: 404 } },
		{ method: 'GET', path: `/inovasi-saya/${draftId}/pratinjau`, expect: { anonymous: signIn, team: 200, other: 404, mentor: 200, facilitator: 200, curator: 404, admin: 404 } },
		{ method: 'GET', path: `/inovasi-saya/${draftId}/masukan`, expect: { anonymous: signIn, team: 200, other: 404, mentor: 200, facilitator: 200, curator: 404, admin: 404 } },
		{ method: 'GET', path: `/inovasi-saya/${draftId}/replikasi`, expect: { anonymous: signIn, team: 200, other: 404, mentor: 404, facilitator: 404, curator: 404, admin: 404 } },
		{ method: 'GET', path: `/inovasi-saya/${draftId}/tim`, expect: { anonymous: signIn, team: 200, other: 404, mentor: 200, facilitator: 200, curator: 404, admin: 404 } },
		{
			method: 'POST',
			path: `/inovasi-saya/${draftId}/cerita?/save`,
			form: { background: 'Latar belakang yang sama.', solution: '', novelty: '' },
			expect: { anonymous: signIn, team: 200, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 }
		},
		{ method: 'POST', path: `/inovasi-saya/${draftId}/tim?/invite`, form: { email: 'tidak-terdaftar@example.go.id' }, expect: { anonymous: signIn, team: 400, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/media?/remove`, form: { mediaId: '999999' }, expect: { anonymous: signIn, team: 200, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/kirim?/withdraw`, form: {}, expect: { anonymous: signIn, team: 409, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'GET', path: `/inovasi-saya/${submittedId}/pratinjau`, expect: { anonymous: signIn, team: 404, other: 200, mentor: 200, facilitator: 200, curator: 200, admin: 200 } },
		{ method: 'GET', path: `/inovasi-saya/${submittedId}/replikasi`, expect: { anonymous: signIn, team: 404, other: 200, mentor: 404, facilitator: 404, curator: 200, admin: 200 } },
		{ method: 'GET', path: '/kurasi', expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 200, admin: 200 } },
		{ method: 'GET', path: `/kurasi/${submittedId}`, expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 200, admin: 200 } },
		{ method: 'GET', path: `/kurasi/${draftId}`, expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{
			method: 'POST',
			path: `/kurasi/${submittedId}?/decide`,
			// A forged action name: curators get a refused transition, everyone else is not allowed at all.
			form: { action: 'published', note: 'x' },
			expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 409, admin: 409 }
		},
		{ method: 'POST', path: `/kurasi/${submittedId}?/feature`, form: { featured: '1' }, expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 409, admin: 409 } },
		{ method: 'GET', path: '/kurasi/koleksi', expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 200, admin: 200 } },
		{ method: 'GET', path: '/kurasi/komentar', expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 200, admin: 200 } },
		{ method: 'GET', path: `/inovasi/${slug}`, expect: { anonymous: 200, team: 200, other: 200, mentor: 200, facilitator: 200, curator: 200, admin: 200 } },
		{ method: 'GET', path: '/inovasi/draf-tidak-ada', expect: { anonymous: 404, team: 404, other: 404, mentor: 404, facilitator: 404, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi/${slug}?/appreciate`, form: { want: '0' }, expect: { anonymous: signIn, team: 200, other: 200, mentor: 200, facilitator: 200, curator: 200, admin: 200 } },
		{ method: 'POST', path: `/inovasi/${slug}?/moderateComment`, form: { commentId: '999999', status: 'sideways' }, expect: { anonymous: 401, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 400, admin: 400 } },
		{ method: 'GET', path: `/inovasi/${slug}/replikasi`, expect: { anonymous: signIn, team: 200, other: 200, mentor: 200, facilitator: 200, curator: 200, admin: 200 } },
		{ method: 'GET', path: '/notifikasi', expect: { anonymous: signIn, team: 200, other: 200, mentor: 200, facilitator: 200, curator: 200, admin: 200 } },
		{ method: 'GET', path: `/inovasi-saya/dari-papan/${boardId}`, expect: { anonymous: signIn, team: 200, other: 200, mentor: 200, facilitator: 200, curator: 404, admin: 200 } },
		{ method: 'POST', path: `/inovasi-saya/dari-papan/${boardId}`, form: { title: 'x'.repeat(141) }, expect: { anonymous: signIn, team: 400, other: 400, mentor: 400, facilitator: 400, curator: 404, admin: 400 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/media?/update`, form: { mediaId: '999999', alt: 'Foto', caption: '' }, expect: { anonymous: signIn, team: 200, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/media?/move`, form: { mediaId: '999999', direction: 'up' }, expect: { anonymous: signIn, team: 200, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/media?/upload`, form: { alt: '' }, expect: { anonymous: signIn, team: 400, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/tim?/visibility`, form: { public: '1' }, expect: { anonymous: signIn, team: 200, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/tim?/addMentor`, form: { email: 'tidak-terdaftar@example.go.id' }, expect: { anonymous: signIn, team: 400, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/tim?/remove`, form: { userId: '999999' }, expect: { anonymous: signIn, team: 400, other: 404, mentor: 403, facilitator: 403, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${draftId}/masukan`, form: { body: '' }, expect: { anonymous: signIn, team: 400, other: 404, mentor: 400, facilitator: 400, curator: 404, admin: 404 } },
		{ method: 'POST', path: `/inovasi-saya/${submittedId}/replikasi?/advance`, form: { requestId: '999999', status: 'done' }, expect: { anonymous: signIn, team: 404, other: 409, mentor: 404, facilitator: 404, curator: 409, admin: 409 } },
		{ method: 'POST', path: `/kurasi/${submittedId}?/note`, form: { note: '' }, expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 400, admin: 400 } },
		{ method: 'POST', path: `/kurasi/${submittedId}?/collection`, form: { collectionId: '0' }, expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 400, admin: 400 } },
		{ method: 'POST', path: '/kurasi/koleksi?/create', form: { title: '' }, expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 400, admin: 400 } },
		{ method: 'POST', path: '/kurasi/komentar?/moderate', form: { commentId: '0', status: 'hidden' }, expect: { anonymous: signIn, team: 403, other: 403, mentor: 403, facilitator: 403, curator: 400, admin: 400 } },
		{ method: 'POST', path: '/notifikasi?/readAll', form: {}, expect: { anonymous: signIn, team: 200, other: 200, mentor: 200, facilitator: 200, curator: 200, admin: 200 } },
		{ method: 'POST', path: `/inovasi/${slug}?/comment`, form: { body: '' }, expect: { anonymous: signIn, team: 400, other: 400, mentor: 400, facilitator: 400, curator: 400, admin: 400 } },
		{ method: 'POST', path: `/inovasi/${slug}?/flag`, form: { commentId: '999999' }, expect: { anonymous: signIn, team: 400, other: 400, mentor: 400, facilitator: 400, curator: 400, admin: 400 } },
		{ method: 'POST', path: `/inovasi/${slug}/replikasi`, form: { agencyName: '', provinceCode: '', message: '' }, expect: { anonymous: signIn, team: 400, other: 400, mentor: 400, facilitator: 400, curator: 400, admin: 400 } },
		{ method: 'POST', path: '/inovasi-saya?/create', form: {}, expect: { anonymous: signIn, team: 303, other: 303, mentor: 303, facilitator: 303, curator: 303, admin: 303 } }
	];

	const failures: string[] = [];
	for (const row of rows) {
		for (const role of NAMES) {
			const request = requests[role];
			const response =
				row.method === 'GET'
					? await request.get(row.path, { maxRedirects: 0 })
					: await request.post(row.path, { form: row.form ?? {}, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
			const status = response.status();
			if (status !== row.expect[role]) failures.push(`${row.method} ${row.path} as ${role}: ${status}, expected ${row.expect[role]}`);
			// A 303 for a signed-out visitor must be the sign-in page, not some other way in.
			if (status === 303 && role === 'anonymous') {
				expect(response.headers()['location'], `${row.path} as ${role}`).toMatch(/^\/masuk\?redirectTo=/);
			}
		}
	}
	expect(failures).toEqual([]);
	// Nobody reached the seeded draft's content by accident.
	const after = await (await requests.team.get(`/inovasi-saya/${draftId}/cerita`)).text();
	expect(after).toContain('Latar belakang yang sama.');
});
