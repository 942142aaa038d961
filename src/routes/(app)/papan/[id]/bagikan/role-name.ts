import * as m from '$lib/paraglide/messages';

/** A board role as the sharing page words it ("can edit", …). */
export function roleName(role: 'edit' | 'comment' | 'view'): string {
	return role === 'edit' ? m.boards_role_edit_option() : role === 'comment' ? m.boards_role_comment_option() : m.boards_role_view_option();
}
