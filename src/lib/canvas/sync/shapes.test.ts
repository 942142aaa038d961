import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLocalOrigin, boardMaps } from './doc';
import {
	createShapes,
	deleteShapes,
	getShapeText,
	readBoard,
	readShape,
	topOrder,
	translateShapes,
	updateShapes
} from './shapes';
import { setText, shapeToYMap, yMapToRaw } from './shape-codec';
import { LiveShapes, type ShapesChange } from './live-shapes';
import { make } from '../test-utils';
import { MAX_TEXT } from '../model/limits';

const origin = createLocalOrigin('u1');

function board() {
	const doc = new Y.Doc();
	createShapes(
		doc,
		[
			make('frame', 'f', { x: 0, y: 0, w: 600, h: 400 }, 'a0'),
			make('sticky', 'n1', { x: 20, y: 50, parentId: 'f', props: { text: 'Satu' } }, 'a1'),
			make('sticky', 'n2', { x: 900, y: 50, props: { text: 'Dua' } }, 'a2'),
			make('connector', 'c', { props: { start: { x: 0, y: 0, shapeId: 'n1', anchor: null }, end: { x: 0, y: 0, shapeId: 'n2', anchor: null } } }, 'a3')
		],
		origin
	);
	return doc;
}

describe('shape storage', () => {
	it('stores a shape as a sparse, flat Y.Map with Y.Text for text props, and reads it back', () => {
		const doc = board();
		const stored = boardMaps(doc).shapes.get('n1') as Y.Map<unknown>;
		expect(stored.get('text')).toBeInstanceOf(Y.Text);
		expect(stored.get('x')).toBe(20);
		expect(stored.has('props')).toBe(false);
		// The id is the map key; fields at their defaults are left out.
		expect([...stored.keys()].sort()).toEqual(['author', 'createdAt', 'order', 'parentId', 'text', 'type', 'updatedAt', 'v', 'x', 'y']);
		expect(readShape(doc, 'n1')).toEqual(make('sticky', 'n1', { x: 20, y: 50, parentId: 'f', props: { text: 'Satu' } }, 'a1'));
		expect(readShape(doc, 'missing')).toBeNull();
	});

	it('writes everything in one transaction with the given origin', () => {
		const doc = new Y.Doc();
		const origins: unknown[] = [];
		doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
		createShapes(doc, [make('sticky', 'a'), make('rect', 'b')], origin);
		expect(origins).toEqual([origin]);
	});

	it('passes updates through the gate: hostile values never reach the document', () => {
		const doc = board();
		updateShapes(doc, [{ id: 'n2', x: NaN, w: -5, props: { color: 'javascript:alert(1)' as 'pink', text: 'x'.repeat(MAX_TEXT * 2) } }], origin, 99);
		const stored = yMapToRaw(boardMaps(doc).shapes.get('n2') as Y.Map<unknown>);
		// x and color fell back to their defaults, which the sparse format leaves out.
		expect(stored).toMatchObject({ w: 1, updatedAt: 99 });
		expect(stored).not.toHaveProperty('x');
		expect(stored).not.toHaveProperty('color');
		expect((stored.text as string).length).toBe(MAX_TEXT);
		expect(readShape(doc, 'n2')).toMatchObject({ x: 0, w: 1, props: { color: 'yellow' } });
	});

	it('treats undefined in a patch as unchanged, and never changes the type', () => {
		const doc = board();
		updateShapes(doc, [{ id: 'n2', x: undefined, y: 70, type: 'frame' } as never], origin, 0);
		expect(readShape(doc, 'n2')).toMatchObject({ type: 'sticky', x: 900, y: 70 });
	});

	it('removes a field set back to its default', () => {
		const doc = board();
		const stored = boardMaps(doc).shapes.get('n2') as Y.Map<unknown>;
		updateShapes(doc, [{ id: 'n2', locked: true, props: { color: 'pink' } }], origin, 0);
		expect(stored.get('locked')).toBe(true);
		updateShapes(doc, [{ id: 'n2', locked: false, props: { color: 'yellow' } }], origin, 0);
		expect(stored.has('locked')).toBe(false);
		expect(stored.has('color')).toBe(false);
		expect(readShape(doc, 'n2')).toMatchObject({ locked: false, props: { color: 'yellow' } });
	});

	it('writes only the fields that change', () => {
		const doc = board();
		let updates = 0;
		doc.on('update', () => updates++);
		updateShapes(doc, [{ id: 'n2', x: 900 }], origin, 0);
		const before = updates;
		const stored = boardMaps(doc).shapes.get('n2') as Y.Map<unknown>;
		const seen: string[] = [];
		stored.observe((e) => seen.push(...e.keysChanged));
		updateShapes(doc, [{ id: 'n2', props: { color: 'pink' } }], origin, 0);
		expect(seen.sort()).toEqual(['color']);
		expect(updates).toBe(before + 1);
	});

	it('edits text minimally and never splits an emoji', () => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		text.insert(0, 'Halo 😀 dunia');
		const deltas: unknown[] = [];
		text.observe((e) => deltas.push(e.delta));
		doc.transact(() => setText(text, 'Halo 😁 dunia'), origin);
		expect(text.toString()).toBe('Halo 😁 dunia');
		expect(deltas).toEqual([[{ retain: 5 }, { delete: 2 }, { insert: '😁' }]]);
		setText(text, 'Halo 😁 dunia');
		expect(deltas).toHaveLength(1);
	});

	it('exposes the Y.Text of text props only', () => {
		const doc = board();
		expect(getShapeText(doc, 'n1', 'text')?.toString()).toBe('Satu');
		expect(getShapeText(doc, 'n1', 'color')).toBeNull();
		expect(getShapeText(doc, 'f', 'name')).toBeInstanceOf(Y.Text);
		expect(getShapeText(doc, 'nope', 'text')).toBeNull();
	});

	it('moves a frame with its contents and a connector with its free ends', () => {
		const doc = board();
		translateShapes(doc, ['f'], { x: 10, y: 5 }, origin, 0);
		expect(readShape(doc, 'f')).toMatchObject({ x: 10, y: 5 });
		expect(readShape(doc, 'n1')).toMatchObject({ x: 30, y: 55 });
		expect(readShape(doc, 'n2')).toMatchObject({ x: 900, y: 50 });
	});

	it('deletes frame contents and frees connector ends drawn at the deleted shape', () => {
		const doc = board();
		deleteShapes(doc, ['f'], origin);
		expect(readBoard(doc).shapes.map((s) => s.id)).toEqual(['n2', 'c']);
		const c = readShape(doc, 'c');
		expect(c?.type === 'connector' && c.props.start).toEqual({ x: 220, y: 150, shapeId: null, anchor: null });
		expect(c?.type === 'connector' && c.props.end.shapeId).toBe('n2');
	});

	it('knows the top of the z-order', () => {
		expect(topOrder(board())).toBe('a3');
		expect(topOrder(new Y.Doc())).toBeNull();
	});
});

