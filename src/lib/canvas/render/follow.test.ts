/**
 * Following a participant's view: it tracks their view until the follower moves the view in any
 * way (keys, zoom buttons, zoom to fit), not only with the pointer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { Editor } from './editor.svelte';
import { handleKey } from './keyboard';

const editors: Editor[] = [];
const awarenesses: Awareness[] = [];

afterEach(() => {
	for (const e of editors.splice(0)) e.destroy();
	for (const a of awarenesses.splice(0)) a.destroy();
});

/** Two people on one board whose presence reaches each other as it would through the server. */
function pair(): { follower: Editor; leader: Editor; leaderId: number } {
	// Two documents: an awareness takes its client id from its document.
	const [docA, docB] = [new Y.Doc(), new Y.Doc()];
	const [a, b] = [new Awareness(docA), new Awareness(docB)];
	awarenesses.push(a, b);
	for (const [from, to] of [
		[a, b],
		[b, a]
	] as const) {
		from.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
			if (origin !== 'remote') applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated]), 'remote');
		});
	}
	const follower = new Editor({ doc: docA, awareness: a, user: { id: 'u1', name: 'Sari', color: '#1971c2' }, role: 'edit' });
	const leader = new Editor({ doc: docB, awareness: b, user: { id: 'u2', name: 'Budi', color: '#2f9e44' }, role: 'edit' });
	for (const ed of [follower, leader]) {
		ed.camera.resize(1000, 800);
		ed.camera.set({ x: 0, y: 0, zoom: 1 });
	}
	editors.push(follower, leader);
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
