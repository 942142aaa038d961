/**
 * Moderation state machine of an innovation entry (pure: no database).
 *
 *   draft ──submit──► submitted ──publish──► published ──archive──► archived
 *     ▲                 │  │  └─request_revision─► needs_revision ──submit──► submitted
 *     └────withdraw─────┘  └─reject─► rejected (only if never published)
 *   published ──edit──► draft   (the published revision stays public meanwhile)
 *   archived ──restore──► published
 *
 * Every status change in the app goes through `transition`, so a forged target status in a form is
 * refused here rather than trusted.
 */
import type { InnovationStatus } from '../../innovations/fields';

export const MODERATION_ACTIONS = [
	'submit',
	'withdraw',
	'edit',
	'publish',
	'request_revision',
	'reject',
	'archive',
	'restore'
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Who may take an action: the entry's team, or a curator (curators and admins). */
export type ActorKind = 'team' | 'curator';

interface Rule {
	actor: ActorKind;
	from: readonly InnovationStatus[];
	to: InnovationStatus;
	/** Extra condition on whether a published revision exists. */
	published?: 'required' | 'forbidden';
}

const RULES: Record<ModerationAction, Rule> = {
	submit: { actor: 'team', from: ['draft', 'needs_revision'], to: 'submitted' },
	withdraw: { actor: 'team', from: ['submitted'], to: 'draft' },
	edit: { actor: 'team', from: ['published'], to: 'draft' },
	publish: { actor: 'curator', from: ['submitted'], to: 'published' },
	request_revision: { actor: 'curator', from: ['submitted'], to: 'needs_revision' },
	// Rejecting an edit of a live entry would leave a public page with a "rejected" status; ask for a revision instead.
	reject: { actor: 'curator', from: ['submitted'], to: 'rejected', published: 'forbidden' },
	archive: { actor: 'curator', from: ['published'], to: 'archived' },
	restore: { actor: 'curator', from: ['archived'], to: 'published', published: 'required' }
};

export type TransitionResult =
	| { ok: true; to: InnovationStatus }
	| { ok: false; reason: 'unknown_action' | 'not_allowed_for_actor' | 'invalid_from_status' | 'publication_state' };

/** Whether `actor` may take `action` on an entry in status `from`; returns the next status. */
export function transition(
	from: InnovationStatus,
	action: string,
	actor: ActorKind,
	hasPublishedRevision: boolean
): TransitionResult {
	if (!(MODERATION_ACTIONS as readonly string[]).includes(action)) return { ok: false, reason: 'unknown_action' };
	const rule = RULES[action as ModerationAction];
	if (rule.actor !== actor) return { ok: false, reason: 'not_allowed_for_actor' };
	if (!rule.from.includes(from)) return { ok: false, reason: 'invalid_from_status' };
	if (rule.published === 'required' && !hasPublishedRevision) return { ok: false, reason: 'publication_state' };
	if (rule.published === 'forbidden' && hasPublishedRevision) return { ok: false, reason: 'publication_state' };
	return { ok: true, to: rule.to };
}

/** The actions `actor` can take right now (drives which buttons a page shows). */
export function availableActions(
	from: InnovationStatus,
	actor: ActorKind,
	hasPublishedRevision: boolean
): ModerationAction[] {
	return MODERATION_ACTIONS.filter((a) => transition(from, a, actor, hasPublishedRevision).ok);
}

/** The team may change content only in these statuses (a published entry first moves to draft). */
export function isEditableStatus(status: InnovationStatus): boolean {
	return status === 'draft' || status === 'needs_revision' || status === 'published';
}

/** Whether the public sees the entry: it has a published revision and is not archived. */
export function isPubliclyVisible(status: InnovationStatus, hasPublishedRevision: boolean): boolean {
	return hasPublishedRevision && status !== 'archived' && status !== 'rejected';
}
