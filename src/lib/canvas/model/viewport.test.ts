import { describe, expect, it } from 'vitest';
import {
	centerOn,
	clampCamera,
	clampZoom,
	MAX_ZOOM,
	MIN_ZOOM,
	panBy,
	screenToWorld,
	stepZoom,
	viewCenter,
	visibleWorld,
	wheelZoomFactor,
	worldToScreen,
	zoomAt,
	zoomToFit
} from './viewport';

const size = { width: 1366, height: 768 };

describe('viewport', () => {
	it('converts between screen and world both ways', () => {
		const camera = { x: 100, y: -50, zoom: 2 };
		const world = screenToWorld(camera, { x: 200, y: 100 });
		expect(world).toEqual({ x: 200, y: 0 });
		expect(worldToScreen(camera, world)).toEqual({ x: 200, y: 100 });
	});

	it('zooms around a point, keeping it under the pointer', () => {
		const camera = { x: 0, y: 0, zoom: 1 };
		const anchor = { x: 300, y: 200 };
		const before = screenToWorld(camera, anchor);
		const after = zoomAt(camera, anchor, 2.5);
		expect(after.zoom).toBe(2.5);
		expect(screenToWorld(after, anchor)).toEqual(before);
	});

	it('clamps zoom and survives nonsense', () => {
		expect(clampZoom(100)).toBe(MAX_ZOOM);
		expect(clampZoom(0)).toBe(MIN_ZOOM);
		expect(clampZoom(NaN)).toBe(1);
		expect(zoomAt({ x: 0, y: 0, zoom: 1 }, { x: 0, y: 0 }, 1e9).zoom).toBe(MAX_ZOOM);
		const lost = clampCamera({ x: 1e12, y: NaN, zoom: 1 }, size);
		expect(viewCenter(lost, size)).toEqual({ x: 1_000_000, y: 0 });
	});

	it('pans with the pointer and centres on a point', () => {
		expect(panBy({ x: 0, y: 0, zoom: 2 }, 100, -50)).toEqual({ x: -50, y: 25, zoom: 2 });
		const camera = centerOn({ x: 1000, y: 500 }, 0.5, size);
		expect(viewCenter(camera, size)).toEqual({ x: 1000, y: 500 });
		expect(visibleWorld(camera, size)).toEqual({ x: 1000 - 1366, y: 500 - 768, w: 2732, h: 1536 });
	});

	it('fits bounds with padding and never zooms in past the cap', () => {
		const fit = zoomToFit({ x: 0, y: 0, w: 24_750, h: 12_250 }, size, { padding: 0 });
		expect(fit.zoom).toBeCloseTo(Math.min(1366 / 24_750, 768 / 12_250));
		const box = visibleWorld(fit, size);
		expect(box.x).toBeLessThanOrEqual(0);
		expect(box.x + box.w).toBeGreaterThanOrEqual(24_750 - 1e-6);
		expect(zoomToFit({ x: 0, y: 0, w: 10, h: 10 }, size).zoom).toBe(1);
		expect(zoomToFit(null, size)).toEqual(centerOn({ x: 0, y: 0 }, 1, size));
	});

	it('steps through zoom levels and turns wheel deltas into symmetric factors', () => {
		expect(stepZoom(1, 1)).toBe(1.5);
		expect(stepZoom(1, -1)).toBe(0.75);
		expect(stepZoom(0.3, -1)).toBe(0.25);
		expect(wheelZoomFactor(50) * wheelZoomFactor(-50)).toBeCloseTo(1);
		expect(wheelZoomFactor(100)).toBe(wheelZoomFactor(10_000));
	});
});

describe('zoomToFit with insets', () => {
	it('fits into the area docked controls leave free, and ignores insets that would leave too little', () => {
		const size = { width: 1000, height: 800 };
		const bounds = { x: 0, y: 0, w: 1000, h: 400 };
		const cam = zoomToFit(bounds, size, { padding: 0, insets: { left: 100, bottom: 200 } });
		expect(cam.zoom).toBeCloseTo(0.9);
		// The bounds' left edge lands at the inset, their centre in the middle of the free height.
		expect((bounds.x - cam.x) * cam.zoom).toBeCloseTo(100);
		expect((bounds.y + bounds.h / 2 - cam.y) * cam.zoom).toBeCloseTo(300);
		const crowded = zoomToFit(bounds, size, { padding: 0, insets: { left: 600 } });
		expect(crowded).toEqual(zoomToFit(bounds, size, { padding: 0 }));
	});
});