describe('LiveShapes', () => {
	it('reports which ids changed, including connectors that follow a moved shape', () => {
		const doc = board();
		const live = new LiveShapes(doc);
		const changes: ShapesChange[] = [];
		live.subscribe((c) => changes.push(c));
		updateShapes(doc, [{ id: 'n2', x: 1200 }], origin, 0);
		expect([...(changes[0]?.changed ?? [])].sort()).toEqual(['c', 'n2']);
		expect(changes[0]).toMatchObject({ origin, local: true });
		deleteShapes(doc, ['n2'], origin);
		expect([...(changes[1]?.removed ?? [])]).toEqual(['n2']);
		live.destroy();
	});

	it('answers viewport and pointer queries from its spatial index', () => {
		const doc = board();
		const live = new LiveShapes(doc);
		expect(live.query({ x: 850, y: 0, w: 300, h: 300 }).map((s) => s.id)).toEqual(['n2', 'c']);
		expect(live.shapeAt({ x: 100, y: 100 })?.id).toBe('n1');
		expect(live.shapeAt({ x: 300, y: 350 })).toBeUndefined();
		expect(live.shapeAt({ x: 300, y: 10 })?.id).toBe('f');
		updateShapes(doc, [{ id: 'n2', x: 5000 }], origin, 0);
		expect(live.query({ x: 850, y: 0, w: 300, h: 300 }).map((s) => s.id)).toEqual(['c']);
	});

	it('hides invalid records written by a hostile peer and shows them repaired', () => {
		const doc = board();
		const live = new LiveShapes(doc);
		const { shapes } = boardMaps(doc);
		doc.transact(() => {
			shapes.set('evil', { type: 'script', src: 'x' });
			const bad = shapeToYMap(make('sticky', 'bad'));
			bad.set('x', 'NaN');
			bad.set('props', { text: 'shadow' });
			shapes.set('bad', bad);
		}, 'remote');
		expect(live.get('evil')).toBeUndefined();
		expect(live.get('bad')).toMatchObject({ x: 0, props: { text: '' } });
		expect(live.size).toBe(5);
	});
});
