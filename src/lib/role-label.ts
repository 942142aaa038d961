import * as m from '$lib/paraglide/messages';
import type { Role } from '$lib/navigation';

const LABELS: Record<Role, () => string> = {
	participant: m.common_role_participant,
	facilitator: m.common_role_facilitator,
	mentor: m.common_role_mentor,
	curator: m.common_role_curator,
	admin: m.common_role_admin
};

/** The role's name in the current language (user roles and workshop roles share these names). */
export function roleLabel(role: Role): string {
	return LABELS[role]();
}
