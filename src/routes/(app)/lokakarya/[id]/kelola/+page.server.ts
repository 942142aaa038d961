import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { idParam, loadOr404, workshopAction } from '$lib/server/workshops/http';
import {
	addMemberFormSchema,
	memberFormSchema,
	mentorFormSchema,
	moveFormSchema,
	renameTeamFormSchema,
	roleFormSchema,
	shuffleFormSchema,
	stageFormSchema,
	statusFormSchema,
	teamFormSchema,
	teamNameFormSchema
} from '$lib/server/workshops/forms';
import * as workshops from '$lib/server/workshops';
import { stageLabel } from '$lib/workshops/labels';
import { z } from 'zod';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const id = idParam(params.id);
	const db = await getDb();
	const workshop = await loadOr404(async () => {
		await workshops.requireManager(db, user, id);
		return workshops.getWorkshopDetail(db, user, id);
	});
	return {
		workshop,
		boards: await workshops.listTeamBoards(db, user, id),
		joinUrl: workshop.join ? new URL(workshop.join.path, url.origin).href : null,
		created: url.searchParams.has('dibuat'),
		saved: url.searchParams.has('disimpan')
	};
};

const none = z.object({});
const byTeam = (d: { teamId: number }) => d.teamId;
const byUser = (d: { userId: number }) => d.userId;

export const actions: Actions = {
	status: workshopAction('status', statusFormSchema, async ({ db, user, workshopId, data }) => {
		await workshops.setWorkshopStatus(db, user, workshopId, data.status);
		return m.workshop_status_saved();
	}),
	regenerateCode: workshopAction('joinCode', none, async ({ db, user, workshopId }) => {
		await workshops.regenerateJoinCode(db, user, workshopId);
		return m.workshop_code_regenerated();
	}),
	advanceWorkshop: workshopAction('stage', none, async ({ db, user, workshopId }) => {
		return m.stage_workshop_moved({ stage: stageLabel(await workshops.advanceWorkshopStage(db, user, workshopId)) });
	}),
	shuffle: workshopAction('shuffle', shuffleFormSchema, async ({ db, user, workshopId, data }) => {
		const seed = data.seed || crypto.randomUUID().slice(0, 8);
		const result = await workshops.shuffleTeams(db, user, workshopId, { ...data, seed, namePrefix: m.team_default_prefix() });
		return m.team_shuffled({ placed: result.placed, teams: result.teamIds.length, seed });
	}),
	createTeam: workshopAction('createTeam', teamNameFormSchema, async ({ db, user, workshopId, data }) => {
		await workshops.createTeam(db, user, workshopId, data.name);
		return m.team_created({ name: data.name });
	}),
	renameTeam: workshopAction(
		'renameTeam',
		renameTeamFormSchema,
		async ({ db, user, data }) => {
			await workshops.renameTeam(db, user, data.teamId, data.name);
			return m.team_renamed({ name: data.name });
		},
		byTeam
	),
	deleteTeam: workshopAction(
		'deleteTeam',
		teamFormSchema,
		async ({ db, user, data }) => {
			await workshops.deleteTeam(db, user, data.teamId);
			return m.team_deleted();
		},
		byTeam
	),
	teamStage: workshopAction(
		'teamStage',
		stageFormSchema,
		async ({ db, user, data }) => {
			await workshops.setTeamStage(db, user, data.teamId, data.stage);
			return m.stage_team_saved();
		},
		byTeam
	),
	advanceTeam: workshopAction(
		'teamStage',
		teamFormSchema,
		async ({ db, user, data }) => {
			await workshops.advanceTeamStage(db, user, data.teamId);
			return m.stage_team_saved();
		},
		byTeam
	),
	move: workshopAction(
		'move',
		moveFormSchema,
		async ({ db, user, workshopId, data }) => {
			await workshops.moveParticipant(db, user, workshopId, data.userId, data.teamId);
			return m.team_member_moved();
		},
		byUser
	),
	assignMentor: workshopAction(
		'mentor',
		mentorFormSchema,
		async ({ db, user, data }) => {
			await workshops.assignMentor(db, user, data.teamId, data.userId);
			return m.team_mentor_assigned();
		},
		byTeam
	),
	unassignMentor: workshopAction(
		'mentor',
		mentorFormSchema,
		async ({ db, user, data }) => {
			await workshops.unassignMentor(db, user, data.teamId, data.userId);
			return m.team_mentor_unassigned();
		},
		byTeam
	),
	addMember: workshopAction('addMember', addMemberFormSchema, async ({ db, user, workshopId, data }) => {
		const result = await workshops.addMemberByEmail(db, user, workshopId, data.email, data.role);
		return result.alreadyMember ? m.workshop_member_already() : m.workshop_member_added();
	}),
	setRole: workshopAction(
		'member',
		roleFormSchema,
		async ({ db, user, workshopId, data }) => {
			await workshops.setMemberRole(db, user, workshopId, data.userId, data.role);
			return m.workshop_member_role_saved();
		},
		byUser
	),
	removeMember: workshopAction(
		'member',
		memberFormSchema,
		async ({ db, user, workshopId, data }) => {
			await workshops.removeMember(db, user, workshopId, data.userId);
			return m.workshop_member_removed();
		},
		byUser
	)
};
