import { describe, expect, it } from 'vitest';
import {
	CLIPBOARD_KIND,
	MAX_PASTED_IMAGES,
	MAX_PASTED_NOTES,
	collectSelection,
	imageAssetIds,
	parseClipboard,
	prepareInsert,
	selectionText,
	serializeSelection,
	textToStickies
} from './clipboard';
import type { Shape } from './schema';
import { make, sequentialIds } from '../test-utils';

function board(...shapes: Shape[]) {
	return new Map(shapes.map((s) => [s.id, s]));
}

const frame = make('frame', 'f', { x: 0, y: 0, w: 600, h: 400, props: { name: 'Ide' } }, 'a0');
const inFrame = make('sticky', 'n1', { x: 20, y: 50, parentId: 'f', props: { text: 'Satu' } }, 'a1');
const outside = make('sticky', 'n2', { x: 900, y: 50, props: { text: 'Dua' } }, 'a2');
const link = make(
	'connector',
	'c',
	{ props: { start: { x: 0, y: 0, shapeId: 'n1', anchor: null }, end: { x: 0, y: 0, shapeId: 'n2', anchor: null } } },
	'a3'
);
const all = board(frame, inFrame, outside, link);

describe('copy', () => {
	it('takes selected frames with their children, bottom to top', () => {
		expect(collectSelection(all, ['f']).map((s) => s.id)).toEqual(['f', 'n1']);
	});

	it('writes connector ends where they are now', () => {
		const [copied] = collectSelection(all, ['c']);
		expect(copied?.type === 'connector' && copied.props.end.x).toBeCloseTo(900);
	});

	it('offers the text of the selection as plain text', () => {
		expect(selectionText([outside, inFrame, frame])).toBe('Ide\nSatu\nDua');
	});
});

describe('paste', () => {
	it('round-trips through the clipboard with new ids, remapped links and an offset', () => {
		const json = serializeSelection(all, ['f', 'c']);
		const parsed = parseClipboard(json);
		expect(parsed.kind).toBe('shapes');
		if (parsed.kind !== 'shapes') return;
		const pasted = prepareInsert(parsed.shapes, {
			author: 'u2',
			now: 5,
			topOrder: 'a3',
			offset: { x: 30, y: 30 },
			newId: sequentialIds('new')
		});
		expect(pasted.map((s) => s.id)).toEqual(['new-1', 'new-2', 'new-3']);
		const [f2, n2, c2] = pasted as [Shape, Shape, Shape];
		expect(f2).toMatchObject({ type: 'frame', x: 30, y: 30, author: 'u2', createdAt: 5 });
		expect(n2).toMatchObject({ parentId: 'new-1', x: 50, y: 80 });
		// The end bound inside the copy follows the copy; the one bound outside becomes free.
		expect(c2.type === 'connector' && c2.props.start.shapeId).toBe('new-2');
		expect(c2.type === 'connector' && c2.props.end.shapeId).toBeNull();
		expect(pasted.every((s) => s.order > 'a3')).toBe(true);
		expect(pasted.map((s) => s.order)).toEqual([...pasted.map((s) => s.order)].sort());
	});

	it('centres a pasted group on a point, inside a target frame', () => {
		const pasted = prepareInsert([outside], { author: 'u', now: 0, topOrder: null, center: { x: 0, y: 0 }, parentId: 'f' });
		expect(pasted[0]).toMatchObject({ x: -100, y: -100, parentId: 'f' });
		expect(pasted[0]?.id).not.toBe('n2');
	});

	it('passes pasted JSON through the restore gate', () => {
		const hostile = JSON.stringify({
			kind: CLIPBOARD_KIND,
			shapes: [{ id: 'x', type: 'sticky', x: NaN, props: { text: 7 } }, { id: 'y', type: 'iframe' }, 'junk']
		});
		const parsed = parseClipboard(hostile);
		expect(parsed).toMatchObject({ kind: 'shapes', dropped: 2 });
		if (parsed.kind === 'shapes') expect(parsed.shapes[0]).toMatchObject({ x: 0, props: { text: '' } });
	});

	it('names the board a copy came from and the pictures a paste elsewhere must link', () => {
		const picture = (id: string, assetId: string) => make('image', id, { props: { assetId, alt: '', naturalW: 10, naturalH: 10 } });
		const asset = 'ab'.repeat(12);
		const shapes = board(picture('p1', asset), picture('p2', asset), picture('p3', ''), outside);
		const parsed = parseClipboard(serializeSelection(shapes, ['p1', 'p2', 'p3', 'n2'], 'abcdefghijklmnopqrstuvwx'));
		expect(parsed).toMatchObject({ kind: 'shapes', board: 'abcdefghijklmnopqrstuvwx' });
		if (parsed.kind === 'shapes') expect(imageAssetIds(parsed.shapes)).toEqual([asset]);
		// Older copies name no board; a malformed one is ignored rather than sent anywhere.
		expect(parseClipboard(serializeSelection(shapes, ['p1']))).toMatchObject({ kind: 'shapes', board: null });
		expect(parseClipboard(JSON.stringify({ kind: CLIPBOARD_KIND, board: '../x', shapes: [] }))).toMatchObject({ board: null });
		const many = Array.from({ length: MAX_PASTED_IMAGES + 5 }, (_, i) => picture(`m${i}`, i.toString(16).padStart(24, '0')));
		expect(imageAssetIds(many)).toHaveLength(MAX_PASTED_IMAGES);
	});

	it('treats other JSON and broken JSON as text', () => {
		expect(parseClipboard('{"kind":"other"}')).toEqual({ kind: 'text', text: '{"kind":"other"}' });
		expect(parseClipboard('{not json')).toEqual({ kind: 'text', text: '{not json' });
		expect(parseClipboard('  \n ')).toEqual({ kind: 'empty' });
	});

	it('turns plain text into one note per line, without list markers, in a grid', () => {
		const notes = textToStickies('- Antrian panjang\r\n\n2. Formulir rumit\n• Jam buka singkat\n   \nPetugas ramah', {
			center: { x: 0, y: 0 },
			author: 'u',
			now: 1,
			topOrder: 'a5',
			newId: sequentialIds('t')
		});
		expect(notes.map((n) => n.type === 'sticky' && n.props.text)).toEqual([
			'Antrian panjang',
			'Formulir rumit',
			'Jam buka singkat',
			'Petugas ramah'
		]);
		expect(new Set(notes.map((n) => `${n.x},${n.y}`)).size).toBe(4);
		expect(notes[0]).toMatchObject({ x: -212, y: -212 });
		expect(notes.every((n) => n.order > 'a5')).toBe(true);
	});

	it(`makes at most ${MAX_PASTED_NOTES} notes from one paste`, () => {
		const text = Array.from({ length: 1_000 }, (_, i) => `Ide ${i}`).join('\n');
		expect(textToStickies(text, { center: { x: 0, y: 0 }, author: 'u', now: 0, topOrder: null })).toHaveLength(MAX_PASTED_NOTES);
	});
});
