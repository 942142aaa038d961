/**
 * Which shapes the canvas mounts as elements: those in the view plus a margin, bottom to top. The
 * set is computed for a larger area than needed and kept while the view stays inside it, so most
 * pan and zoom frames read no index and mount or unmount nothing; it changes in steps instead.
 */
import { compareOrder, type Box, type Shape } from '../model';
import type { LiveShapes } from '../sync/live-shapes';
import type { CameraState } from './camera.svelte';

/** Shapes in view beyond which, when zoomed far out, their elements are not mounted at all. */
const FAR_MOUNT_LIMIT = 600;

/** Screen pixels around the view where shapes are always mounted, so a pan does not show gaps. */
const VIEW_MARGIN_PX = 96;
/**
 * Screen pixels mounted around the view when the set is recomputed. A camera move recomputes it
 * only once the view (with VIEW_MARGIN_PX) leaves that area, or the zoom changes by more than
 * MOUNT_ZOOM_SLACK (so the number of mounted elements stays bounded when zooming in).
 */
const MOUNT_MARGIN_PX = 224;
const MOUNT_ZOOM_SLACK = 1.15;

/** Everything besides the camera that decides the mounted set. */
export interface MountInputs {
	/** The board's change counter. */
	version: number;
	selection: ReadonlySet<string>;
	editing: string | null;
	/** Full rendering (false: the far canvas paints, elements are empty). */
	detailed: boolean;
}

export class MountWindow {
	#ids: string[] = [];
	#mounted: (MountInputs & { box: Box; zoom: number }) | null = null;

	/** Ids of the shapes to mount, bottom to top; the same array while it does not change. */
	ids(live: LiveShapes, camera: CameraState, inputs: MountInputs): string[] {
		const cam = camera.current;
		const world = camera.world;
		const m = this.#mounted;
		const same = m && m.version === inputs.version && m.selection === inputs.selection && m.editing === inputs.editing && m.detailed === inputs.detailed;
		if (same && cam.zoom <= m.zoom * MOUNT_ZOOM_SLACK && cam.zoom >= m.zoom / MOUNT_ZOOM_SLACK) {
			const need = VIEW_MARGIN_PX / cam.zoom;
			const inside =
				world.x - need >= m.box.x && world.y - need >= m.box.y && world.x + world.w + need <= m.box.x + m.box.w && world.y + world.h + need <= m.box.y + m.box.h;
			if (inside) return this.#ids;
		}
		const margin = MOUNT_MARGIN_PX / cam.zoom;
		const box = { x: world.x - margin, y: world.y - margin, w: world.w + 2 * margin, h: world.h + 2 * margin };
		this.#mounted = { ...inputs, box, zoom: cam.zoom };
		const shapes = live.query(box);
		// Far out, the canvas paints everything; past this many shapes near the view, their (empty)
		// elements would cost more than they give, so only the selection stays mounted. The mounted
		// area is larger than "near the view", so the count is scaled down to it.
		const near = (world.w + (2 * VIEW_MARGIN_PX) / cam.zoom) * (world.h + (2 * VIEW_MARGIN_PX) / cam.zoom);
		const crowded = shapes.length * (near / (box.w * box.h)) > FAR_MOUNT_LIMIT;
		let ids = !inputs.detailed && crowded ? shapes.filter((s) => inputs.selection.has(s.id)).map((s) => s.id) : shapes.map((s) => s.id);
		// The shape being edited stays mounted, so its text field keeps focus when the view moves.
		const editing = inputs.editing;
		if (editing && !ids.includes(editing) && live.get(editing)) {
			ids = [...ids.map((id) => live.get(id) as Shape), live.get(editing) as Shape].sort(compareOrder).map((s) => s.id);
		}
		const prev = this.#ids;
		if (prev.length === ids.length && prev.every((id, i) => id === ids[i])) return prev;
		this.#ids = ids;
		return ids;
	}
}
