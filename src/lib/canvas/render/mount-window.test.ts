import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLocalOrigin } from '../sync/doc';
import { createShapes } from '../sync/shapes';
import { LiveShapes } from '../sync/live-shapes';
import { compareOrder, orderKeysBetween } from '../model';
import { make } from '../test-utils';
import { CameraState } from './camera.svelte';
import { MountWindow, type MountInputs } from './mount-window';

/** A 40 × 40 grid of notes 250 units apart, a 1000 × 800 screen at zoom 1 over its corner. */
function setup(): { doc: Y.Doc; live: LiveShapes; camera: CameraState; inputs: MountInputs } {
	const doc = new Y.Doc();
	const orders = orderKeysBetween(null, null, 1600);
	const shapes = Array.from({ length: 1600 }, (_, i) => make('sticky', `s${i}`, { x: (i % 40) * 250, y: Math.floor(i / 40) * 250, w: 200, h: 200 }, orders[i]));
	createShapes(doc, shapes, createLocalOrigin('u1'));
	const camera = new CameraState();
	camera.resize(1000, 800);
	camera.set({ x: 0, y: 0, zoom: 1 });
	return { doc, live: new LiveShapes(doc), camera, inputs: { version: 1, selection: new Set(), editing: null, detailed: true } };
}

describe('MountWindow', () => {
	it('mounts the view with a margin, bottom to top, and keeps the same array while small pans stay inside', () => {
		const { live, camera, inputs } = setup();
		const win = new MountWindow();
		const first = win.ids(live, camera, inputs);
		expect(first).toContain('s0');
		// 224 px beyond the right edge is mounted (column 4 starts at 1000), column 5 (1250) is not.
		expect(first).toContain('s4');
		expect(first).not.toContain('s5');
		const shapes = first.map((id) => live.get(id)!);
		expect(shapes).toEqual([...shapes].sort(compareOrder));
		camera.set({ x: 60, y: 40, zoom: 1 });
		expect(win.ids(live, camera, inputs)).toBe(first);
		camera.set({ x: 60, y: 40, zoom: 1.1 });
		expect(win.ids(live, camera, inputs)).toBe(first);
	});

	it('recomputes once the view leaves the mounted area, the zoom drifts, or the board changes', () => {
		const { doc, live, camera, inputs } = setup();
		const win = new MountWindow();
		const first = win.ids(live, camera, inputs);
		camera.set({ x: 400, y: 0, zoom: 1 });
		const panned = win.ids(live, camera, inputs);
		expect(panned).not.toBe(first);
		expect(panned).toContain('s5');
		camera.set({ x: 400, y: 0, zoom: 0.5 });
		expect(win.ids(live, camera, inputs).length).toBeGreaterThan(panned.length);
		const before = win.ids(live, camera, inputs);
		createShapes(doc, [make('sticky', 'new', { x: 500, y: 100 }, 'z0')], createLocalOrigin('u1'));
		expect(win.ids(live, camera, inputs)).toBe(before);
		expect(win.ids(live, camera, { ...inputs, version: 2 })).toContain('new');
	});

	it('far out and crowded, mounts only the selection and the shape being edited', () => {
		const { live, camera, inputs } = setup();
		camera.set({ x: 0, y: 0, zoom: 0.1 });
		const ids = new MountWindow().ids(live, camera, { ...inputs, detailed: false, selection: new Set(['s7']), editing: 's1599' });
		expect(ids).toEqual(['s7', 's1599']);
	});
});
