import type { Actions, PageServerLoad } from './$types';
import * as m from '$lib/paraglide/messages';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { idParam } from '$lib/server/workshops/http';
import { requireManager } from '$lib/server/workshops/access';
import { getWorkshopDetail } from '$lib/server/workshops';
import { addSession, attendanceSheet, confirmAttendance, saveLearningSettings, updateSession } from '$lib/server/learning/attendance';
import { issueCertificates } from '$lib/server/learning/certificates';
import { learningAction, loadOrRefuse } from '$lib/server/learning/http';
import { confirmFormSchema, editSessionFormSchema, presentIds, sessionFormSchema, settingsFormSchema } from '$lib/server/learning/forms';
import { z } from 'zod';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const id = idParam(params.id);
	const db = await getDb();
	return loadOrRefuse(async () => {
		await requireManager(db, user, id);
		const workshop = await getWorkshopDetail(db, user, id);
		return { workshop: { id: workshop.id, title: workshop.title }, sheet: await attendanceSheet(db, user, id) };
	});
};

export const actions: Actions = {
	settings: learningAction('settings', settingsFormSchema, async ({ db, user, workshopId, data }) => {
		await saveLearningSettings(db, user, workshopId, data);
		return m.attendance_settings_saved();
	}),
	addSession: learningAction('addSession', sessionFormSchema, async ({ db, user, workshopId, data }) => {
		await addSession(db, user, workshopId, data);
		return m.attendance_session_added();
	}),
	editSession: learningAction(
		'editSession',
		editSessionFormSchema,
		async ({ db, user, workshopId, data }) => {
			await updateSession(db, user, workshopId, data.sessionId, data);
			return m.attendance_session_saved();
		},
		(d) => d.sessionId
	),
	confirm: learningAction(
		'confirm',
		confirmFormSchema,
		async ({ db, user, workshopId, data, formData }) => {
			const result = await confirmAttendance(db, user, workshopId, data.sessionId, presentIds(formData), data.reason);
			return m.attendance_confirmed_notice({ changed: result.changed });
		},
		(d) => d.sessionId
	),
	issue: learningAction('issue', z.object({}), async ({ db, user, workshopId }) => {
		return m.certificate_issued_notice({ count: await issueCertificates(db, user, workshopId) });
	})
};
