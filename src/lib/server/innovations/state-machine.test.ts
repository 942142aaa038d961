import { describe, expect, it } from 'vitest';
import { STATUSES, type InnovationStatus } from '../../innovations/fields';
import { availableActions, isEditableStatus, isPubliclyVisible, transition, MODERATION_ACTIONS } from './state-machine';
import {
	canEditContent,
	canManageReplication,
	canModerate,
	canRemoveMember,
	canUseFeedback,
	canViewWorkingCopy,
	type InnovationAccess
} from './permissions';

describe('moderation state machine', () => {
	// The complete table of allowed moves: [from, action, actor, published?] → to. Everything else is refused.
	const allowed: [InnovationStatus, string, 'team' | 'curator', boolean, InnovationStatus][] = [
		['draft', 'submit', 'team', false, 'submitted'],
		['draft', 'submit', 'team', true, 'submitted'],
		['needs_revision', 'submit', 'team', false, 'submitted'],
		['needs_revision', 'submit', 'team', true, 'submitted'],
		['submitted', 'withdraw', 'team', false, 'draft'],
		['submitted', 'withdraw', 'team', true, 'draft'],
		['published', 'edit', 'team', true, 'draft'],
		['published', 'edit', 'team', false, 'draft'],
		['submitted', 'publish', 'curator', false, 'published'],
		['submitted', 'publish', 'curator', true, 'published'],
		['submitted', 'request_revision', 'curator', false, 'needs_revision'],
		['submitted', 'request_revision', 'curator', true, 'needs_revision'],
		['submitted', 'reject', 'curator', false, 'rejected'],
		['published', 'archive', 'curator', true, 'archived'],
		['published', 'archive', 'curator', false, 'archived'],
		['archived', 'restore', 'curator', true, 'published']
	];

	it('allows exactly the listed transitions', () => {
		let checked = 0;
		for (const from of STATUSES) {
			for (const action of MODERATION_ACTIONS) {
				for (const actor of ['team', 'curator'] as const) {
					for (const published of [false, true]) {
						const rule = allowed.find((a) => a[0] === from && a[1] === action && a[2] === actor && a[3] === published);
						const result = transition(from, action, actor, published);
						expect(result.ok, `${from} --${action}/${actor}/${published}-->`).toBe(Boolean(rule));
						if (rule && result.ok) expect(result.to).toBe(rule[4]);
						checked++;
					}
				}
			}
		}
		expect(checked).toBe(STATUSES.length * MODERATION_ACTIONS.length * 4);
	});

	it('refuses forged actions and says why', () => {
		expect(transition('draft', 'publish', 'team', false)).toEqual({ ok: false, reason: 'not_allowed_for_actor' });
		expect(transition('draft', 'publish', 'curator', false)).toEqual({ ok: false, reason: 'invalid_from_status' });
		expect(transition('submitted', 'reject', 'curator', true)).toEqual({ ok: false, reason: 'publication_state' });
		expect(transition('archived', 'restore', 'curator', false)).toEqual({ ok: false, reason: 'publication_state' });
		expect(transition('draft', 'published', 'team', false)).toEqual({ ok: false, reason: 'unknown_action' });
		expect(transition('draft', '__proto__', 'team', false)).toEqual({ ok: false, reason: 'unknown_action' });
	});

	it('lists the buttons each side sees', () => {
		expect(availableActions('submitted', 'curator', false)).toEqual(['publish', 'request_revision', 'reject']);
		expect(availableActions('submitted', 'curator', true)).toEqual(['publish', 'request_revision']);
		expect(availableActions('draft', 'team', false)).toEqual(['submit']);
		expect(availableActions('rejected', 'team', false)).toEqual([]);
		expect(availableActions('rejected', 'curator', false)).toEqual([]);
	});

	it('keeps a published revision public while its edit is in review, but not when archived', () => {
		for (const status of ['draft', 'submitted', 'needs_revision', 'published'] as const) {
			expect(isPubliclyVisible(status, true)).toBe(true);
			expect(isPubliclyVisible(status, false)).toBe(false);
		}
		expect(isPubliclyVisible('archived', true)).toBe(false);
		expect(isPubliclyVisible('rejected', true)).toBe(false);
	});

	it('lets the team edit only drafts, revisions and published entries', () => {
		expect(STATUSES.filter(isEditableStatus)).toEqual(['draft', 'needs_revision', 'published']);
	});
});

describe('permission predicates', () => {
	const nobody: InnovationAccess = { member: null, mentor: false, curator: false };
	const lead: InnovationAccess = { member: { role: 'lead' }, mentor: false, curator: false };
	const member: InnovationAccess = { member: { role: 'member' }, mentor: false, curator: false };
	const mentor: InnovationAccess = { member: null, mentor: true, curator: false };
	const curator: InnovationAccess = { member: null, mentor: false, curator: true };

	it('shows the working copy to team, mentors and curators only', () => {
		expect([nobody, lead, member, mentor, curator].map(canViewWorkingCopy)).toEqual([false, true, true, true, true]);
	});

	it('lets only team members edit, and only in editable statuses', () => {
		for (const status of STATUSES) {
			expect(canEditContent(nobody, status)).toBe(false);
			expect(canEditContent(mentor, status)).toBe(false);
			expect(canEditContent(curator, status)).toBe(false);
			expect(canEditContent(member, status)).toBe(isEditableStatus(status));
		}
	});

	it('lets curators alone moderate', () => {
		expect([nobody, lead, member, mentor, curator].map(canModerate)).toEqual([false, false, false, false, true]);
	});

	it('keeps mentor feedback among team, mentors and curators', () => {
		expect([nobody, lead, member, mentor, curator].map(canUseFeedback)).toEqual([false, true, true, true, true]);
	});

	it('shows replication requests to team and curators, not mentors', () => {
		expect([nobody, lead, member, mentor, curator].map(canManageReplication)).toEqual([false, true, true, false, true]);
	});

	it('lets the lead remove others and members only leave', () => {
		expect(canRemoveMember(lead, 1, 2)).toBe(true);
		expect(canRemoveMember(lead, 1, 1)).toBe(false);
		expect(canRemoveMember(member, 2, 2)).toBe(true);
		expect(canRemoveMember(member, 2, 3)).toBe(false);
		expect(canRemoveMember(nobody, 4, 4)).toBe(false);
	});
});
