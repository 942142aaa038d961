/**
 * The board editor's state: one instance per open board. It owns the view of the document
 * (LiveBoard), the camera, selection, tool, text editing, presence and the per-user undo stack, and
 * offers every editing action as a method. It knows nothing of the network: the page hands it a
 * Y.Doc and an Awareness (tests hand it plain ones).
 */
import * as Y from 'yjs';
import {
	boxCenter,
	boxUnion,
	collectSelection,
	shapeBounds,
	STICKY_COLORS,
	type Box,
	type Insets,
	type ConnectorEndName,
	type ReorderMove,
	type Shape,
	type ShapeType,
	type SnapGuide,
	type StickyColor,
	type Vec
} from '../model';
import { createLocalOrigin, type LocalOrigin } from '../sync/doc';
import { createUndoManager } from '../sync/undo';
import { LiveShapes } from '../sync/live-shapes';
import { CameraState } from './camera.svelte';
import * as commands from './commands';
import { nudgeDistance, peerPreviews, samePreviews } from './drag-math';
import { LiveBoard } from './live-board.svelte';
import { editingNames, Presence, REACTIONS, sameNames } from './presence.svelte';
import { Interaction } from './interaction.svelte';
import { MountWindow } from './mount-window';
import { nextInReading } from './reading-order';
import { clipboardText, copySelection, pasteText } from './clipboard-actions';
import { ShapeMounting } from './mounting.svelte';
import { toolShape, type Tool } from './tools';

import type { Announcement, BoardRole, EditorOptions, PrivateSink } from './editor-types';

export type { Announcement, BoardRole, EditorOptions, PrivateSink } from './editor-types';

/** Below this zoom, shapes draw without their text: unreadable anyway, and much cheaper. */
export const DETAIL_ZOOM = 0.3;

/** Where successive keyboard-created shapes go, so they do not stack exactly. */
const CASCADE = 32;

export class Editor {
	readonly doc: Y.Doc;
	readonly origin: LocalOrigin;
	readonly role: BoardRole;
	readonly canEdit: boolean;
	readonly live: LiveShapes;
	readonly board: LiveBoard;
	readonly camera = new CameraState(DETAIL_ZOOM);
	readonly presence: Presence;
	readonly undoManager: Y.UndoManager;
	readonly interaction: Interaction;

	tool = $state<Tool>('select');
	selection = $state.raw<ReadonlySet<string>>(new Set());
	editingId = $state<string | null>(null);
	guides = $state.raw<SnapGuide[]>([]);
	marquee = $state.raw<Box | null>(null);
	stickyColor = $state<StickyColor>('yellow');
	/** What the screen-reader live region says next (the component translates it). */
	announcement = $state.raw<Announcement | null>(null);
	/** The peer (awareness client id) whose viewport we follow. */
	following = $state<number | null>(null);
	/**
	 * The one shape Tab lands on when it enters the canvas (roving focus: the others are reached with
	 * Tab from shape to shape, in reading order, see `tabFrom`). Null: the first shape in view.
	 */
	tabStop = $state<string | null>(null);
	/**
	 * Who else is typing in a shape, by shape id (names joined), for its accessible name. Replaced only
	 * when someone starts or stops typing somewhere, never on a cursor move.
	 */
	editingBy = $state.raw<ReadonlyMap<string, string>>(new Map());
	/** Opens the page's image picker (set by the editor component; the `I` key calls it). */
	onpickimage: (() => void) | null = null;
	/** Keyboard connect mode: the shape a new connector starts from. */
	connectFrom = $state<string | null>(null);
	/** Keyboard re-attach mode: the selected connector end that Enter on a shape moves there. */
	reattaching = $state.raw<{ id: string; which: ConnectorEndName } | null>(null);
	canUndo = $state(false);
	canRedo = $state(false);
	/** Set while my new sticky notes must stay private (see PrivateSink); null otherwise. */
	privateSink: PrivateSink | null = null;
	/** May lock and unlock shapes: facilitators only (the realtime server refuses anyone else). */
	readonly canLock: boolean;

