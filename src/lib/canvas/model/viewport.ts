/**
 * The camera: which part of the infinite board a screen shows. `x, y` is the world point at the
 * screen's top-left corner and `zoom` is screen pixels per world unit, so
 * screen = (world − camera) × zoom.
 */
import { COORD_LIMIT } from './limits';
import type { Box, Vec } from './math';

export interface Camera {
	x: number;
	y: number;
	zoom: number;
}

/** Size of the canvas element in CSS pixels. */
export interface ViewportSize {
	width: number;
	height: number;
}

/** 5% shows a whole workshop's boards; 800% is enough to read the smallest text. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 8;

/** Zoom levels for the zoom buttons and keyboard shortcuts. */
export const ZOOM_STEPS = [0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 4, 8] as const;

/** Clamps a zoom into [MIN_ZOOM, MAX_ZOOM]; non-finite values become 1. */
export function clampZoom(zoom: number): number {
	if (!Number.isFinite(zoom)) return 1;
	return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
}

/** A screen point (relative to the canvas) in world units. */
export function screenToWorld(camera: Camera, p: Vec): Vec {
	return { x: p.x / camera.zoom + camera.x, y: p.y / camera.zoom + camera.y };
}

/** A world point on the screen. */
export function worldToScreen(camera: Camera, p: Vec): Vec {
	return { x: (p.x - camera.x) * camera.zoom, y: (p.y - camera.y) * camera.zoom };
}

/** The world box the screen shows (query the spatial index with it). */
export function visibleWorld(camera: Camera, size: ViewportSize): Box {
	return { x: camera.x, y: camera.y, w: size.width / camera.zoom, h: size.height / camera.zoom };
}

/** The world point at the centre of the screen. */
export function viewCenter(camera: Camera, size: ViewportSize): Vec {
	return { x: camera.x + size.width / 2 / camera.zoom, y: camera.y + size.height / 2 / camera.zoom };
}

/** Keeps the view centre on the board (±COORD_LIMIT) so panning cannot get lost in float space. */
export function clampCamera(camera: Camera, size: ViewportSize): Camera {
	const zoom = clampZoom(camera.zoom);
	const c = viewCenter({ ...camera, zoom }, size);
	const cx = Math.max(-COORD_LIMIT, Math.min(COORD_LIMIT, Number.isFinite(c.x) ? c.x : 0));
	const cy = Math.max(-COORD_LIMIT, Math.min(COORD_LIMIT, Number.isFinite(c.y) ? c.y : 0));
	return centerOn({ x: cx, y: cy }, zoom, size);
}

/** A camera showing world point `center` in the middle of the screen at `zoom`. */
export function centerOn(center: Vec, zoom: number, size: ViewportSize): Camera {
	const z = clampZoom(zoom);
	return { x: center.x - size.width / 2 / z, y: center.y - size.height / 2 / z, zoom: z };
}

/** Moves the camera by a screen-space drag (content follows the pointer). */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
	return { x: camera.x - dx / camera.zoom, y: camera.y - dy / camera.zoom, zoom: camera.zoom };
}

/** Zooms to `zoom` (clamped) keeping the world point under screen point `anchor` where it is. */
export function zoomAt(camera: Camera, anchor: Vec, zoom: number): Camera {
	const z = clampZoom(zoom);
	const world = screenToWorld(camera, anchor);
	return { x: world.x - anchor.x / z, y: world.y - anchor.y / z, zoom: z };
}

/** Zoom factor for a wheel or trackpad-pinch delta (in pixels); smooth and symmetric in and out. */
export function wheelZoomFactor(deltaY: number): number {
	const d = Math.max(-100, Math.min(100, deltaY));
	return Math.exp(-d * 0.01);
}

/** The next zoom step above (dir 1) or below (dir −1) the current zoom. */
export function stepZoom(zoom: number, dir: 1 | -1): number {
	if (dir === 1) return ZOOM_STEPS.find((s) => s > zoom + 1e-9) ?? MAX_ZOOM;
	return [...ZOOM_STEPS].reverse().find((s) => s < zoom - 1e-9) ?? MIN_ZOOM;
}

/** Screen pixels along each edge that docked controls cover. */
export interface Insets {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * A camera that fits `bounds` on screen with `padding` pixels around it, in the area the `insets`
 * leave free (toolbars, minimap), never zooming in beyond `maxZoom` (a single note should not fill
 * the screen). Empty bounds centre at zoom 1.
 */
export function zoomToFit(
	bounds: Box | null,
	size: ViewportSize,
	options: { padding?: number; maxZoom?: number; insets?: Partial<Insets> } = {}
): Camera {
	if (!bounds) return centerOn({ x: 0, y: 0 }, 1, size);
	const padding = options.padding ?? 64;
	const inset = { left: 0, top: 0, right: 0, bottom: 0, ...options.insets };
	// Insets that would leave too little room are dropped: a tiny view is worse than a covered edge.
	const usable = size.width - inset.left - inset.right > size.width / 2 && size.height - inset.top - inset.bottom > size.height / 2;
	const { left, top, right, bottom } = usable ? inset : { left: 0, top: 0, right: 0, bottom: 0 };
	const availableW = Math.max(1, size.width - left - right - 2 * padding);
	const availableH = Math.max(1, size.height - top - bottom - 2 * padding);
	const fit = Math.min(availableW / Math.max(bounds.w, 1), availableH / Math.max(bounds.h, 1));
	const zoom = clampZoom(Math.min(fit, options.maxZoom ?? 1));
	// The bounds' centre goes to the centre of the free area, not of the whole screen.
	const cx = left + (size.width - left - right) / 2;
	const cy = top + (size.height - top - bottom) / 2;
	return { x: bounds.x + bounds.w / 2 - cx / zoom, y: bounds.y + bounds.h / 2 - cy / zoom, zoom };
}
