/**
 * The pointer state machine of the canvas: press, then pan / marquee / move / resize / rotate /
 * draw / create / connect / re-attach a connector end, then release. A gesture shows its result as a preview (transient
 * overrides; moves, resizes and turns also reach others as awareness) and writes the document once,
 * when it ends. Two touch
 * pointers pinch-zoom. The component feeds it normalised events; tests feed it the same.
 */
import {
	computeSnap,
	createShape,
	snapResize,
	FRAME_HEADER,
	shapeBounds,
	shapesInBox,
	topShapeAt,
	simplifyStroke,
	SHAPE_DEFS,
	withConnectorEnd,
	type Box,
	type ConnectorEndName,
	type ConnectorShape,
	type Shape,
	type Vec
} from '../model';
import * as commands from './commands';
import { boxFromCorners, handleAnchor, resizeBox, rotationFromDrag, scaleShape, translateShape, type Handle } from './drag-math';
import { Hold } from './hold';
import type { Editor } from './editor.svelte';
import { toolShape } from './tools';

/** A pointer event in canvas coordinates (CSS pixels from the canvas's top-left). */
export interface CanvasPointer {
	id: number;
	x: number;
	y: number;
	type: 'mouse' | 'pen' | 'touch';
	button: number;
	shift: boolean;
	alt: boolean;
	/** Ctrl or Cmd. */
	mod: boolean;
	/** A selection handle under the pointer, if any (`start` / `end`: a selected connector's ends). */
	handle?: Handle | 'rotate' | ConnectorEndName | null;
}

/** Something drawn while a gesture is in progress that is not yet a shape. */
export type Draft =
	| { kind: 'pen'; points: Vec[] }
	| { kind: 'box'; type: string; box: Box }
	| { kind: 'line'; from: Vec; to: Vec; targetId: string | null };

type Gesture =
	| { kind: 'idle' }
	| { kind: 'pan'; last: Vec }
	| { kind: 'pinch' }
	| { kind: 'press'; at: Vec; world: Vec; hit: Shape | null; shift: boolean; added: boolean; wasOnlySelected: boolean; held?: boolean }
	| { kind: 'move'; world: Vec; ids: Set<string>; base: Shape[]; others: Box[]; bounds: Box; delta: Vec }
	| { kind: 'marquee'; world: Vec; base: ReadonlySet<string> }
	| { kind: 'resize'; handle: Handle; base: Shape[]; bounds: Box; others: Box[] }
	| { kind: 'rotate'; center: Vec; world: Vec; base: Shape }
	| { kind: 'draw'; points: Vec[] }
	| { kind: 'create'; type: 'sticky' | 'text' | 'rect' | 'ellipse' | 'frame'; world: Vec; current: Vec; at: Vec }
	| { kind: 'connect'; fromId: string | null; from: Vec; to: Vec; targetId: string | null }
	| { kind: 'reattach'; which: ConnectorEndName; base: ConnectorShape; at: Vec; moved: boolean; targetId: string | null };

/** Screen pixels a press may travel before it becomes a drag. */
const DRAG_THRESHOLD = 4;
const SNAP_PX = 6;
const MAX_SNAP_TARGETS = 400;

/** Gestures whose preview others see live (as awareness), until the one write at the end. */
function sharesDrag(g: Gesture): boolean {
	return g.kind === 'move' || g.kind === 'resize' || g.kind === 'rotate';
}

export class Interaction {
	readonly #editor: Editor;
	#gesture: Gesture = { kind: 'idle' };
	#pointers = new Map<number, Vec>();
	#pinch: { distance: number; mid: Vec } | null = null;
	readonly #hold = new Hold();
	/** Space held: dragging pans (like every design tool). */
	spaceHeld = $state(false);
	/** What to draw for a gesture in progress. */
	draft = $state.raw<Draft | null>(null);
	/** A gesture is in progress (the canvas shows a grabbing cursor, hides hover states). */
	active = $state<string>('idle');
	/** The shape a connector end being dragged would bind to (highlighted), or null. */
	target = $state<string | null>(null);

	constructor(editor: Editor) {
		this.#editor = editor;
	}

