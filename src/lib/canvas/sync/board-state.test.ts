import { describe, expect, it } from 'vitest';
import { observeBoardState, readFacilitation, readMeta, updateFacilitation, updateMeta } from './board-state';
import { createPeers, run, type Peer } from './test-peers';
import type { VotingSession } from '../model/state/voting';
import { startTimer } from '../model/state/timer';
import { boardMaps } from './doc';

const session: VotingSession = { id: 'v1', open: true, budget: 3, multiplePerShape: false, anonymous: true, revealed: false, startedAt: 1 };

describe('board state', () => {
	it('writes meta through the gate and notifies observers', () => {
		const peers = createPeers('A');
		const a = peers.get('A') as Peer;
		let calls = 0;
		const stop = observeBoardState(a.doc, () => calls++);
		updateMeta(a.doc, { title: 'Layanan KTP', stage: 'ideasi' }, a.origin);
		updateMeta(a.doc, { stage: 'bogus' as 'uji' }, a.origin);
		expect(readMeta(a.doc)).toEqual({ v: 0, title: 'Layanan KTP', stage: 'empati', template: null });
		stop();
		updateMeta(a.doc, { title: 'x' }, a.origin);
		expect(calls).toBe(2);
	});

	it('syncs facilitation to every peer, and a new voting session drops the old results', () => {
		const peers = createPeers('A', 'B');
		run(peers, `
			A add sticky n1 0,0
			A add sticky n2 300,0
		`);
		const [a, b] = ['A', 'B'].map((n) => peers.get(n) as Peer) as [Peer, Peer];
		updateFacilitation(a.doc, { voting: session, timer: startTimer(300_000, 1_000) }, a.origin);
		updateFacilitation(
			a.doc,
			{ voting: { ...session, open: false, revealed: true }, results: { session: 'v1', voters: 2, tally: [{ shapeId: 'n2', count: 1 }, { shapeId: 'n1', count: 2 }] } },
			a.origin
		);
		run(peers, 'sync');
		const state = readFacilitation(b.doc, (id) => boardMaps(b.doc).shapes.has(id));
		expect(state.results?.tally.map((t) => [t.shapeId, t.count])).toEqual([['n1', 2], ['n2', 1]]);
		expect(state.timer.endsAt).toBe(301_000);
		updateFacilitation(a.doc, { voting: { ...session, id: 'v2' } }, a.origin);
		run(peers, 'sync');
		expect(readFacilitation(b.doc).results).toBeNull();
		expect(boardMaps(b.doc).facilitation.get('results')).toBeNull();
	});
});
