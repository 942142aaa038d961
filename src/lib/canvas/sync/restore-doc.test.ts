import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreBoardDoc } from './restore-doc';
import { boardMaps, createLocalOrigin } from './doc';
import { createShapes, readBoard } from './shapes';
import { shapeToYMap } from './shape-codec';
import { readFacilitation, readMeta, updateMeta } from './board-state';
import { make } from '../test-utils';

const origin = createLocalOrigin('u1');

/** A stored board as a hostile or buggy client might have left it. */
function damagedDoc(): Y.Doc {
	const doc = new Y.Doc();
	const { shapes, meta, facilitation } = boardMaps(doc);
	doc.transact(() => {
		shapes.set('good', shapeToYMap(make('sticky', 'good', { x: 5, props: { text: 'Baik' } })));
		const nan = shapeToYMap(make('rect', 'nan'));
		nan.set('x', NaN);
		nan.set('junk', 'x'.repeat(1000));
		nan.set('text', 'plain string instead of Y.Text');
		shapes.set('nan', nan);
		shapes.set('plain', { type: 'sticky', x: 3, text: 'stored as JSON', order: 'a1' });
		shapes.set('alien', shapeToYMap(make('sticky', 'alien')));
		(shapes.get('alien') as Y.Map<unknown>).set('type', 'iframe');
		shapes.set('bad key!', shapeToYMap(make('sticky', 'x')));
		shapes.set('text', new Y.Text('not a shape'));
		const orphan = shapeToYMap(make('sticky', 'orphan', { parentId: 'nowhere' }));
		shapes.set('orphan', orphan);
		meta.set('title', 42);
		meta.set('stage', 'uji');
		meta.set('extra', { a: 1 });
		facilitation.set('privateMode', 'yes');
		facilitation.set('voting', { id: 'v1', open: true, budget: 2, multiplePerShape: false, anonymous: false, revealed: false, startedAt: 1 });
		// Ballots as older boards kept them: readable by every participant, so the gate removes them.
		const ballots = new Y.Map<unknown>();
		ballots.set('u1', { session: 'v1', votes: { good: 1, gone: 1 } });
		facilitation.set('ballots', ballots);
		facilitation.set('results', { session: 'v1', voters: 1, tally: [{ shapeId: 'good', count: 1 }, { shapeId: 'gone', count: 1 }] });
	});
	return doc;
}

describe('restoreBoardDoc', () => {
	it('repairs a damaged document in place and reports what it did', () => {
		const doc = damagedDoc();
		const report = restoreBoardDoc(doc);
		expect(report.changed).toBe(true);
		expect(report.shapes).toBe(4);
		expect(report.dropped).toEqual(
			expect.arrayContaining([
				{ id: 'alien', reason: 'unknown-type' },
				{ id: '', reason: 'invalid-id' },
				{ id: 'text', reason: 'not-an-object' }
			])
		);
		const { shapes } = boardMaps(doc);
		expect([...shapes.keys()].sort()).toEqual(['good', 'nan', 'orphan', 'plain']);
		const nan = shapes.get('nan') as Y.Map<unknown>;
		expect(nan.has('x')).toBe(false); // repaired to 0, the default, which is not stored
		expect(nan.has('junk')).toBe(false);
		expect(nan.get('text')).toBeInstanceOf(Y.Text);
		expect((nan.get('text') as Y.Text).toString()).toBe('plain string instead of Y.Text');
		expect(shapes.get('plain')).toBeInstanceOf(Y.Map);
		expect((shapes.get('orphan') as Y.Map<unknown>).has('parentId')).toBe(false); // at the root
		expect(boardMaps(doc).meta.toJSON()).toEqual({ v: 0, title: '', stage: 'uji', template: null });
		const facilitation = readFacilitation(doc);
		expect(facilitation.privateMode).toBe(false);
		expect(facilitation.results?.tally).toEqual([{ shapeId: 'good', count: 1 }]);
		expect(boardMaps(doc).facilitation.has('ballots')).toBe(false);
	});

	it('is idempotent: a repaired or valid document is not written again', () => {
		const doc = damagedDoc();
		restoreBoardDoc(doc);
		let updates = 0;
		doc.on('update', () => updates++);
		expect(restoreBoardDoc(doc).changed).toBe(false);
		const clean = new Y.Doc();
		createShapes(clean, [make('sticky', 'a'), make('frame', 'f')], origin);
		updateMeta(clean, { title: 'Papan' }, origin);
		clean.on('update', () => updates++);
		const report = restoreBoardDoc(clean);
		expect(report).toMatchObject({ changed: false, dropped: [], repaired: [] });
		expect(updates).toBe(0);
	});

	it('sends the repair to peers that sync afterwards', () => {
		const server = damagedDoc();
		restoreBoardDoc(server);
		const client = new Y.Doc();
		Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
		expect(readBoard(client)).toEqual(readBoard(server));
		expect(readBoard(client).repaired).toEqual([]);
		expect(readMeta(client).stage).toBe('uji');
	});

	it('uses its own origin, which undo never tracks', () => {
		const doc = damagedDoc();
		const origins: unknown[] = [];
		doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
		restoreBoardDoc(doc);
		expect(origins).toEqual(['board-restore']);
	});
});
