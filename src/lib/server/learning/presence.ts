/**
 * The board presence log: the realtime server tells the recorder who joined and left which board,
 * and attendance is prefilled from it. Writes are fire-and-forget — a lost row only means one
 * fewer suggestion the facilitator confirms by hand — so a database hiccup never touches a socket.
 */
import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boardPresence, boards } from '../db/schema';
import type { PresenceRecorder } from '../realtime/server';

/** A recorder that writes one board_presence row per connection (joined_at, then left_at). */
export function databasePresenceRecorder(db: Database): PresenceRecorder & { settled(): Promise<void> } {
	const pending = new Set<Promise<unknown>>();
	const track = <T>(promise: Promise<T>) => {
		pending.add(promise);
		void promise.finally(() => pending.delete(promise));
		return promise;
	};
	return {
		joined(boardId, userId) {
			const row = track(
				db
					.insert(boardPresence)
					.values({ boardId, userId })
					.returning({ id: boardPresence.id })
					.then(([r]) => r?.id ?? null)
					.catch((error) => {
						console.error('learning: recording board presence failed', error);
						return null;
					})
			);
			return () => {
				void track(
					row.then((id) =>
						id === null
							? undefined
							: db
									.update(boardPresence)
									.set({ leftAt: new Date() })
									.where(eq(boardPresence.id, id))
									.then(() => undefined)
									.catch((error) => console.error('learning: recording a board leave failed', error))
					)
				);
			};
		},
		/** Resolves when every write started so far has finished (tests, shutdown). */
		async settled() {
			while (pending.size) await Promise.allSettled([...pending]);
		}
	};
}

const OPEN_VISIT_MAX_MS = 12 * 3_600_000;

/**
 * Users who were on any board of the workshop during [from, to]: a visit counts when it began
 * before the end and ended (or is still open) after the start.
 */
export async function presentOnWorkshopBoards(db: Database, workshopId: number, from: Date, to: Date): Promise<Set<number>> {
	const rows = await db
		.selectDistinct({ userId: boardPresence.userId })
		.from(boardPresence)
		.innerJoin(boards, eq(boards.id, boardPresence.boardId))
		.where(
			and(
				eq(boards.workshopId, workshopId),
				lte(boardPresence.joinedAt, to),
				or(
					gte(boardPresence.leftAt, from),
					// A visit with no end is live, or its process died before writing the leave: it counts
					// only if it began within a working day of the window, so a stale row cannot fill later sessions.
					and(isNull(boardPresence.leftAt), gte(boardPresence.joinedAt, new Date(from.getTime() - OPEN_VISIT_MAX_MS)))
				)
			)
		);
	return new Set(rows.map((r) => r.userId));
}

/** Of `boardIds`, those the user was ever present on. */
export async function boardsVisitedBy(db: Database, userId: number, boardIds: string[]): Promise<Set<string>> {
	if (!boardIds.length) return new Set();
	const rows = await db
		.selectDistinct({ boardId: boardPresence.boardId })
		.from(boardPresence)
		.where(and(eq(boardPresence.userId, userId), inArray(boardPresence.boardId, boardIds)));
	return new Set(rows.map((r) => r.boardId));
}
