/**
 * Test harness for convergence tests: peers with their own Y.Doc, a queue of updates in flight to
 * each other peer, and a small script notation (one step per line) in the spirit of Excalidraw's
 * collaboration tests:
 *
 *   A add sticky n1 0,0 "Halo"     create a shape (type id x,y ["text"])
 *   B move n1 10,-5                 move by a delta (frames carry their contents)
 *   A set n1 color=pink             set one base field or prop (JSON values: w=300, locked=true)
 *   B text n1 "Halo semua"          replace a text prop by its minimal edit
 *   A parent n1 f1 | A parent n1 root
 *   A bind c1 n1 n2                 connector c1 from n1 to n2 (automatic anchors)
 *   B del f1                        delete (with frame contents)
 *   deliver A>B                     B receives A's queued updates in order
 *   deliver A>B reverse             … newest first (Yjs must buffer what lacks its dependencies)
 *   sync                            everyone receives everything
 */
import * as Y from 'yjs';
import { createShape } from '../model/create';
import { SHAPE_DEFS, type ShapeType } from '../model/schema';
import { createLocalOrigin, type LocalOrigin } from './doc';
import { LiveShapes } from './live-shapes';
import { createShapes, deleteShapes, getShapeText, readShape, topOrder, translateShapes, updateShapes } from './shapes';
import { setText } from './shape-codec';
import { orderKeyBetween } from '../model/order';

export interface Peer {
	name: string;
	doc: Y.Doc;
	origin: LocalOrigin;
	live: LiveShapes;
	/** Updates this peer made that each other peer has not received yet. */
	outbox: Map<string, Uint8Array[]>;
}

/** Peers by name, each with its own document and live view. */
export function createPeers(...names: string[]): Map<string, Peer> {
	const peers = new Map<string, Peer>();
	names.forEach((name, i) => {
		const doc = new Y.Doc();
		doc.clientID = i + 1; // deterministic tie-breaks between concurrent writes
		const peer: Peer = { name, doc, origin: createLocalOrigin(`user-${name}`), live: new LiveShapes(doc), outbox: new Map() };
		for (const other of names) if (other !== name) peer.outbox.set(other, []);
		doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === 'remote') return;
			for (const queue of peer.outbox.values()) queue.push(update);
		});
		peers.set(name, peer);
	});
	return peers;
}

function deliver(from: Peer, to: Peer, reverse: boolean): void {
	const queue = from.outbox.get(to.name) as Uint8Array[];
	const updates = reverse ? [...queue].reverse() : [...queue];
	queue.length = 0;
	for (const update of updates) Y.applyUpdate(to.doc, update, 'remote');
}

const NOW = 1_700_000_000_000;

function parseArgs(rest: string): string[] {
	return [...rest.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2]) as string);
}

function xy(value: string): { x: number; y: number } {
	const [x, y] = value.split(',').map(Number);
	return { x: x as number, y: y as number };
}

/** Runs a script (see the module comment) against the peers. */
export function run(peers: Map<string, Peer>, script: string): void {
	for (const rawLine of script.split('\n')) {
		const line = rawLine.trim();
		if (line === '' || line.startsWith('#')) continue;
		if (line === 'sync') {
			// Twice over: updates relayed in the first pass reach everyone in the second.
			for (let pass = 0; pass < 2; pass++) for (const a of peers.values()) for (const b of peers.values()) if (a !== b) deliver(a, b, false);
			continue;
		}
		const [head, ...restParts] = line.split(/\s+/);
		if (head === 'deliver') {
			const [from, to] = (restParts[0] as string).split('>');
			deliver(peers.get(from as string) as Peer, peers.get(to as string) as Peer, restParts[1] === 'reverse');
			continue;
		}
		const peer = peers.get(head as string);
		if (!peer) throw new Error(`unknown peer in: ${line}`);
		const [op, ...args] = parseArgs(restParts.join(' '));
		const { doc, origin } = peer;
		if (op === 'add') {
			const [type, id, at, text] = args as [ShapeType, string, string?, string?];
			const field = (SHAPE_DEFS[type].textFields as readonly string[])[0];
			const props = text !== undefined && field ? { [field]: text } : {};
			const shape = createShape(type, { ...(at ? xy(at) : {}), props }, { id, author: peer.origin.userId, now: NOW, order: orderKeyBetween(topOrder(doc), null) });
			createShapes(doc, [shape], origin);
		} else if (op === 'move') {
			translateShapes(doc, [args[0] as string], xy(args[1] as string), origin, NOW);
		} else if (op === 'set') {
			const [id, assignment] = args as [string, string];
			const [key, value] = assignment.split('=') as [string, string];
			let parsed: unknown;
			try {
				parsed = JSON.parse(value);
			} catch {
				parsed = value;
			}
			const shape = readShape(doc, id);
			const isProp = shape !== null && key in shape.props;
			updateShapes(doc, [isProp ? { id, props: { [key]: parsed } } : { id, [key]: parsed }], origin, NOW);
		} else if (op === 'text') {
			const [id, value] = args as [string, string];
			const shape = readShape(doc, id);
			const field = shape ? (SHAPE_DEFS[shape.type].textFields as readonly string[])[0] : undefined;
			const text = field ? getShapeText(doc, id, field) : null;
			if (text) doc.transact(() => setText(text, value), origin);
		} else if (op === 'parent') {
			const [id, parent] = args as [string, string];
			updateShapes(doc, [{ id, parentId: parent === 'root' ? null : parent }], origin, NOW);
		} else if (op === 'bind') {
			const [id, from, to] = args as [string, string, string];
			const shape = createShape(
				'connector',
				{ props: { start: { x: 0, y: 0, shapeId: from, anchor: null }, end: { x: 0, y: 0, shapeId: to, anchor: null } } },
				{ id, author: peer.origin.userId, now: NOW, order: orderKeyBetween(topOrder(doc), null) }
			);
			createShapes(doc, [shape], origin);
		} else if (op === 'del') {
			deleteShapes(doc, [args[0] as string], origin);
		} else throw new Error(`unknown step: ${line}`);
	}
}
