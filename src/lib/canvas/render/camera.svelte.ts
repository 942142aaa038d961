/**
 * The camera of one canvas: which world box the screen shows. One `$state.raw` snapshot replaced on
 * every move, so a pan frame is one signal write; the world layer's transform reads it, shapes do not.
 */
import {
	clampCamera,
	panBy,
	screenToWorld,
	stepZoom,
	visibleWorld,
	viewCenter,
	wheelZoomFactor,
	zoomAt,
	zoomToFit,
	centerOn,
	type Box,
	type Insets,
	type Camera,
	type Vec,
	type ViewportSize
} from '../model';

export class CameraState {
	/** The current camera (replace, never mutate). */
	current = $state.raw<Camera>({ x: -400, y: -300, zoom: 1 });
	/**
	 * Zoom at or above `detailZoom` (full rendering). Its own signal, written only when it flips:
	 * every mounted shape reads it, and a derived of `current` would make each camera frame visit
	 * all of them.
	 */
	detailed = $state(true);
	readonly #detailZoom: number;

	/** `detailZoom`: the zoom from which shapes draw in full (0: always). */
	constructor(detailZoom = 0) {
		this.#detailZoom = detailZoom;
	}
	/** Canvas size in CSS pixels. */
	size = $state.raw<ViewportSize>({ width: 800, height: 600 });

	/** The world box on screen. */
	get world(): Box {
		return visibleWorld(this.current, this.size);
	}

	/** The world point at the centre of the screen. */
	get center(): Vec {
		return viewCenter(this.current, this.size);
	}

	/**
	 * Called when anyone but `mirror` moves the view: the reader took over (following a participant
	 * stops, whether by pointer, keys, buttons or the list view).
	 */
	onmove: (() => void) | null = null;

	/** Sets the camera, kept on the board. */
	set(camera: Camera): void {
		this.#apply(camera);
		this.onmove?.();
	}

	/** Shows another participant's view box (follow mode) without counting as our own move. */
	mirror(bounds: Box, maxZoom = 1): void {
		this.#apply(zoomToFit(bounds, this.size, { padding: Math.min(64, this.size.width / 10), maxZoom }));
	}

	#apply(camera: Camera): void {
		const next = clampCamera(camera, this.size);
		const cur = this.current;
		if (next.x !== cur.x || next.y !== cur.y || next.zoom !== cur.zoom) this.current = next;
		const detailed = next.zoom >= this.#detailZoom;
		if (detailed !== this.detailed) this.detailed = detailed;
	}

	/** Updates the canvas size, keeping the view centre where it was. */
	resize(width: number, height: number): void {
		if (width === this.size.width && height === this.size.height) return;
		const center = this.center;
		this.size = { width, height };
		this.#apply(centerOn(center, this.current.zoom, this.size));
	}

	/** Pans by a screen-space delta (content follows the pointer). */
	pan(dx: number, dy: number): void {
		this.set(panBy(this.current, dx, dy));
	}

	/** Zooms by a factor about a screen point (default: the centre). */
	zoomBy(factor: number, anchor?: Vec): void {
		const at = anchor ?? { x: this.size.width / 2, y: this.size.height / 2 };
		this.set(zoomAt(this.current, at, this.current.zoom * factor));
	}

	/** Zooms to an exact level about the screen centre. */
	zoomTo(zoom: number): void {
		this.set(zoomAt(this.current, { x: this.size.width / 2, y: this.size.height / 2 }, zoom));
	}

	/** The next preset zoom step in or out. */
	step(dir: 1 | -1): void {
		this.zoomTo(stepZoom(this.current.zoom, dir));
	}

	/** Wheel: ctrl/meta (and trackpad pinch, which browsers send as ctrl+wheel) zooms, otherwise pans. */
	wheel(deltaX: number, deltaY: number, zoom: boolean, anchor: Vec): void {
		if (zoom) this.zoomBy(wheelZoomFactor(deltaY), anchor);
		else this.pan(-deltaX, -deltaY);
	}

	/** Shows `bounds` whole (or the origin when empty), clear of `insets` when given. */
	fit(bounds: Box | null, maxZoom = 1, insets?: Partial<Insets>): void {
		this.set(zoomToFit(bounds, this.size, { padding: Math.min(64, this.size.width / 10), maxZoom, insets }));
	}

	/** Centres a world point at a given zoom. */
	centerOn(point: Vec, zoom = this.current.zoom): void {
		this.set(centerOn(point, zoom, this.size));
	}

	/** A screen point (relative to the canvas) in world units. */
	toWorld(p: Vec): Vec {
		return screenToWorld(this.current, p);
	}

	/** A world point in screen pixels relative to the canvas. */
	toScreen(p: Vec): Vec {
		return { x: (p.x - this.current.x) * this.current.zoom, y: (p.y - this.current.y) * this.current.zoom };
	}
}
