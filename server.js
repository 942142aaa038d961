// Production entry: adapter-node's server (pages, graceful shutdown, `sveltekit:shutdown`) plus the
// realtime websocket upgrade on the same port. The app registers the upgrade handler in its init hook.
import { server } from './build/index.js';

const UPGRADE_KEY = Symbol.for('ruang-pijar.realtime.upgrade');

server.server.on('upgrade', (req, socket, head) => {
	const handler = globalThis[UPGRADE_KEY];
	if (req.url?.startsWith('/realtime/') && handler) handler(req, socket, head);
	else socket.destroy();
});
