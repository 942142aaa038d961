/**
 * Copy and paste on the canvas: our shapes travel as JSON (with a plain-text alternative for other
 * apps), pasted text becomes one note per line. Pictures are served per board, so shapes pasted
 * from another board have their pictures linked here first.
 */
import { collectSelection, imageAssetIds, parseClipboard, selectionText, serializeSelection } from '../model';
import * as commands from './commands';
import type { Editor } from './editor.svelte';
import type { EditorOptions } from './editor-types';

export type ClipboardOptions = Pick<EditorOptions, 'boardId' | 'adoptImages'>;

/** Fills a copy/cut event with our JSON and a plain-text alternative; false when nothing is selected. */
export function copySelection(ed: Editor, data: DataTransfer, options: ClipboardOptions): boolean {
	if (ed.selection.size === 0) return false;
	const all = new Map(ed.live.sorted().map((s) => [s.id, s]));
	const json = serializeSelection(all, ed.selection, options.boardId ?? null);
	data.setData('text/plain', selectionText(collectSelection(all, ed.selection)) || ' ');
	data.setData('application/x-ruang-pijar', json);
	data.setData('text/html', `<span data-ruang-pijar="${encodeURIComponent(json)}"></span>`);
	return true;
}

/** The clipboard string of a paste event: our JSON when it is there, else the plain text. */
export function clipboardText(data: DataTransfer): string {
	const ours = data.getData('application/x-ruang-pijar');
	if (ours) return ours;
	// Browsers drop custom types between some apps; our HTML carries the same JSON.
	const match = /data-ruang-pijar="([^"]*)"/.exec(data.getData('text/html'));
	return match ? decodeURIComponent(match[1] as string) : data.getData('text/plain');
}

/** Pastes a clipboard string (our shapes from any board, or plain text as notes) at the view centre. */
export function pasteText(ed: Editor, text: string, options: ClipboardOptions): void {
	if (!ed.canEdit) return;
	const content = parseClipboard(text);
	const center = ed.camera.center;
	if (content.kind === 'shapes') {
		const { board: from, shapes } = content;
		const place = () => {
			if (!ed.doc.isDestroyed) ed.select(commands.pasteShapes(ed.ctx, shapes, center));
		};
		const assets = from !== null && from !== options.boardId ? imageAssetIds(shapes) : [];
		// Another board's pictures show here once linked to this board, and an image that failed to load stays broken: link, then place.
		if (from !== null && assets.length > 0 && options.adoptImages) void options.adoptImages(from, assets).then(place, place);
		else place();
	} else if (content.kind === 'text' && ed.privateSink) {
		const lines = content.text.split('\n').map((line) => line.trim()).filter(Boolean);
		ed.privateSink.addLines(lines, center, ed.stickyColor);
	} else if (content.kind === 'text') {
		const ids = commands.pasteText(ed.ctx, content.text, center);
		ed.select(ids);
		ed.announce('pasted', ids.length);
	}
}
