/**
 * Editors for the render tests, as a browser would hold them: a Yjs document, an awareness, and a
 * 1000×800 screen at zoom 1 showing world (0, 0) at its top-left. Call `closeEditors` after each
 * test (awareness keeps a renewal timer; the page's provider owns it, here the test does).
 */
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { Editor } from './editor.svelte';
import type { CanvasPointer } from './interaction.svelte';
import type { BoardRole } from './editor-types';

const open: Editor[] = [];
const awarenesses: Awareness[] = [];

export function openEditor(options: { doc?: Y.Doc; role?: BoardRole; user?: { id: string; name: string; color: string } } = {}): Editor {
	const doc = options.doc ?? new Y.Doc();
	const awareness = new Awareness(doc);
	awarenesses.push(awareness);
	const editor = new Editor({ doc, awareness, user: options.user ?? { id: 'u1', name: 'Sari', color: '#1971c2' }, role: options.role ?? 'edit' });
	editor.camera.resize(1000, 800);
	editor.camera.set({ x: 0, y: 0, zoom: 1 });
	open.push(editor);
	return editor;
}

export function closeEditors(): void {
	for (const e of open.splice(0)) e.destroy();
	for (const a of awarenesses.splice(0)) a.destroy();
}

let nextPointer = 1;

/** A fresh pointer id, one per gesture. */
export function newPointerId(): number {
	return nextPointer++;
}

/** A pointer event at a screen point (mouse unless `extra` says otherwise). */
export function pointerAt(id: number, x: number, y: number, extra: Partial<CanvasPointer> = {}): CanvasPointer {
	return { id, x, y, type: 'mouse', button: 0, shift: false, alt: false, mod: false, ...extra };
}

/** Presses at `from`, moves to `to` in four steps and, unless `release` is false, lets go there. */
export function dragOn(ed: Editor, from: [number, number], to: [number, number], extra: Partial<CanvasPointer> = {}, release = true): number {
	const id = newPointerId();
	ed.interaction.down(pointerAt(id, from[0], from[1], extra));
	for (let i = 1; i <= 4; i++) ed.interaction.move(pointerAt(id, from[0] + ((to[0] - from[0]) * i) / 4, from[1] + ((to[1] - from[1]) * i) / 4, extra));
	if (release) ed.interaction.up(pointerAt(id, to[0], to[1], extra));
	return id;
}