	/** Full rendering (text, images) or the simplified far-zoom rendering. */
	get detailed(): boolean {
		return this.camera.detailed;
	}
	/** 1 / zoom rounded to steps of ~12%, for strokes and labels that keep their screen size (changes rarely). */
	readonly invZoom = $derived(Math.pow(1.12, Math.round(Math.log(1 / this.camera.current.zoom) / Math.log(1.12))));
	/** Ids of the shapes to mount: those in (or just around) the view, bottom to top; the same array while it does not change. */
	readonly visibleIds = $derived.by(() => this.#computeVisible());
	#mountWindow = new MountWindow();
	/** What the canvas has mounted so far: `visibleIds`, reached a slice per frame. */
	readonly mounting = new ShapeMounting(
		() => ({ ids: this.visibleIds, detailed: this.detailed, selection: this.selection, editing: this.editingId }),
		(id) => {
			const s = this.live.get(id);
			return s ? { x: s.x + s.w / 2, y: s.y + s.h / 2 } : null;
		},
		() => this.camera.center
	);
	/** The far canvas is needed: zoomed out, or some shapes still wait for their bodies. */
	readonly farVisible = $derived(!this.detailed || !this.mounting.settled);
	readonly #imageUrl: (assetId: string) => string | null;
	readonly #options: Pick<EditorOptions, 'boardId' | 'adoptImages'>;

	#localPreview = new Map<string, Shape>();
	#remotePreview = new Map<string, Shape>();
	#cascade = 0;
	#cleanup: (() => void)[] = [];

	constructor(options: EditorOptions) {
		this.doc = options.doc;
		this.role = options.role;
		this.canEdit = options.role === 'edit';
		this.canLock = this.canEdit && (options.canLock ?? false);
		this.#imageUrl = options.imageUrl ?? (() => null);
		this.#options = { boardId: options.boardId, adoptImages: options.adoptImages };
		this.origin = createLocalOrigin(options.user.id);
		this.live = new LiveShapes(this.doc);
		this.board = new LiveBoard(this.live);
		this.presence = new Presence(options.awareness, options.user);
		// Moving the view ourselves ends following; the follow loop moves it through `mirror`.
		this.camera.onmove = () => {
			if (this.following !== null) this.following = null;
		};
		this.undoManager = createUndoManager(this.doc, this.origin, { captureTimeout: 400 });
		const onStack = () => {
			this.canUndo = this.undoManager.canUndo();
			this.canRedo = this.undoManager.canRedo();
		};
		this.undoManager.on('stack-item-added', onStack);
		this.undoManager.on('stack-item-popped', onStack);
		this.undoManager.on('stack-cleared', onStack);
		this.interaction = new Interaction(this);
		const onAwareness = () => this.#onPeers();
		options.awareness.on('change', onAwareness);
		const unsub = this.live.subscribe((change) => {
			// Shapes deleted by anyone leave the selection.
			if (change.removed.size && [...this.selection].some((id) => change.removed.has(id))) {
				this.select([...this.selection].filter((id) => !change.removed.has(id)));
			}
			if (this.editingId && change.removed.has(this.editingId)) this.editingId = null;
		});
		this.#cleanup.push(() => options.awareness.off('change', onAwareness), unsub);
	}

	/** The served URL of an uploaded image, or null. */
	imageUrl(assetId: string): string | null {
		return assetId ? this.#imageUrl(assetId) : null;
	}

	#computeVisible(): string[] {
		return this.#mountWindow.ids(this.live, this.camera, {
			version: this.board.version,
			selection: this.selection,
			editing: this.editingId,
			detailed: this.detailed
		});
	}

	/** Whether a shape is drawn with its body (text, paper) rather than painted by the far canvas. */
	hasBody(id: string): boolean {
		return this.mounting.bodies.has(id);
	}

	/** The write context for commands. */
	get ctx(): commands.WriteContext {
		return { doc: this.doc, origin: this.origin, author: this.presence.me.id, board: this.board };
	}

	// ── selection ──────────────────────────────────────────────────────────

	/** Replaces the selection. */
	select(ids: Iterable<string>): void {
		const next = new Set([...ids].filter((id) => this.live.get(id)));
		const cur = this.selection;
		if (next.size === cur.size && [...next].every((id) => cur.has(id))) return;
		this.selection = next;
		this.presence.setSelection(next);
	}

	/** Adds or removes one shape (shift-click, shift+space). */
	toggle(id: string): void {
		const next = new Set(this.selection);
		if (next.has(id)) next.delete(id);
		else next.add(id);
		this.select(next);
	}

	selectAll(): void {
		this.select(this.live.sorted().map((s) => s.id));
	}

	/** Selected shapes, bottom to top. */
	selectedShapes(): Shape[] {
		return this.board.sorted().filter((s) => this.selection.has(s.id));
	}

	/** World bounds of the selection (with previews), or null. */
	selectionBounds(): Box | null {
		return boxUnion([...this.selection].map((id) => this.board.peek(id)).filter((s): s is Shape => !!s).map((s) => shapeBounds(s, this.board.peek)));
	}

	// ── previews (transient overrides) ───────────────────────────────────

	/** Shows shapes as they would be after the gesture in progress, without writing. */
	setPreview(shapes: Iterable<Shape>): void {
		this.#localPreview = new Map([...shapes].map((s) => [s.id, s]));
		this.#applyOverrides();
	}

	clearPreview(): void {
		if (this.#localPreview.size === 0) return;
		this.#localPreview = new Map();
		this.#applyOverrides();
	}

	#applyOverrides(): void {
		const merged = new Map(this.#remotePreview);
		for (const [id, s] of this.#localPreview) merged.set(id, s);
		this.board.setOverrides(merged);
	}

	#onPeers(): void {
		const peers = this.presence.snapshot();
		const editing = editingNames(peers);
		if (!sameNames(editing, this.editingBy)) this.editingBy = editing;
		// Others' drags in progress, except on shapes I am dragging myself.
		const remote = peerPreviews(peers, (id) => this.live.get(id), this.#localPreview);
		const changed = !samePreviews(remote, this.#remotePreview);
		if (changed) {
			this.#remotePreview = remote;
			this.#applyOverrides();
		}
		if (this.following !== null) {
			const leader = peers.find((p) => p.clientId === this.following);
			if (!leader) this.following = null;
			else if (leader.view) this.camera.mirror(leader.view, 8);
		}
	}

	// ── creating ───────────────────────────────────────────────────────────

	/** Creates a shape of `type` centred at a world point, selects it, and returns its id. */
	create(type: ShapeType, center: Vec, init: Record<string, unknown> = {}): string | null {
		if (!this.canEdit) return null;
		if (type === 'sticky' && this.privateSink) {
			const color = (init.props as { color?: StickyColor } | undefined)?.color ?? this.stickyColor;
			this.privateSink.add(center, color);
			// The private note takes focus; nothing on the board stays selected to pull it back.
			this.select([]);
			return null;
		}
		const props = type === 'sticky' ? { color: this.stickyColor, ...((init.props as object) ?? {}) } : init.props;
		const id = commands.createAt(this.ctx, type as 'sticky', center, { ...init, props } as never);
		this.select([id]);
		return id;
	}

	/** Creates a shape in the middle of the view (keyboard and toolbar), cascading repeats; starts editing text. */
	createInView(type: ShapeType): string | null {
		const c = this.camera.center;
		const offset = (this.#cascade++ % 8) * CASCADE;
		const id = this.create(type, { x: c.x + offset, y: c.y + offset });
		if (id && (type === 'sticky' || type === 'text' || type === 'frame')) this.startEditing(id);
		return id;
	}

	/** Creates with the current tool at a world point (double-click, or a click with a shape tool). */
	createWithTool(at: Vec): string | null {
		const type = toolShape(this.tool) ?? 'sticky';
		const id = this.create(type, at);
		if (id) this.startEditing(id);
		return id;
	}

	// ── text editing ───────────────────────────────────────────────────────

	startEditing(id: string): void {
		const shape = this.live.get(id);
		if (!this.canEdit || !shape || shape.locked || shape.type === 'pen') return;
		this.select([id]);
		this.editingId = id;
		this.presence.setEditing(id);
	}

	stopEditing(): void {
		if (this.editingId === null) return;
		this.editingId = null;
		this.presence.setEditing(null);
	}

	// ── changing ───────────────────────────────────────────────────────────

	deleteSelected(): void {
		if (!this.canEdit || this.selection.size === 0) return;
		const n = this.selection.size;
		commands.remove(this.ctx, this.selection);
		this.select([]);
		this.announce('deleted', n);
	}

	/** Moves the selection by arrow-key steps (screen-sized, so they feel the same at any zoom). */
	nudge(dir: Vec, big: boolean): void {
		if (!this.canEdit || this.selection.size === 0) return;
		const d = nudgeDistance(this.camera.current.zoom, big);
		commands.moveBy(this.ctx, this.selection, { x: dir.x * d, y: dir.y * d });
	}

	/** Grows or shrinks the selected shapes (keyboard resize), keeping their top-left corner. */
	resizeBy(dir: Vec, big: boolean): void {
		if (!this.canEdit) return;
		const d = nudgeDistance(this.camera.current.zoom, big);
		const resized = this.selectedShapes()
			.filter((s) => s.type !== 'connector' && s.type !== 'pen' && !s.locked)
			.map((s) => ({ ...s, w: Math.max(20, s.w + dir.x * d), h: Math.max(20, s.h + dir.y * d) }));
		// As a pointer resize: frames take in or let go of what they cover.
		commands.commitShapes(this.ctx, resized);
	}

	duplicateSelected(): void {
		if (!this.canEdit || this.selection.size === 0) return;
		const records = collectSelection(new Map(this.live.sorted().map((s) => [s.id, s])), this.selection);
		this.select(commands.duplicate(this.ctx, records, { x: 24, y: 24 }));
	}

	restack(move: ReorderMove): void {
		if (this.canEdit) commands.restack(this.ctx, this.selection, move);
	}

	/** Sets a prop on the selection (each shape takes only props its type has; `types` narrows it further). */
	setProps(props: Record<string, unknown>, types?: readonly ShapeType[]): void {
		if (!this.canEdit) return;
		if (typeof props.color === 'string' && (STICKY_COLORS as readonly string[]).includes(props.color)) {
			const stickies = this.selectedShapes().filter((s) => s.type === 'sticky');
			if (stickies.length) this.stickyColor = props.color as StickyColor;
		}
		const ids = types ? [...this.selection].filter((id) => types.includes(this.live.get(id)?.type as ShapeType)) : this.selection;
		commands.setProps(this.ctx, ids, props);
	}

	toggleLock(): void {
		if (!this.canEdit || !this.canLock) return;
		const shapes = this.selectedShapes();
		const lock = shapes.some((s) => !s.locked);
		commands.patch(this.ctx, shapes.map((s) => ({ id: s.id, locked: lock })));
	}

	/** Wraps the selection in a new frame. */
	groupIntoFrame(name: string): void {
		if (!this.canEdit || this.selection.size === 0) return;
		const id = commands.groupIntoFrame(this.ctx, this.selection, name);
		if (id) this.select([id]);
	}

	/** Connects the keyboard connect-mode source to `targetId`. */
	connectTo(targetId: string): void {
		const from = this.connectFrom;
		this.connectFrom = null;
		if (!this.canEdit || !from || from === targetId) return;
		const id = commands.connect(this.ctx, from, targetId);
		if (id) this.announce('connected', 1);
	}

	/** Starts keyboard re-attach of the selected connector's `which` end (C: end, Shift+C: start). */
	startReattach(which: ConnectorEndName): void {
		const shape = this.selection.size === 1 ? this.live.get([...this.selection][0] as string) : undefined;
		if (!this.canEdit || shape?.type !== 'connector' || shape.locked) return;
		this.connectFrom = null;
		this.reattaching = { id: shape.id, which };
	}

	/** Ends keyboard re-attach on `targetId`: binds the end there, or frees it when that is the connector itself. */
	reattachTo(targetId: string): void {
		const r = this.reattaching;
		this.reattaching = null;
		if (!this.canEdit || !r) return;
		const freed = targetId === r.id;
		if (!commands.reattachEnd(this.ctx, r.id, r.which, freed ? null : targetId)) return;
		this.select([r.id]);
		this.announce(freed ? 'end-freed' : 'connected', 1);
	}

	undo(): void {
		this.stopEditing();
		this.undoManager.undo();
	}

	redo(): void {
		this.stopEditing();
		this.undoManager.redo();
	}

	// ── clipboard ──────────────────────────────────────────────────────────

	/** Fills a copy/cut event; false when nothing is selected (see clipboard-actions.ts). */
	copyTo(data: DataTransfer): boolean {
		return copySelection(this, data, this.#options);
	}

	/** Pastes a paste event's content at the view centre. */
	pasteFrom(data: DataTransfer): void {
		if (this.canEdit) pasteText(this, clipboardText(data), this.#options);
	}

	/** Pastes a clipboard string (our JSON or plain text). */
	pasteText(text: string): void {
		pasteText(this, text, this.#options);
	}

	// ── view ───────────────────────────────────────────────────────────────

	/** Fits the whole board (or the selection) on screen. */
	zoomToFit(selectionOnly = false): void {
		const shapes = selectionOnly && this.selection.size ? this.selectedShapes() : this.live.sorted();
		this.camera.fit(boxUnion(shapes.map((s) => shapeBounds(s, this.board.peek))), 1, this.#dockInsets());
	}

	/**
	 * What the docked controls cover (board-editor.svelte's layout): on wide screens the tool bar on
	 * the left and the minimap and zoom controls along the bottom; on phones the two bottom bars.
	 */
	#dockInsets(): Partial<Insets> {
		return this.camera.size.width >= 640 ? { left: 72, bottom: 96 } : { bottom: 120 };
	}

	/** Brings a shape into view (the list view and keyboard focus use it). */
	reveal(id: string): void {
		const shape = this.live.get(id);
		if (!shape) return;
		const b = shapeBounds(shape, this.board.peek);
		const view = this.camera.world;
		const inside = b.x >= view.x && b.y >= view.y && b.x + b.w <= view.x + view.w && b.y + b.h <= view.y + view.h;
		if (!inside) this.camera.centerOn(boxCenter(b));
	}

	/**
	 * Tab from `from` (a focused shape, or null from the canvas itself) to the next shape in reading
	 * order across the whole board: selects it, brings it into view and makes it the tab stop (the
	 * canvas then focuses it once it is on the page). False at either end, where Tab leaves the canvas.
	 */
	tabFrom(from: string | null, dir: 1 | -1): boolean {
		const next = nextInReading(this.live.sorted(), this.board.peek, from, dir, this.camera.world);
		if (!next) return false;
		this.tabStop = next;
		this.select([next]);
		this.reveal(next);
		return true;
	}

	/** Follows a participant's viewport until they leave or we move the view ourselves. */
	follow(clientId: number | null): void {
		this.following = clientId;
		if (clientId !== null) this.#onPeers();
	}

	/** Sends a quick reaction at the selection or the view centre. */
	react(emoji: (typeof REACTIONS)[number]): void {
		const bounds = this.selectionBounds();
		this.presence.react(emoji, bounds ? { x: bounds.x + bounds.w / 2, y: bounds.y } : this.camera.center);
		this.#localReaction = { emoji, at: bounds ? { x: bounds.x + bounds.w / 2, y: bounds.y } : this.camera.center, n: ++this.#reactionSeq };
	}

	/** My latest reaction, shown locally like the others. */
	get localReaction(): { emoji: string; at: Vec; n: number } | null {
		return this.#localReaction;
	}
	#localReaction = $state.raw<{ emoji: string; at: Vec; n: number } | null>(null);
	#reactionSeq = 0;

	/** Sets the text of the live region (read by screen readers). */
	announce(kind: Announcement['kind'], count: number): void {
		this.announcement = { kind, count, n: (this.announcement?.n ?? 0) + 1 };
	}

	destroy(): void {
		this.mounting.destroy();
		for (const fn of this.#cleanup) fn();
		this.interaction.destroy();
		this.presence.destroy();
		this.undoManager.destroy();
		this.board.destroy();
		this.live.destroy();
	}
}
