import type { Plugin, ViteDevServer, PreviewServer } from 'vite';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** Key of the upgrade handler the app registers on globalThis (see src/lib/server/realtime/attach.ts). */
const UPGRADE_KEY = Symbol.for('ruang-pijar.realtime.upgrade');
type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Attaches the realtime websocket endpoint to Vite's own HTTP server in dev and preview, so pages
 * and `/realtime/<boardId>` share one port; only our path is touched, Vite's HMR socket is left alone.
 */
export function realtimeDevServer(): Plugin {
	const attach = (server: ViteDevServer | PreviewServer, load: () => Promise<void>) => {
		server.httpServer?.on('upgrade', async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
			if (!req.url?.startsWith('/realtime/')) return;
			try {
				await load();
				const handler = (globalThis as Record<symbol, UpgradeHandler | undefined>)[UPGRADE_KEY];
				if (handler) handler(req, socket, head);
				else socket.destroy();
			} catch (error) {
				console.error('realtime upgrade failed', error);
				socket.destroy();
			}
		});
	};
	return {
		name: 'ruang-pijar-realtime',
		configureServer(server) {
			attach(server, async () => {
				await server.ssrLoadModule('/src/lib/server/realtime/attach.ts');
			});
		},
		configurePreviewServer(server) {
			// Preview runs the built app, whose init hook has registered the handler already.
			attach(server, async () => {});
		}
	};
}
