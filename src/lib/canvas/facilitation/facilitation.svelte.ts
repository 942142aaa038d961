/**
 * The board's facilitation state for the facilitator bar and the participants' overlay, from the
 * shared `facilitation` map. The countdown is computed from the shared end time against this
 * tab's clock (a local tick only redraws; nothing ticks through the network). Facilitator actions
 * write through `updateFacilitation`; the realtime server refuses them from anyone else.
 *
 * Ballots are not in the document: votes go to the board's vote endpoint, which answers with my
 * ballot (and, to facilitators, the standings); the reveal is done by the server, which writes the
 * results into the document for everyone.
 */
import type * as Y from 'yjs';
import { createId } from '../model/ids';
import type { VoteView, VotingSession } from '../model/state/voting';
import { pauseTimer, resumeTimer, startTimer, timerRemaining, timerRunning, type TimerState } from '../model/state/timer';
import { defaultFacilitation, type Facilitation, type Summon } from '../model/state/facilitation';
import { observeBoardState, readFacilitation, updateFacilitation } from '../sync/board-state';
import type { WriteOrigin } from '../sync/doc';
import { postJson, getJson } from './http';

const MUTE_KEY = 'ruang-pijar.timer-muted';

const NO_VOTE: VoteView = { session: null, votes: [], left: 0 };
// Facilitators see the standings move while people vote; a poll this often is plenty for a room.
const STANDINGS_POLL_MS = 3_000;

/** Options of a new voting session. */
export interface VotingOptions {
	budget: number;
	multiplePerShape: boolean;
	anonymous: boolean;
}

export class FacilitationState {
	state = $state.raw<Facilitation>(defaultFacilitation());
	now = $state(Date.now());
	muted = $state(false);
	/** My ballot in the current session, as the server last answered. */
	myVote = $state.raw<VoteView>(NO_VOTE);
	/** Why the last vote or reveal was refused (in the page's language), or ''. */
	voteMessage = $state('');
	readonly #stop: () => void;
	readonly #tick: ReturnType<typeof setInterval>;
	#wasRunning = false;
	#session: string | null = null;
	#lastPoll = 0;

