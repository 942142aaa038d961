import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTemplate, insertRecords, insertText, isBoardEmpty } from './template';
import { createLocalOrigin } from './doc';
import { createShapes, readBoard } from './shapes';
import { readMeta } from './board-state';
import { make, sequentialIds } from '../test-utils';

const origin = createLocalOrigin('u9');

// A template as the facilitation module might hand-write it: flat props, no orders, no authors.
const empathyMap = [
	{ id: 'says', type: 'frame', x: 0, y: 0, w: 600, h: 400, name: 'Berkata' },
	{ id: 'thinks', type: 'frame', x: 620, y: 0, w: 600, h: 400, name: 'Berpikir' },
	{ id: 'hint', type: 'sticky', x: 20, y: 60, parentId: 'says', text: 'Kutipan langsung', color: 'grey' },
	{ id: 'arrow', type: 'connector', start: { x: 0, y: 0, shapeId: 'says' }, end: { x: 0, y: 0, shapeId: 'thinks' } },
	{ id: 'evil', type: 'html', content: '<script>' }
];

describe('templates and inserts', () => {
	it('applies a template with new ids, remapped links, on top, and remembers it', () => {
		const doc = new Y.Doc();
		createShapes(doc, [make('sticky', 'existing', {}, 'a5')], origin);
		const ids = applyTemplate(doc, { id: 'empathy-map', shapes: empathyMap }, { origin, author: 'u9', now: 7, newId: sequentialIds('t') });
		expect(ids).toEqual(['t-1', 't-2', 't-3', 't-4']);
		const shapes = readBoard(doc).shapes;
		expect(shapes[0]?.id).toBe('existing');
		const byId = new Map(shapes.map((s) => [s.id, s]));
		const hint = [...byId.values()].find((s) => s.type === 'sticky' && s.props.text === 'Kutipan langsung');
		const says = [...byId.values()].find((s) => s.type === 'frame' && s.props.name === 'Berkata');
		expect(hint?.parentId).toBe(says?.id);
		expect(hint).toMatchObject({ author: 'u9', createdAt: 7 });
		const arrow = shapes.find((s) => s.type === 'connector');
		expect(arrow?.type === 'connector' && arrow.props.start.shapeId).toBe(says?.id);
		expect(readMeta(doc).template).toBe('empathy-map');
	});

	it('is one transaction, so one undo step', () => {
		const doc = new Y.Doc();
		let transactions = 0;
		doc.on('afterTransaction', () => transactions++);
		applyTemplate(doc, { id: 'x', shapes: empathyMap }, { origin, author: 'u9', now: 0 });
		expect(transactions).toBe(1);
	});

	it('inserts pasted records and text around a point', () => {
		const doc = new Y.Doc();
		expect(isBoardEmpty(doc)).toBe(true);
		insertRecords(doc, { a: make('rect', 'a', { x: 0, y: 0, w: 100, h: 100 }) }, { origin, author: 'u9', now: 0, center: { x: 1000, y: 1000 } });
		expect(readBoard(doc).shapes[0]).toMatchObject({ type: 'rect', x: 950, y: 950 });
		const ids = insertText(doc, 'Satu\nDua', { origin, author: 'u9', now: 0, center: { x: 0, y: 0 } });
		expect(ids).toHaveLength(2);
		expect(readBoard(doc).shapes.map((s) => s.type)).toEqual(['rect', 'sticky', 'sticky']);
	});
});
