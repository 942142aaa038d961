/**
 * What two people on one board see of each other through presence (awareness), not the document:
 * following a participant's view, which ends when the follower moves the view in any way (keys,
 * zoom buttons, zoom to fit, not only the pointer); and a resize or turn in progress, shown live.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Editor } from './editor.svelte';
import { handleKey } from './keyboard';
import type { CanvasPointer } from './interaction.svelte';
import { closeEditors, dragOn, openEditor, pointerAt } from './test-editors';

afterEach(closeEditors);

/** Two people on one board whose presence reaches each other as it would through the server. */
function pair(): { follower: Editor; leader: Editor; leaderId: number } {
	// (The follower and leader are simply two people; the drag tests use them as viewer and actor.)
	// Two documents: an awareness takes its client id from its document.
	const [docA, docB] = [new Y.Doc(), new Y.Doc()];
	// The two documents share updates as the server would relay them.
	docA.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(docB, u, 'remote'));
	docB.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(docA, u, 'remote'));
	const follower = openEditor({ doc: docA });
	const leader = openEditor({ doc: docB, user: { id: 'u2', name: 'Budi', color: '#2f9e44' } });
	const [a, b] = [follower.presence.awareness, leader.presence.awareness];
	for (const [from, to] of [
		[a, b],
		[b, a]
	] as const) {
		from.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
			if (origin !== 'remote') applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated]), 'remote');
		});
		// What each had said before the link (its user) reaches the other.
		applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'remote');
	}
	return { follower, leader, leaderId: b.clientID };
}

/** The leader shows a view box; presence is throttled, so it is sent at once here. */
function showView(leader: Editor, view: { x: number; y: number; w: number; h: number }): void {
	leader.presence.setView(view);
	leader.presence.flush();
}

const key = (ed: Editor, k: string) => handleKey(ed, { key: k, shift: false, alt: false, mod: false, focusedShape: null });

describe('following a participant', () => {
	it("shows the leader's view and keeps up with it", () => {
		const { follower, leader, leaderId } = pair();
		showView(leader, { x: 5000, y: 3000, w: 1000, h: 800 });
		follower.follow(leaderId);
		expect(follower.following).toBe(leaderId);
		expect(follower.camera.center.x).toBeCloseTo(5500, 0);
		showView(leader, { x: 8000, y: 3000, w: 1000, h: 800 });
		expect(follower.camera.center.x).toBeCloseTo(8500, 0);
		expect(follower.following).toBe(leaderId);
	});

	it.each([
		['an arrow key pans', (ed: Editor) => key(ed, 'ArrowRight')],
		['the zoom keys', (ed: Editor) => key(ed, '+')],
		['a zoom button', (ed: Editor) => ed.camera.step(-1)],
		['zoom to fit', (ed: Editor) => ed.camera.fit({ x: 0, y: 0, w: 300, h: 300 })]
	])('stops when %s', (_name, move) => {
		const { follower, leader, leaderId } = pair();
		showView(leader, { x: 5000, y: 3000, w: 1000, h: 800 });
		follower.follow(leaderId);
		expect(follower.following).toBe(leaderId);
		move(follower);
		expect(follower.following).toBeNull();
		const where = follower.camera.current;
		// The leader moves on; the follower's own view stays where they put it.
		showView(leader, { x: 9000, y: 9000, w: 1000, h: 800 });
		expect(follower.camera.current).toEqual(where);
	});
});

let lastPointer = 0;
function drag(ed: Editor, from: [number, number], to: [number, number], handle: CanvasPointer['handle'], release: boolean): void {
	lastPointer = dragOn(ed, from, to, { handle }, release);
}

describe('a resize or turn in progress', () => {
	it('shows to the other person while it happens, and the one write lands at the end', () => {
		const { follower: viewer, leader: actor } = pair();
		const id = actor.create('rect', { x: 200, y: 200 }) as string;
		const before = viewer.live.get(id)!;
		expect(before).toMatchObject({ x: 100, y: 140, w: 200, h: 120 });
		// Drag the south-east corner, not yet released; the viewer sees each step that is sent.
		drag(actor, [300, 260], [350, 280], 'se', false);
		actor.presence.flush();
		expect(viewer.board.peek(id)).toMatchObject({ x: 100, y: 140, w: 250, h: 140 });
		actor.interaction.move(pointerAt(lastPointer, 400, 300, { handle: 'se' }));
		actor.presence.flush();
		expect(viewer.board.peek(id)).toMatchObject({ x: 100, y: 140, w: 300, h: 160 });
		// Nothing written yet: the document still has the old size.
		expect(viewer.live.get(id)).toMatchObject({ w: 200, h: 120 });
		actor.interaction.up(pointerAt(lastPointer, 400, 300, { handle: 'se' }));
		actor.presence.flush();
		expect(viewer.live.get(id)).toMatchObject({ w: 300, h: 160 });
		expect(viewer.board.peek(id)).toMatchObject({ w: 300, h: 160 });
	});

	it('shows a turn, and nothing is left over when it is cancelled', () => {
		const { follower: viewer, leader: actor } = pair();
		const id = actor.create('rect', { x: 200, y: 200 }) as string;
		drag(actor, [200, 100], [400, 200], 'rotate', false);
		actor.presence.flush();
		expect(viewer.board.peek(id)?.rotation).not.toBe(0);
		actor.interaction.cancel();
		actor.presence.flush();
		expect(viewer.board.peek(id)?.rotation).toBe(0);
		expect(viewer.live.get(id)?.rotation).toBe(0);
	});
});

describe('who is typing where', () => {
	it('names the person editing a shape for that shape only, and forgets it when they stop', () => {
		const { follower: me, leader: other } = pair();
		const a = other.create('sticky', { x: 200, y: 200 }) as string;
		const b = other.create('sticky', { x: 600, y: 200 }) as string;
		other.startEditing(a);
		other.presence.flush();
		expect(me.editingBy.get(a)).toBe('Budi');
		expect(me.editingBy.has(b)).toBe(false);
		other.stopEditing();
		other.presence.flush();
		expect(me.editingBy.has(a)).toBe(false);
	});
});
