/**
 * `npm run bench:gallery` — the public gallery under load. Seeds 10,000 published innovations into a
 * scratch database, starts the production build against it, and prints one JSON line:
 *
 *   { database, entries, list_rps, list_p99_ms, search_p95_ms, search_server_p95_ms, static_rps,
 *     list_vs_static, js_kb_gz_gallery, js_kb_gz_entry }
 *
 * list_*: autocannon on /inovasi with 50 connections; static_*: the same on a static file of the
 * same size served by the same server; search_p95_ms: 200 different /inovasi?q=… requests one at
 * a time, each timed as a whole HTTP round trip (search, page rendering and transfer), and
 * search_server_p95_ms the search alone as the page's Server-Timing header reports it; js_kb_gz_*:
 * gzipped JavaScript a browser loads for /inovasi and for an entry page.
 *
 * Run `npm run build` first. Options: --database postgres|pglite (postgres: a scratch database made
 * through BENCH_DATABASE_URL, TEST_DATABASE_URL or the local default, dropped afterwards),
 * --entries <n> (10000), --duration <s> (10), --app <dir> (folder with server.js and build/; default .),
 * --queries (print each search's round trip and server time to stderr, slowest last), --keep (keep
 * the scratch database and print its address, to look at plans or profile the server against it).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../../src/lib/server/db/client';
import { innovationRevisions, innovations } from '../../src/lib/server/db/schema';
import { specContent, type EntrySpec } from '../../src/lib/server/gallery/fixtures';
import { STAGES, GOVERNMENT_LEVELS } from '../../src/lib/innovations/fields';

const { values: args } = parseArgs({
	options: {
		database: { type: 'string', default: 'postgres' },
		entries: { type: 'string', default: '10000' },
		duration: { type: 'string', default: '10' },
		app: { type: 'string', default: '.' },
		queries: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false }
	}
});
const ENTRIES = Number(args.entries);
const DURATION = Number(args.duration);
const APP_DIR = path.resolve(args.app!);

const WORDS = {
	what: ['Pelayanan', 'Layanan', 'Aplikasi', 'Sistem', 'Gerakan', 'Program', 'Klinik', 'Sekolah', 'Posyandu', 'Pasar', 'Bank', 'Peta'],
	topic: ['Kesehatan', 'Adminduk', 'Perizinan', 'Sampah', 'Pangan', 'Stunting', 'Bencana', 'Pajak', 'Pendidikan', 'UMKM', 'Air Bersih', 'Transportasi'],
	how: ['Keliling', 'Digital', 'Terpadu', 'Jemput Bola', 'Daring', 'Berbasis Desa', 'Satu Pintu', 'Cepat', 'Ramah Anak', 'Inklusif'],
	body: [
		'Warga tidak perlu datang ke kantor karena petugas datang ke desa.',
		'Antrean dipindahkan ke ponsel sehingga waktu tunggu turun.',
		'Kader dilatih mencatat data dan melaporkannya setiap pekan.',
		'Pengaduan warga dijawab dalam dua hari kerja dengan status yang bisa dilacak.',
		'Anggaran kecil, memakai aset yang sudah ada di kecamatan.'
	]
};
const THEMES = ['kesehatan', 'pendidikan', 'ketahanan-pangan', 'tata-kelola', 'layanan-publik-digital', 'kebencanaan', 'ekonomi-umkm', 'lingkungan-hidup'];
const KINDS = ['pemkab', 'pemkot', 'pemprov', 'kementerian', 'lpnk'];
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

async function seed(db: Database, n: number): Promise<void> {
	const provinces = await queryRows<{ code: string; name: string }>(db, sql`select code, name from provinces order by code`);
	const BATCH = 500;
	for (let start = 0; start < n; start += BATCH) {
		const specs: EntrySpec[] = [];
		for (let i = start; i < Math.min(n, start + BATCH); i++) {
			const title = `${pick(WORDS.what, i)} ${pick(WORDS.topic, Math.floor(i / 12))} ${pick(WORDS.how, Math.floor(i / 144))} ${i}`;
			const province = pick(provinces, i * 7);
			specs.push({
				slug: `bench-${i}`,
				title,
				summary: `${pick(WORDS.body, i)} ${pick(WORDS.body, i + 2)}`,
				body: [0, 1, 2, 3].map((k) => pick(WORDS.body, i + k)).join(' '),
				stage: pick(STAGES, i),
				isDigital: i % 3 === 0,
				governmentLevel: pick(GOVERNMENT_LEVELS, i),
				province,
				agency: { name: `Pemerintah Daerah ${province.name} ${i % 40}`, kind: pick(KINDS, i) },
				themes: [pick(THEMES, i), pick(THEMES, i + 3)],
				sdgs: [1 + (i % 17), 1 + ((i + 5) % 17)],
				startedOn: `${2019 + (i % 7)}-0${1 + (i % 9)}-01`,
				appreciations: i % 97
			});
		}
		const rows = await db
			.insert(innovations)
			.values(specs.map((s) => ({ slug: s.slug, title: s.title, status: 'draft' as const, appreciationCount: s.appreciations ?? 0 })))
			.returning({ id: innovations.id });
		const at = Date.now() - 1000 * 3600 * 24 * 365;
		await db.insert(innovationRevisions).values(
			rows.map((r, k) => ({ innovationId: r.id, content: specContent(specs[k]!), publishedAt: new Date(at + (start + k) * 60_000) }))
		);
	}
	// One statement publishes all: the triggers fill gallery_entries as a curator's publication would.
	await db.execute(sql`update innovations i set status = 'published', published_revision_id = r.id, published_at = r.published_at
		from innovation_revisions r where r.innovation_id = i.id and i.slug like 'bench-%'`);
	// A steady-state database, as autovacuum leaves it: the bulk publication rewrote every entry and
	// its vocabulary rows, and a freshly loaded table would otherwise be read through dead versions.
	await db.execute(sql`vacuum analyze`);
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const srv = createServer().listen(0, () => {
			const port = (srv.address() as { port: number }).port;
			srv.close(() => resolve(port));
		});
	});
}

async function waitFor(url: string, ms = 60_000): Promise<void> {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(`server did not answer ${url}`);
}

async function load(url: string, connections: number): Promise<{ rps: number; p99: number; non2xx: number }> {
	const result = await autocannon({ url, connections, duration: DURATION });
	return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}

async function jsGzipKb(base: string, pagePath: string): Promise<number> {
	const res = await fetch(base + pagePath);
	const html = await res.text();
	const srcs = new Set<string>();
	// SvelteKit lists the page's modules as modulepreload in the Link header; the HTML imports the entry points.
	for (const match of (res.headers.get('link') ?? '').matchAll(/<([^>]+\.js)>; rel="modulepreload"/g)) srcs.add(match[1]!);
	for (const match of html.matchAll(/(?:href|src)="([^"]+\.js)"/g)) srcs.add(match[1]!);
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) srcs.add(match[1]!);
	let bytes = 0;
	for (const src of srcs) {
		const body = Buffer.from(await (await fetch(new URL(src, base + pagePath))).arrayBuffer());
		bytes += gzipSync(body, { level: 9 }).length;
	}
	return Math.round((bytes / 1024) * 10) / 10;
}

async function main(): Promise<void> {
	let databaseUrl = '';
	let dataDir = '';
	let dropDatabase = async () => {};
	if (args.database === 'postgres') {
		const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
		const name = `rp_bench_${randomBytes(4).toString('hex')}`;
		const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		databaseUrl = url.toString();
		dropDatabase = async () => {
			if (args.keep) console.error(`kept: ${databaseUrl}`);
			else await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		};
	} else {
		dataDir = mkdtempSync(path.join(tmpdir(), 'rp-bench-gallery-'));
	}
	const staticFile = path.join(APP_DIR, 'build', 'client', `bench-static-${randomBytes(4).toString('hex')}.html`);
	let server: ReturnType<typeof spawn> | null = null;
	try {
		const handle = await openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir: path.join(dataDir, 'pglite') });
		await seed(handle.db, ENTRIES);
		const [{ n }] = (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from gallery_entries`)) as [{ n: number }];
		await handle.close();

		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		server = spawn(process.execPath, ['server.js'], {
			cwd: APP_DIR,
			env: { ...process.env, PORT: String(port), ORIGIN: base, DATABASE_URL: databaseUrl, DATA_DIR: dataDir || path.join(tmpdir(), 'rp-unused'), REDIS_URL: '' },
			stdio: ['ignore', 'ignore', 'inherit']
		});
		await waitFor(`${base}/inovasi`);

		const listHtml = await (await fetch(`${base}/inovasi`)).text();
		writeFileSync(staticFile, listHtml.length ? Buffer.alloc(Buffer.byteLength(listHtml), 'a') : '');
		// Warm both paths so the first measured second is not a cold start.
		await autocannon({ url: `${base}/inovasi`, connections: 10, amount: 200 });
		const list = await load(`${base}/inovasi`, 50);
		const stat = await load(`${base}/${path.basename(staticFile)}`, 50);

		// 20 texts (stemming, several words, typos for the trigram fallback) × 10 filter sets: every
		// one of the 200 requests is a different query, so none is answered by the result cache.
		const terms = [
			'pelayanan', 'layanan kesehatan', 'adminduk jemput bola', 'pelayann', 'inovsi', 'sampah', 'stunting posyandu',
			'umkm pasar', 'bencana', 'air bersih', 'perizinan satu pintu', 'klinik keliling', 'pendidikan', 'pajak daring',
			'kesehatn', 'posyandu digital', 'sekolah ramah anak', 'peta bencana', 'transportasi', 'pangan terpadu'
		];
		const filters = [
			'', '&provinsi=33', '&tahap=diterapkan', '&digital=ya', '&tema=kesehatan', '&tahun=2022&urut=apresiasi',
			'&tingkat=provinsi', '&sdg=3&urut=terbaru', '&instansi=pemkot&tahap=uji_coba', '&provinsi=33&provinsi=35&digital=tidak'
		];
		const times: number[] = [];
		const serverTimes: number[] = [];
		const report: { i: number; url: string; ms: number; server: number }[] = [];
		for (let i = 0; i < 200; i++) {
			const q = encodeURIComponent(`${pick(terms, i)}${i % 4 === 0 ? ` ${i}` : ''}`);
			const started = performance.now();
			const url = `/inovasi?q=${q}${pick(filters, Math.floor(i / terms.length))}`;
			const res = await fetch(base + url);
			await res.arrayBuffer();
			times.push(performance.now() - started);
			const dur = /search;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
			if (dur) serverTimes.push(Number(dur[1]));
			report.push({ i, url, ms: times[times.length - 1]!, server: dur ? Number(dur[1]) : NaN });
		}
		if (args.queries) {
			for (const r of report.sort((a, b) => a.ms - b.ms)) console.error(`#${r.i} ${r.ms.toFixed(1)} ms (search ${r.server.toFixed(1)}) ${decodeURIComponent(r.url)}`);
		}
		const p95of = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.95) - 1] ?? NaN;
		const p95 = p95of(times);

		console.log(
			JSON.stringify({
				database: args.database,
				entries: Number(n),
				list_rps: Math.round(list.rps),
				list_p99_ms: list.p99,
				list_non2xx: list.non2xx,
				search_p95_ms: Math.round(p95 * 10) / 10,
				search_server_p95_ms: Math.round(p95of(serverTimes) * 10) / 10,
				static_rps: Math.round(stat.rps),
				list_vs_static: Math.round((list.rps / stat.rps) * 1000) / 1000,
				js_kb_gz_gallery: await jsGzipKb(base, '/inovasi'),
				js_kb_gz_entry: await jsGzipKb(base, '/inovasi/bench-1')
			})
		);
	} finally {
		server?.kill('SIGTERM');
		rmSync(staticFile, { force: true });
		await dropDatabase();
		if (dataDir && args.keep) console.error(`kept: ${dataDir}`);
		else if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
