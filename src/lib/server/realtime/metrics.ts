/**
 * Prometheus metrics of the realtime server (prom-client), served at /metrics. The registry lives
 * on globalThis: in dev the Vite plugin and SvelteKit may load this module twice, and registering
 * a metric name twice throws.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Something that can tell how many boards and connections it holds (one per realtime server). */
export interface MetricsSource {
	openBoards(): number;
	connections(): number;
}

function create() {
	const registry = new Registry();
	collectDefaultMetrics({ register: registry });
	const sources = new Set<MetricsSource>();
	const sum = (pick: (source: MetricsSource) => number) => [...sources].reduce((total, s) => total + pick(s), 0);
	return {
		registry,
		sources,
		openBoards: new Gauge({
			name: 'ruang_pijar_realtime_open_boards',
			help: 'Boards loaded in memory by this process.',
			registers: [registry],
			collect() {
				this.set(sum((s) => s.openBoards()));
			}
		}),
		connections: new Gauge({
			name: 'ruang_pijar_realtime_connections',
			help: 'Open realtime websocket connections.',
			registers: [registry],
			collect() {
				this.set(sum((s) => s.connections()));
			}
		}),
		messagesIn: new Counter({
			name: 'ruang_pijar_realtime_messages_received_total',
			help: 'Messages received from clients, by type.',
			labelNames: ['type'] as const,
			registers: [registry]
		}),
		messagesOut: new Counter({
			name: 'ruang_pijar_realtime_messages_sent_total',
			help: 'Messages sent to clients.',
			registers: [registry]
		}),
		bytesIn: new Counter({ name: 'ruang_pijar_realtime_received_bytes_total', help: 'Bytes received from clients.', registers: [registry] }),
		bytesOut: new Counter({ name: 'ruang_pijar_realtime_sent_bytes_total', help: 'Bytes sent to clients.', registers: [registry] }),
		droppedWrites: new Counter({
			name: 'ruang_pijar_realtime_dropped_writes_total',
			help: 'Document writes dropped because the connection is read-only (view or comment).',
			registers: [registry]
		}),
		refused: new Counter({
			name: 'ruang_pijar_realtime_refused_connections_total',
			help: 'Upgrades refused, by close code.',
			labelNames: ['code'] as const,
			registers: [registry]
		}),
		closed: new Counter({
			name: 'ruang_pijar_realtime_closed_connections_total',
			help: 'Connections the server closed after accepting them, by close code.',
			labelNames: ['code'] as const,
			registers: [registry]
		}),
		persistLatency: new Histogram({
			name: 'ruang_pijar_realtime_persist_latency_seconds',
			help: 'Time from receiving an update to its commit in the update log.',
			buckets: [0.001, 0.0025, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5],
			registers: [registry]
		}),
		persistedUpdates: new Counter({
			name: 'ruang_pijar_realtime_persisted_updates_total',
			help: 'Updates committed to the update log.',
			registers: [registry]
		}),
		compactions: new Counter({
			name: 'ruang_pijar_realtime_compactions_total',
			help: 'Board compactions (update log merged into a snapshot).',
			registers: [registry]
		}),
		repairs: new Counter({
			name: 'ruang_pijar_realtime_repairs_total',
			help: 'Catch-up reads from the update log after a missed pub/sub message or a Redis reconnect.',
			registers: [registry]
		}),
		relayed: new Counter({
			name: 'ruang_pijar_realtime_relay_messages_total',
			help: 'Pub/sub messages between instances, by direction.',
			labelNames: ['direction'] as const,
			registers: [registry]
		})
	};
}

type Metrics = ReturnType<typeof create>;
const KEY = Symbol.for('ruang-pijar.realtime.metrics');
const holder = globalThis as { [KEY]?: Metrics };

/** The process-wide realtime metrics. */
export const metrics: Metrics = (holder[KEY] ??= create());

/** Adds a realtime server to the open-boards and connections gauges; returns the removal. */
export function addMetricsSource(source: MetricsSource): () => void {
	metrics.sources.add(source);
	return () => metrics.sources.delete(source);
}

/** The metrics in Prometheus text format, with their content type. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
	return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}

/**
 * Who may scrape /metrics: with METRICS_TOKEN set, requests carrying `Authorization: Bearer <token>`;
 * without it, direct requests from the machine itself (a local agent) — not ones relayed by a
 * proxy, which would make every visitor look local. Signed-in admins may always.
 */
export function mayReadMetrics(request: {
	authorization: string | null;
	clientAddress: string | null;
	forwarded: boolean;
	userRole: string | null;
}): boolean {
	if (request.userRole === 'admin') return true;
	const token = process.env.METRICS_TOKEN;
	if (token) return request.authorization === `Bearer ${token}`;
	if (request.forwarded) return false;
	const address = request.clientAddress ?? '';
	return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
