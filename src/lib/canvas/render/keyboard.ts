/**
 * Keyboard commands of the canvas. Everything the pointer does has a key: tools, create in view,
 * move (arrows, shift = bigger steps), resize (alt + arrows), connect (C, then pick the target and
 * press Enter; on a connector C / Shift+C re-attach its end / start the same way), edit (Enter), delete, z-order, duplicate, undo, pan (arrows with nothing selected)
 * and zoom. Returns true when the key was handled (the caller then prevents the default).
 */
import { arrowDelta } from './drag-math';
import type { Editor } from './editor.svelte';
import { toolForKey, toolShape } from './tools';

/** The parts of a KeyboardEvent the commands look at. */
export interface KeyInput {
	key: string;
	shift: boolean;
	alt: boolean;
	/** Ctrl or Cmd. */
	mod: boolean;
	/** The shape whose element has focus, if any. */
	focusedShape: string | null;
}

const PAN_STEP = 80;

/** Runs the command bound to a key; true when one ran. */
export function handleKey(ed: Editor, k: KeyInput): boolean {
	const key = k.key;
	const lower = key.length === 1 ? key.toLowerCase() : key;
	if (k.mod) return modCommand(ed, lower, k);
	if (key === 'Tab' && !k.alt) {
		// Between shapes: reading order; at either end Tab leaves the canvas (false: the browser's).
		if (k.focusedShape) return ed.tabFrom(k.focusedShape, k.shift ? -1 : 1);
		// Into the shapes from the canvas: the last shape visited, else the first in view.
		if (k.shift) return false;
		const stop = ed.tabStop && ed.live.get(ed.tabStop) ? ed.tabStop : null;
		if (!stop) return ed.tabFrom(null, 1);
		ed.select([stop]);
		ed.reveal(stop);
		return true;
	}
	if (key === 'Escape') {
		if (ed.connectFrom || ed.reattaching) {
			ed.connectFrom = null;
			ed.reattaching = null;
		} else if (ed.tool !== 'select') ed.tool = 'select';
		else ed.select([]);
		ed.interaction.cancel();
		return true;
	}
	const dir = arrowDelta(key);
	if (dir) {
		if (ed.selection.size > 0 && ed.canEdit) {
			if (k.alt) ed.resizeBy(dir, k.shift);
			else ed.nudge(dir, k.shift);
		} else ed.camera.pan(-dir.x * PAN_STEP * (k.shift ? 4 : 1), -dir.y * PAN_STEP * (k.shift ? 4 : 1));
		return true;
	}
	if (key === 'Enter' && k.focusedShape) {
		if (ed.reattaching) ed.reattachTo(k.focusedShape);
		else if (ed.connectFrom) ed.connectTo(k.focusedShape);
		else ed.startEditing(k.focusedShape);
		return true;
	}
	const creates = toolShape(ed.tool);
	if (key === 'Enter' && !k.focusedShape && creates && ed.canEdit) {
		ed.createInView(creates);
		ed.tool = 'select';
		return true;
	}
	if (key === ' ' && k.shift && k.focusedShape) {
		ed.toggle(k.focusedShape);
		return true;
	}
	if ((key === 'Delete' || key === 'Backspace') && ed.selection.size > 0) {
		ed.deleteSelected();
		return true;
	}
	if (key === '+' || key === '=') return ed.camera.step(1), true;
	if (key === '-' || key === '_') return ed.camera.step(-1), true;
	if (key === '!' || (key === '1' && k.shift)) return ed.zoomToFit(), true;
	if (key === '@' || (key === '2' && k.shift)) return ed.zoomToFit(true), true;
	if (key === '0' && !k.shift) return ed.camera.zoomTo(1), true;
	if (!ed.canEdit) return lower === 'v' || lower === 'h' ? ((ed.tool = lower === 'v' ? 'select' : 'hand'), true) : false;
	// A selected connector: C moves its end, Shift+C its start, to the shape chosen next.
	if (lower === 'c' && ed.selection.size === 1 && ed.live.get([...ed.selection][0] as string)?.type === 'connector') {
		ed.startReattach(k.shift ? 'start' : 'end');
		return true;
	}
	if (lower === 'c' && !k.shift && ed.selection.size === 1) {
		ed.connectFrom = [...ed.selection][0] as string;
		return true;
	}
	if (key === ']') return ed.restack(k.shift ? 'front' : 'forward'), true;
	if (key === '[') return ed.restack(k.shift ? 'back' : 'backward'), true;
	if (lower === 'f' && k.shift && ed.selection.size > 0) return ed.groupIntoFrame(''), true;
	const tool = k.shift || k.alt ? null : toolForKey(lower);
	// The image "tool" is an action: it opens the file picker, which only the page can do.
	if (tool === 'image') return ed.canEdit && !!ed.onpickimage && (ed.onpickimage(), true);
	if (tool) {
		ed.tool = tool;
		return true;
	}
	return false;
}

function modCommand(ed: Editor, key: string, k: KeyInput): boolean {
	switch (key) {
		case 'z':
			if (k.shift) ed.redo();
			else ed.undo();
			return true;
		case 'y':
			ed.redo();
			return true;
		case 'a':
			ed.selectAll();
			return true;
		case 'd':
			ed.duplicateSelected();
			return true;
		case 'g':
			if (ed.selection.size > 0) ed.groupIntoFrame('');
			return true;
		case 'Enter': {
			// Ctrl+Enter creates with the current tool (a sticky by default) in the middle of the view.
			ed.createInView(toolShape(ed.tool) ?? 'sticky');
			return true;
		}
		case '=':
		case '+':
			ed.camera.step(1);
			return true;
		case '-':
			ed.camera.step(-1);
			return true;
		case '0':
			ed.camera.zoomTo(1);
			return true;
		default:
			return false;
	}
}
