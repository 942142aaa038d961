import { describe, expect, it } from 'vitest';
import { observeBoardState, readFacilitation, readMeta, updateFacilitation, updateMeta, writeBallot } from './board-state';
import { createPeers, run, type Peer } from './test-peers';
import { changeVote, tallyVotes, type VotingSession } from '../model/state/voting';
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

	it('keeps concurrent ballots from several voters', () => {
		const peers = createPeers('A', 'B', 'C');
		run(peers, `
			A add sticky n1 0,0
			A add sticky n2 300,0
		`);
		const [a, b, c] = ['A', 'B', 'C'].map((n) => peers.get(n) as Peer) as [Peer, Peer, Peer];
		updateFacilitation(a.doc, { voting: session, timer: startTimer(300_000, 1_000) }, a.origin);
		run(peers, 'sync');
		for (const [peer, shape] of [[b, 'n1'], [c, 'n1'], [c, 'n2']] as const) {
			const own = readFacilitation(peer.doc).ballots.find((x) => x.voter === peer.origin.userId);
			const next = changeVote(session, own, peer.origin.userId, shape, 1);
			if (next) writeBallot(peer.doc, next, peer.origin);
		}
		run(peers, 'sync');
		for (const peer of peers.values()) {
			const state = readFacilitation(peer.doc, (id) => boardMaps(peer.doc).shapes.has(id));
			expect(Object.fromEntries(tallyVotes(state.ballots))).toEqual({ n1: 2, n2: 1 });
			expect(state.timer.endsAt).toBe(301_000);
		}
	});

	it('clears the ballots when a new voting session starts', () => {
		const peers = createPeers('A');
		const a = peers.get('A') as Peer;
		updateFacilitation(a.doc, { voting: session }, a.origin);
		writeBallot(a.doc, { voter: 'u1', session: 'v1', votes: [{ shapeId: 'n1', count: 1 }] }, a.origin);
		updateFacilitation(a.doc, { voting: { ...session, revealed: true } }, a.origin);
		expect(readFacilitation(a.doc).ballots).toHaveLength(1);
		updateFacilitation(a.doc, { voting: { ...session, id: 'v2' } }, a.origin);
		expect(readFacilitation(a.doc).ballots).toEqual([]);
		writeBallot(a.doc, { voter: 'u1', session: 'v2', votes: [] }, a.origin);
		expect(readFacilitation(a.doc).ballots).toEqual([]);
	});
});
