import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from './editor.svelte';
import { handleKey } from './keyboard';
import { closeEditors, openEditor } from './test-editors';

const open = () => openEditor();

afterEach(closeEditors);

const tab = (ed: Editor, focused: string | null, shift = false) => handleKey(ed, { key: 'Tab', shift, alt: false, mod: false, focusedShape: focused });

describe('Tab walks the whole board in reading order', () => {
	it('rows top to bottom, left to right (hand-placed notes a little off level still share a row), then leaves', () => {
		const ed = open();
		// Created out of order, so z-order differs from reading order.
		const right = ed.create('sticky', { x: 600, y: 210 }) as string;
		const far = ed.create('sticky', { x: 5000, y: 4000 }) as string; // far off screen
		const left = ed.create('sticky', { x: 200, y: 200 }) as string;
		const below = ed.create('sticky', { x: 100, y: 600 }) as string;
		ed.select([]);
		expect(tab(ed, null)).toBe(true);
		expect([...ed.selection]).toEqual([left]);
		const visited = [left];
		for (let i = 0; i < 3; i++) {
			expect(tab(ed, visited[visited.length - 1]!)).toBe(true);
			visited.push([...ed.selection][0]!);
		}
		expect(visited).toEqual([left, right, below, far]);
		// The far note was brought into view, and Tab remembers it as the way back in.
		expect(ed.camera.center).toEqual({ x: 5000, y: 4000 });
		expect(ed.tabStop).toBe(far);
		// The last one: Tab leaves the canvas (the browser's default).
		expect(tab(ed, far)).toBe(false);
		// Shift+Tab walks back.
		expect(tab(ed, far, true)).toBe(true);
		expect([...ed.selection]).toEqual([below]);
		expect(tab(ed, left, true)).toBe(false);
	});

	it('entering from the canvas returns to the last shape visited', () => {
		const ed = open();
		ed.create('sticky', { x: 200, y: 200 });
		const b = ed.create('sticky', { x: 600, y: 200 }) as string;
		ed.tabStop = b;
		ed.select([]);
		expect(tab(ed, null)).toBe(true);
		expect([...ed.selection]).toEqual([b]);
		// Shift+Tab from the canvas itself goes back out of it.
		expect(tab(ed, null, true)).toBe(false);
	});
});
