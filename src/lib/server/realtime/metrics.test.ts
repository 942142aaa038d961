import { afterEach, describe, expect, it } from 'vitest';
import { addMetricsSource, mayReadMetrics, metrics, renderMetrics } from './metrics';

const local = { authorization: null, clientAddress: '127.0.0.1', forwarded: false, userRole: null };
const saved = process.env.METRICS_TOKEN;
afterEach(() => {
	if (saved === undefined) delete process.env.METRICS_TOKEN;
	else process.env.METRICS_TOKEN = saved;
});

describe('/metrics access', () => {
	it('without METRICS_TOKEN: direct local requests and admins only', () => {
		delete process.env.METRICS_TOKEN;
		expect(mayReadMetrics(local)).toBe(true);
		expect(mayReadMetrics({ ...local, clientAddress: '::1' })).toBe(true);
		expect(mayReadMetrics({ ...local, clientAddress: '203.0.113.9' })).toBe(false);
		// A reverse proxy on the same machine makes every visitor look local.
		expect(mayReadMetrics({ ...local, forwarded: true })).toBe(false);
		expect(mayReadMetrics({ ...local, clientAddress: '203.0.113.9', userRole: 'admin' })).toBe(true);
		expect(mayReadMetrics({ ...local, clientAddress: '203.0.113.9', userRole: 'curator' })).toBe(false);
	});

	it('with METRICS_TOKEN: the bearer token, wherever the request comes from', () => {
		process.env.METRICS_TOKEN = 'rahasia-metrik';
		expect(mayReadMetrics(local)).toBe(false);
		expect(mayReadMetrics({ ...local, clientAddress: '203.0.113.9', authorization: 'Bearer rahasia-metrik' })).toBe(true);
		expect(mayReadMetrics({ ...local, authorization: 'Bearer salah' })).toBe(false);
	});
});

describe('metrics', () => {
	it('sums open boards and connections over every realtime server of the process', async () => {
		const remove = [
			addMetricsSource({ openBoards: () => 2, connections: () => 5 }),
			addMetricsSource({ openBoards: () => 1, connections: () => 3 })
		];
		try {
			const { body, contentType } = await renderMetrics();
			expect(contentType).toContain('text/plain');
			expect(body).toMatch(/^ruang_pijar_realtime_open_boards 3$/m);
			expect(body).toMatch(/^ruang_pijar_realtime_connections 8$/m);
			metrics.compactions.inc();
			expect((await renderMetrics()).body).toMatch(/^ruang_pijar_realtime_compactions_total [1-9]/m);
		} finally {
			for (const r of remove) r();
		}
	});
});
