/**
 * Workshop-wide facilitation from the live overview: one action applied to every team board of
 * the workshop — a shared timer, a spotlight message, private mode on, or every private note
 * revealed and the mode ended. Each board changes through its live room, so everyone on any team
 * board sees it at once, exactly as if a facilitator had done it on that board.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import * as m from '../../paraglide/messages';
import type { Database } from '../db/client';
import { boards, teams } from '../db/schema';
import { startTimer } from '../../canvas/model/state/timer';
import { MAX_SPOTLIGHT } from '../../canvas/model/state/spotlight';
import { updateFacilitation, type FacilitationPatch } from '../../canvas/sync/board-state';
import { withRoom, type LiveRooms } from '../boards/live-rooms';
import { revealPrivateNotes } from '../boards/private-notes';
import { requireManager, type Actor } from './access';

// Messages are resolved per request (the request's language), not when the module loads.
const minutes = () => m.broadcast_error_minutes();
const spotlight = () => m.broadcast_error_spotlight();

/** What a facilitator may send to every team board at once. */
export const broadcastSchema = z.discriminatedUnion('action', [
	z.object({ action: z.literal('timer'), minutes: z.coerce.number({ error: minutes }).int({ error: minutes }).min(1, { error: minutes }).max(180, { error: minutes }) }),
	z.object({ action: z.literal('timer_stop') }),
	z.object({ action: z.literal('spotlight'), text: z.string().trim().min(1, { error: spotlight }).max(MAX_SPOTLIGHT, { error: spotlight }) }),
	z.object({ action: z.literal('spotlight_clear') }),
	z.object({ action: z.literal('private_on') }),
	z.object({ action: z.literal('private_end') })
]);
export type Broadcast = z.infer<typeof broadcastSchema>;

function patchOf(input: Broadcast, by: string, now: number): FacilitationPatch | null {
	switch (input.action) {
		case 'timer':
			return { timer: startTimer(input.minutes * 60_000, now) };
		case 'timer_stop':
			return { timer: { endsAt: null, remainingMs: null, durationMs: 0 } };
		case 'spotlight':
			return { spotlight: { text: input.text, by, at: now } };
		case 'spotlight_clear':
			return { spotlight: null };
		case 'private_on':
			return { privateMode: true };
		case 'private_end':
			return null;
	}
}

/** Applies `input` to every team board of the workshop (its facilitators and admins only); returns how many boards. */
export async function broadcastToWorkshop(db: Database, rooms: LiveRooms, actor: Actor, workshopId: number, input: Broadcast): Promise<number> {
	await requireManager(db, actor, workshopId);
	const rows = await db.select({ id: boards.id }).from(boards).innerJoin(teams, eq(teams.id, boards.teamId)).where(eq(teams.workshopId, workshopId));
	const now = Date.now();
	const patch = patchOf(input, String(actor.id), now);
	for (const { id } of rows) {
		if (patch) await withRoom(rooms, id, (room) => room.applyServerEdit((doc, origin) => updateFacilitation(doc, patch, origin)));
		else await revealPrivateNotes(db, rooms, actor, id, true);
	}
	await rooms.flush();
	return rows.length;
}