	constructor(
		private readonly doc: Y.Doc,
		private readonly origin: WriteOrigin,
		private readonly userId: string,
		/** The board's base path (`/papan/<id>`), for the vote endpoint. */
		private readonly boardPath: string,
		private readonly facilitator: boolean,
		private readonly shapeExists: (id: string) => boolean = () => true
	) {
		this.state = readFacilitation(doc, shapeExists);
		this.muted = typeof localStorage !== 'undefined' && localStorage.getItem(MUTE_KEY) === '1';
		this.#stop = observeBoardState(doc, () => {
			this.state = readFacilitation(doc, this.shapeExists);
			this.#onSession();
		});
		this.#onSession();
		this.#wasRunning = timerRunning(this.state.timer, Date.now());
		this.#tick = setInterval(() => {
			this.now = Date.now();
			const running = timerRunning(this.state.timer, this.now);
			// Reached zero while we watched: chime once (not when opening a board whose timer ended earlier).
			if (this.#wasRunning && !running && this.state.timer.endsAt !== null) this.#chime();
			this.#wasRunning = running;
			if (this.facilitator && this.voting && !this.voting.revealed && this.now - this.#lastPoll >= STANDINGS_POLL_MS) void this.refreshVote();
		}, 250);
	}

	readonly remainingMs = $derived(timerRemaining(this.state.timer, this.now));
	readonly running = $derived(timerRunning(this.state.timer, this.now));
	readonly paused = $derived(this.state.timer.remainingMs !== null);
	/** A timer is shown: running, paused, or just ended. */
	readonly timerActive = $derived(this.state.timer.endsAt !== null || this.state.timer.remainingMs !== null);
	readonly voting = $derived(this.state.voting);
	readonly votesLeft = $derived(this.myVote.session === this.voting?.id ? this.myVote.left : (this.voting?.budget ?? 0));
	/** Revealed results, most votes first (ties by id): everyone sees the same. */
	readonly ranking = $derived(this.state.results?.tally.map((t) => ({ shapeId: t.shapeId, votes: t.count, names: t.names })) ?? []);
	/** Before the reveal, the standings only a facilitator receives. */
	readonly standings = $derived(this.myVote.standings?.tally.map((t) => ({ shapeId: t.shapeId, votes: t.count })) ?? []);
	readonly voters = $derived(this.state.results?.voters ?? this.myVote.standings?.voters ?? 0);

	/** Asks the server for my ballot (and the standings) again. */
	async refreshVote(): Promise<void> {
		this.#lastPoll = Date.now();
		const answer = await getJson<VoteView>(`${this.boardPath}/suara`);
		if (answer.ok) this.myVote = answer.data;
	}

	#onSession(): void {
		const id = this.state.voting?.id ?? null;
		if (id === this.#session) return;
		this.#session = id;
		this.voteMessage = '';
		this.myVote = NO_VOTE;
		if (id) void this.refreshVote();
	}

	/** Starts a countdown of `minutes`. */
	startTimer(minutes: number): void {
		this.#write({ timer: startTimer(minutes * 60_000, Date.now()) });
	}

	/** Pauses or resumes. */
	toggleTimer(): void {
		const now = Date.now();
		const timer = this.state.timer;
		this.#write({ timer: timer.remainingMs !== null ? resumeTimer(timer, now) : pauseTimer(timer, now) });
	}

	/** Adds time to a running or paused timer. */
	addTime(minutes: number): void {
		const t = this.state.timer;
		const add = minutes * 60_000;
		const next: TimerState =
			t.endsAt !== null
				? { endsAt: Math.max(t.endsAt, Date.now()) + add, remainingMs: null, durationMs: t.durationMs + add }
				: { endsAt: null, remainingMs: (t.remainingMs ?? 0) + add, durationMs: t.durationMs + add };
		this.#write({ timer: next });
	}

	/** Stops and clears the timer. */
	resetTimer(): void {
		this.#write({ timer: { endsAt: null, remainingMs: null, durationMs: 0 } });
	}

	/** Opens a new voting session (previous ballots are cleared). */
	startVoting(options: VotingOptions): void {
		const voting: VotingSession = { id: createId(), open: true, revealed: false, startedAt: Date.now(), ...options };
		this.#write({ voting });
	}

	/** Shows the results to everyone and closes the ballot box (the server counts and writes them). */
	async reveal(): Promise<boolean> {
		const answer = await postJson(`${this.boardPath}/suara`, { action: 'reveal' });
		this.voteMessage = answer.ok ? '' : answer.message;
		return answer.ok;
	}

	/** Stops accepting votes without showing the results yet. */
	closeVoting(): void {
		if (this.voting) this.#write({ voting: { ...this.voting, open: false } });
	}

	/** Ends the session and its results (its ballots stay on the server, counted for nothing). */
	clearVoting(): void {
		this.#write({ voting: null });
	}

	/** Casts (+1) or withdraws (-1) one of my votes on a shape; false (with a message) when refused. */
	async vote(shapeId: string, delta: 1 | -1): Promise<boolean> {
		if (!this.voting) return false;
		const answer = await postJson<VoteView>(`${this.boardPath}/suara`, { action: 'vote', shapeId, delta });
		if (!answer.ok) {
			this.voteMessage = answer.message;
			return false;
		}
		this.voteMessage = '';
		this.myVote = { ...answer.data, standings: this.myVote.standings };
		if (this.facilitator) void this.refreshVote();
		return true;
	}

	/** My votes on a shape. */
	myVotesOn(shapeId: string): number {
		return this.myVote.votes.find((v) => v.shapeId === shapeId)?.count ?? 0;
	}

	/** Shows a message to everyone on the board (an empty text clears it). */
	setSpotlight(text: string): void {
		const clean = text.trim();
		this.#write({ spotlight: clean ? { text: clean, by: this.userId, at: Date.now() } : null });
	}

	/** Turns private (silent) mode on; ending it goes through the server, which reveals the notes. */
	startPrivateMode(): void {
		this.#write({ privateMode: true });
	}

	/** Pulls everyone's view to `view` (a new `at` makes it a new summon even at the same place). */
	summon(view: Omit<Summon, 'by' | 'at'>): void {
		this.#write({ summon: { ...view, by: this.userId, at: Date.now() } });
	}

	/** Mutes or unmutes the chime on this device. */
	setMuted(muted: boolean): void {
		this.muted = muted;
		try {
			localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
		} catch {
			// Private browsing without storage: the choice lasts for this page only.
		}
	}

	destroy(): void {
		this.#stop();
		clearInterval(this.#tick);
	}

	#write(patch: Parameters<typeof updateFacilitation>[1]): void {
		updateFacilitation(this.doc, patch, this.origin);
	}

	#chime(): void {
		if (this.muted || typeof AudioContext === 'undefined') return;
		try {
			const audio = new AudioContext();
			const gain = audio.createGain();
			gain.connect(audio.destination);
			// Two soft tones, like a gong; the context closes once they fade.
			for (const [i, freq] of [660, 880].entries()) {
				const osc = audio.createOscillator();
				osc.frequency.value = freq;
				osc.connect(gain);
				const start = audio.currentTime + i * 0.35;
				gain.gain.setValueAtTime(0.2, start);
				gain.gain.exponentialRampToValueAtTime(0.001, start + 0.9);
				osc.start(start);
				osc.stop(start + 0.9);
			}
			setTimeout(() => void audio.close(), 2_000);
		} catch {
			// Audio blocked until the user interacts with the page: the visual countdown still ends.
		}
	}
}

/** mm:ss of a duration. */
export function formatRemaining(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const minutes = Math.floor(total / 60);
	return `${String(minutes).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
