import { describe, expect, it } from 'vitest';
import { make } from '../test-utils';
import { paintFar } from './far-render';

/** Records what a 2D context is told (Node has no canvas; only the calls matter here). */
function recorder(): { ctx: CanvasRenderingContext2D; log: string[] } {
	const log: string[] = [];
	const target: Record<string, unknown> = {};
	const ctx = new Proxy(target, {
		get: (_, key: string) => (key in target ? target[key] : (...args: unknown[]) => log.push(`${key}(${args.map((a) => (typeof a === 'number' ? Math.round(a * 100) / 100 : a)).join(',')})`)),
		set: (_, key: string, value) => {
			target[key] = value;
			log.push(`${key}=${value}`);
			return true;
		}
	});
	return { ctx: ctx as unknown as CanvasRenderingContext2D, log };
}

describe('paintFar', () => {
	const camera = { x: 100, y: 50, zoom: 0.5 };
	const size = { width: 800, height: 600 };
	const none = () => undefined;

	it('paints an unrotated note in place, in screen pixels, without saving the context', () => {
		const { ctx, log } = recorder();
		paintFar(ctx, [make('sticky', 'a', { x: 300, y: 250, w: 200, h: 200 })], camera, none, size);
		// (300 − 100) × 0.5 = 100, (250 − 50) × 0.5 = 100, 200 × 0.5 = 100.
		expect(log).toContain('fillRect(100,100,100,100)');
		expect(log.some((l) => l.startsWith('save('))).toBe(false);
	});

	it('sets a color once for a run of shapes that share it, and again after a rotated shape restores the context', () => {
		const { ctx, log } = recorder();
		const box = (id: string, x: number, rotation = 0) => make('rect', id, { x, y: 0, w: 100, h: 100, rotation, props: { color: 'blue', fill: 'none' } });
		paintFar(ctx, [box('a', 0), box('b', 200), box('c', 400), box('d', 600, 0.3), box('e', 800)], camera, none, size);
		const strokes = log.filter((l) => l.startsWith('strokeStyle='));
		// a–d share one assignment (d is drawn inside save() with the color it inherited); after
		// restore() the pen cannot know the context's color, so e sets it again.
		expect(strokes).toHaveLength(2);
		expect(log.filter((l) => l === 'stroke()')).toHaveLength(5);
	});

	it('rotates a rotated shape about its centre', () => {
		const { ctx, log } = recorder();
		paintFar(ctx, [make('rect', 'r', { x: 100, y: 50, w: 200, h: 100, rotation: 0.5 })], camera, none, size);
		expect(log).toContain('translate(50,25)');
		expect(log).toContain('rotate(0.5)');
		expect(log).toContain('rect(-50,-25,100,50)');
		expect(log.at(-1)).toBe('restore()');
	});
});
