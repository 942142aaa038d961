// Production entry: adapter-node's server (pages, graceful shutdown, `sveltekit:shutdown`) plus the
// realtime websocket upgrade on the same port. The app registers the upgrade handler in its init hook.
// adapter-node refuses request bodies over BODY_SIZE_LIMIT (default 512K) before the app sees them;
// photo uploads on innovation entries may be up to 8 MB, so the default is raised here (env still wins).
process.env.BODY_SIZE_LIMIT ??= '10M';
const { server } = await import('./build/index.js');

const UPGRADE_KEY = Symbol.for('ruang-pijar.realtime.upgrade');

server.server.on('upgrade', (req, socket, head) => {
	const handler = globalThis[UPGRADE_KEY];
	if (req.url?.startsWith('/realtime/') && handler) handler(req, socket, head);
	else socket.destroy();
});