	#world(p: Vec): Vec {
		return this.#editor.camera.toWorld(p);
	}

	#tolerance(type: CanvasPointer['type']): number {
		return (type === 'touch' ? 12 : 4) / this.#editor.camera.current.zoom;
	}

	#set(gesture: Gesture): void {
		this.#gesture = gesture;
		if (this.active !== gesture.kind) this.active = gesture.kind;
	}

	/** A pointer went down on the canvas. */
	down(e: CanvasPointer): void {
		const ed = this.#editor;
		this.#pointers.set(e.id, { x: e.x, y: e.y });
		if (this.#pointers.size === 2 && e.type === 'touch') return this.#startPinch();
		if (this.#pointers.size > 1) return;
		ed.following = null;
		const at = { x: e.x, y: e.y };
		const world = this.#world(at);
		const touchSelect = e.button === 0 && e.type === 'touch' && ed.tool === 'select';
		if (e.button === 1 || this.spaceHeld || ed.tool === 'hand' || (touchSelect && !ed.board.shapeAt(world, this.#tolerance(e.type)))) {
			this.#set({ kind: 'pan', last: at });
			if (touchSelect && ed.canEdit && !this.spaceHeld) this.#startHold(at, () => this.#set({ kind: 'marquee', world, base: new Set(ed.selection) }));
			return;
		}
		if (e.button !== 0) return;
		if (ed.editingId) ed.stopEditing();
		if (!ed.canEdit) {
			const hit = ed.board.shapeAt(world, this.#tolerance(e.type));
			ed.select(hit ? [hit.id] : []);
			return this.#set({ kind: 'pan', last: at });
		}
		if (e.handle) return this.#startHandle(e.handle, world, at);
		const creates = toolShape(ed.tool);
		if (creates) return this.#set({ kind: 'create', type: creates, world, current: world, at });
		if (ed.tool === 'pen') {
			this.draft = { kind: 'pen', points: [world] };
			return this.#set({ kind: 'draw', points: [world] });
		}
		if (ed.tool === 'connector') {
			const from = ed.board.shapeAt(world, this.#tolerance(e.type));
			const fromId = from && from.type !== 'connector' ? from.id : null;
			this.draft = { kind: 'line', from: world, to: world, targetId: null };
			return this.#set({ kind: 'connect', fromId, from: world, to: world, targetId: null });
		}
		const hit = ed.board.shapeAt(world, this.#tolerance(e.type)) ?? null;
		const wasOnlySelected = !!hit && ed.selection.size === 1 && ed.selection.has(hit.id);
		const selectedBefore = [...ed.selection];
		const added = !!hit && !ed.selection.has(hit.id);
		if (hit && added) {
			if (e.shift) ed.toggle(hit.id);
			else ed.select([hit.id]);
		}
		if (!hit && !e.shift) ed.select([]);
		const press: Extract<Gesture, { kind: 'press' }> = { kind: 'press', at, world, hit, shift: e.shift, added, wasOnlySelected };
		this.#set(press);
		if (hit && touchSelect) {
			this.#startHold(at, () => {
				// Held on a shape: it joins (or leaves) the selection, as Shift+click does with a mouse.
				if (added) ed.select(new Set([...selectedBefore, hit.id]));
				else ed.toggle(hit.id);
				press.held = true;
			});
		}
	}

	/** Times a held finger; `onHold` runs only if this gesture is still the one going on. */
	#startHold(at: Vec, onHold: () => void): void {
		const gesture = this.#gesture;
		this.#hold.start(at, () => this.#gesture === gesture, onHold);
	}


	/** A pointer moved (with or without buttons). */
	move(e: CanvasPointer): void {
		const ed = this.#editor;
		const at = { x: e.x, y: e.y };
		const world = this.#world(at);
		if (e.type !== 'touch') ed.presence.setCursor(world);
		if (this.#pointers.has(e.id)) this.#pointers.set(e.id, at);
		this.#hold.moved(at);
		const g = this.#gesture;
		switch (g.kind) {
			case 'pinch':
				return this.#movePinch();
			case 'pan':
				ed.camera.pan(at.x - g.last.x, at.y - g.last.y);
				g.last = at;
				return;
			case 'press':
				if (Math.hypot(at.x - g.at.x, at.y - g.at.y) < DRAG_THRESHOLD) return;
				if (g.hit && ed.selection.has(g.hit.id)) return this.#startMove(g.world, world, e);
				this.#set({ kind: 'marquee', world: g.world, base: g.shift ? ed.selection : new Set() });
				return this.move(e);
			case 'move':
				return this.#moveSelection(g, world, e.alt);
			case 'marquee': {
				const box = boxFromCorners(g.world, world);
				ed.marquee = box;
				const hits = shapesInBox(ed.board.query(box), box, 'touch', ed.board.peek)
					.filter((s) => s.type !== 'frame' || shapesInBox([s], box, 'contain').length > 0)
					.map((s) => s.id);
				ed.select(new Set([...g.base, ...hits]));
				return;
			}
			case 'resize':
				return this.#resize(g, world, e);
			case 'rotate': {
				const rotation = rotationFromDrag(g.center, g.world, world, g.base.rotation, e.shift);
				ed.setPreview([{ ...g.base, rotation }]);
				ed.presence.setDrag({ ids: [g.base.id], dx: 0, dy: 0, rotation });
				return;
			}
			case 'draw': {
				const last = g.points[g.points.length - 1] as Vec;
				if (Math.hypot(world.x - last.x, world.y - last.y) * ed.camera.current.zoom < 1.5) return;
				g.points.push(world);
				this.draft = { kind: 'pen', points: g.points.slice() };
				return;
			}
			case 'create':
				g.current = world;
				if (Math.hypot(at.x - g.at.x, at.y - g.at.y) >= DRAG_THRESHOLD) this.draft = { kind: 'box', type: g.type, box: boxFromCorners(g.world, world) };
				return;
			case 'connect': {
				g.to = world;
				g.targetId = this.#bindTarget(world, e, new Set(g.fromId ? [g.fromId] : []));
				this.#setTarget(g.targetId);
				this.draft = { kind: 'line', from: g.from, to: world, targetId: g.targetId };
				return;
			}
			case 'reattach': {
				// A click on an end handle must not free a bound end: only a drag moves it.
				if (!g.moved && Math.hypot(at.x - g.at.x, at.y - g.at.y) < DRAG_THRESHOLD) return;
				g.moved = true;
				const other = g.base.props[g.which === 'start' ? 'end' : 'start'].shapeId;
				g.targetId = this.#bindTarget(world, e, new Set(other ? [g.base.id, other] : [g.base.id]));
				this.#setTarget(g.targetId);
				ed.setPreview([withConnectorEnd(g.base, g.which, world, g.targetId)]);
				return;
			}
		}
	}

	/** A pointer went up (or was cancelled: `cancel` drops the gesture without writing). */
	up(e: CanvasPointer, cancel = false): void {
		const ed = this.#editor;
		this.#pointers.delete(e.id);
		const g = this.#gesture;
		if (g.kind === 'pinch') {
			if (this.#pointers.size === 0) this.#end();
			return;
		}
		if (this.#pointers.size > 0 && !cancel) return;
		const world = this.#world({ x: e.x, y: e.y });
		if (cancel) return this.#end();
		switch (g.kind) {
			case 'press':
				if (g.held) break;
				if (g.hit && g.shift && !g.added) ed.toggle(g.hit.id);
				else if (g.hit && !g.shift) {
					if (g.wasOnlySelected) ed.startEditing(g.hit.id);
					else ed.select([g.hit.id]);
				}
				break;
			case 'move':
				ed.presence.setDrag(null);
				commands.moveBy(ed.ctx, new Set(g.base.filter((s) => g.ids.has(s.id)).map((s) => s.id)), g.delta);
				ed.presence.flush();
				break;
			case 'reattach': {
				const moved = g.moved ? ed.board.peek(g.base.id) : undefined;
				if (moved) commands.commitShapes(ed.ctx, [moved]);
				break;
			}
			case 'resize':
			case 'rotate':
				ed.presence.setDrag(null);
				commands.commitShapes(ed.ctx, [...ed.board.overriddenIds()].map((id) => ed.board.peek(id)).filter((s): s is Shape => !!s));
				ed.presence.flush();
				break;
			case 'draw':
				this.#finishPen(g.points);
				break;
			case 'create':
				this.#finishCreate(g, world);
				break;
			case 'connect':
				this.#finishConnect(g);
				break;
		}
		this.#end();
	}

	#end(): void {
		const ed = this.#editor;
		this.#hold.stop();
		if (sharesDrag(this.#gesture)) ed.presence.setDrag(null);
		ed.clearPreview();
		ed.guides = [];
		ed.marquee = null;
		this.draft = null;
		this.#setTarget(null);
		this.#pinch = null;
		this.#set({ kind: 'idle' });
	}

	/** Stops any gesture (Escape, blur, a remote change that removed what we hold). */
	cancel(): void {
		this.#pointers.clear();
		this.#end();
	}

	destroy(): void {
		this.cancel();
	}

	#startPinch(): void {
		this.#hold.stop();
		if (sharesDrag(this.#gesture)) this.#editor.presence.setDrag(null);
		this.#editor.clearPreview();
		this.draft = null;
		const [a, b] = [...this.#pointers.values()] as [Vec, Vec];
		this.#pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
		this.#set({ kind: 'pinch' });
	}

	#movePinch(): void {
		const [a, b] = [...this.#pointers.values()] as [Vec, Vec];
		if (!a || !b || !this.#pinch) return;
		const distance = Math.hypot(a.x - b.x, a.y - b.y);
		const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
		const cam = this.#editor.camera;
		cam.pan(mid.x - this.#pinch.mid.x, mid.y - this.#pinch.mid.y);
		if (this.#pinch.distance > 0) cam.zoomBy(distance / this.#pinch.distance, mid);
		this.#pinch = { distance, mid };
	}

	/**
	 * The shape a connector end dropped at `world` binds to: the topmost shape there that can carry an
	 * end (not a connector), skipping `except` and the connectors lying above it.
	 */
	#bindTarget(world: Vec, e: CanvasPointer, except: ReadonlySet<string>): string | null {
		const tolerance = this.#tolerance(e.type);
		const box = { x: world.x - tolerance, y: world.y - tolerance, w: 2 * tolerance, h: 2 * tolerance };
		const under = this.#editor.board.live.query(box).filter((s) => s.type !== 'connector' && !except.has(s.id));
		return topShapeAt(under, world, tolerance, this.#editor.board.live.lookup)?.id ?? null;
	}

	#setTarget(id: string | null): void {
		if (this.target !== id) this.target = id;
	}

	#startHandle(handle: Handle | 'rotate' | ConnectorEndName, world: Vec, at: Vec): void {
		const ed = this.#editor;
		const base = ed.selectedShapes().filter((s) => !s.locked);
		if (base.length === 0) return;
		if (handle === 'start' || handle === 'end') {
			const connector = base[0] as Shape;
			if (base.length !== 1 || connector.type !== 'connector') return;
			return this.#set({ kind: 'reattach', which: handle, base: connector, at, moved: false, targetId: null });
		}
		if (handle === 'rotate') {
			const shape = base[0] as Shape;
			if (base.length !== 1 || !SHAPE_DEFS[shape.type].rotatable) return;
			return this.#set({ kind: 'rotate', center: { x: shape.x + shape.w / 2, y: shape.y + shape.h / 2 }, world, base: shape });
		}
		const resizable = base.filter((s) => s.type !== 'connector');
		const bounds = ed.selectionBounds();
		if (!bounds || resizable.length === 0) return;
		this.#set({ kind: 'resize', handle, base: resizable, bounds, others: this.#snapTargets(new Set(base.map((s) => s.id))) });
	}

	#resize(g: Extract<Gesture, { kind: 'resize' }>, world: Vec, e: CanvasPointer): void {
		const ed = this.#editor;
		const single = g.base.length === 1 ? (g.base[0] as Shape) : null;
		if (single) {
			const keepAspect = e.shift || single.type === 'image';
			let box = resizeBox(single, g.handle, world, { keepAspect, fromCenter: e.alt, minSize: 8 });
			// Dragged edges snap to nearby shapes, as moves do; not a turned box, nor one that keeps its
			// shape or grows from its centre (snapping one edge would break that).
			if (single.rotation === 0 && !keepAspect && !e.alt) box = this.#snapResize(g, box);
			else ed.guides = [];
			if (single.type === 'pen') ed.setPreview([scaleShape({ ...single, rotation: 0 }, single, box)].map((s) => ({ ...s, rotation: single.rotation }) as Shape));
			else ed.setPreview([{ ...single, ...box } as Shape]);
			ed.presence.setDrag({ ids: [single.id], dx: 0, dy: 0, scale: { from: { x: single.x, y: single.y, w: single.w, h: single.h }, to: box } });
			return;
		}
		let to = resizeBox({ ...g.bounds, rotation: 0 }, g.handle, world, { keepAspect: e.shift, fromCenter: e.alt, minSize: 8 });
		if (!e.shift && !e.alt) to = this.#snapResize(g, to);
		else ed.guides = [];
		ed.setPreview(g.base.map((s) => scaleShape(s, g.bounds, to)));
		ed.presence.setDrag({ ids: g.base.map((s) => s.id), dx: 0, dy: 0, scale: { from: g.bounds, to } });
	}

	#snapResize(g: Extract<Gesture, { kind: 'resize' }>, box: Box): Box {
		const ed = this.#editor;
		const a = handleAnchor(g.handle);
		const edge = (anchor: number) => (anchor === 0 ? 'start' : anchor === 1 ? 'end' : null);
		const snapped = snapResize(box, { x: edge(a.x), y: edge(a.y) }, g.others, SNAP_PX / ed.camera.current.zoom);
		ed.guides = snapped.guides;
		return snapped.box;
	}

	/** The boxes of shapes in view that a drag may snap to (not the ones dragged, nor connectors). */
	#snapTargets(dragged: ReadonlySet<string>): Box[] {
		const ed = this.#editor;
		return ed.board
			.query(ed.camera.world)
			.filter((s) => !dragged.has(s.id) && s.type !== 'connector')
			.slice(0, MAX_SNAP_TARGETS)
			.map((s) => shapeBounds(s, ed.board.peek));
	}

	#startMove(from: Vec, world: Vec, e: CanvasPointer): void {
		const ed = this.#editor;
		const top = ed.selectedShapes().filter((s) => !s.locked);
		if (top.length === 0) return this.#set({ kind: 'idle' });
		const ids = new Set(top.map((s) => s.id));
		// Frames carry their contents; collect every descendant once.
		const all = ed.board.sorted();
		const moving = new Set(ids);
		let grew = true;
		while (grew) {
			grew = false;
			for (const s of all) if (s.parentId !== null && moving.has(s.parentId) && !moving.has(s.id)) (moving.add(s.id), (grew = true));
		}
		const base = all.filter((s) => moving.has(s.id));
		const bounds = ed.selectionBounds() as Box;
		const others = this.#snapTargets(moving);
		const g: Extract<Gesture, { kind: 'move' }> = { kind: 'move', world: from, ids, base, others, bounds, delta: { x: 0, y: 0 } };
		this.#set(g);
		this.#moveSelection(g, world, e.alt);
	}

	#moveSelection(g: Extract<Gesture, { kind: 'move' }>, world: Vec, noSnap: boolean): void {
		const ed = this.#editor;
		let dx = world.x - g.world.x;
		let dy = world.y - g.world.y;
		if (!noSnap) {
			const snap = computeSnap({ ...g.bounds, x: g.bounds.x + dx, y: g.bounds.y + dy }, g.others, SNAP_PX / ed.camera.current.zoom);
			dx += snap.dx;
			dy += snap.dy;
			ed.guides = snap.guides;
		} else ed.guides = [];
		g.delta = { x: dx, y: dy };
		ed.setPreview(g.base.map((s) => translateShape(s, dx, dy)));
		ed.presence.setDrag({ ids: g.base.map((s) => s.id), dx, dy });
	}

	#finishPen(points: Vec[]): void {
		const ed = this.#editor;
		if (points.length === 0) return;
		const origin = points[0] as Vec;
		const flat: number[] = [];
		for (const p of points) flat.push(p.x - origin.x, p.y - origin.y);
		const shape = createShape('pen', { x: origin.x, y: origin.y, props: { points: simplifyStroke(flat, 0.75 / ed.camera.current.zoom) } }, { author: ed.presence.me.id, now: Date.now(), order: commands.nextOrder(ed.ctx) });
		commands.insertShapes(ed.ctx, [shape]);
	}

	#finishCreate(g: Extract<Gesture, { kind: 'create' }>, world: Vec): void {
		const ed = this.#editor;
		const box = boxFromCorners(g.world, world);
		const dragged = box.w * ed.camera.current.zoom >= DRAG_THRESHOLD || box.h * ed.camera.current.zoom >= DRAG_THRESHOLD;
		let id: string | null;
		if (dragged && box.w > 8 && box.h > 8) {
			const h = g.type === 'frame' ? Math.max(box.h, FRAME_HEADER * 2) : box.h;
			id = ed.create(g.type, { x: box.x + box.w / 2, y: box.y + h / 2 }, { x: box.x, y: box.y, w: box.w, h });
		} else id = ed.create(g.type, world);
		ed.tool = 'select';
		// Typing right after creating writes into the new shape (a label for rectangles and ellipses).
		if (id) ed.startEditing(id);
	}

	#finishConnect(g: Extract<Gesture, { kind: 'connect' }>): void {
		const ed = this.#editor;
		const length = Math.hypot(g.to.x - g.from.x, g.to.y - g.from.y) * ed.camera.current.zoom;
		if (length < DRAG_THRESHOLD && !g.targetId) return;
		let id: string | null;
		if (g.fromId) id = commands.connect(ed.ctx, g.fromId, g.targetId ?? g.to);
		else {
			const shape = createShape(
				'connector',
				{
					props: {
						start: { x: g.from.x, y: g.from.y, shapeId: null, anchor: null },
						end: { x: g.to.x, y: g.to.y, shapeId: g.targetId, anchor: null }
					}
				},
				{ author: ed.presence.me.id, now: Date.now(), order: commands.nextOrder(ed.ctx) }
			);
			id = commands.insertShapes(ed.ctx, [shape])[0] ?? null;
		}
		// Like every creation tool, the connector is used once, then the pointer selects again.
		ed.tool = 'select';
		if (id) ed.select([id]);
	}
}
