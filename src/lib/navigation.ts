/**
 * The primary navigation: one typed list shared by the header, the mobile menu and the footer.
 * Add an entry here when a new top-level area ships; the header needs no change.
 */
import * as m from '$lib/paraglide/messages';

/** A user role, taken from the session user type so this module stays free of server imports. */
export type Role = NonNullable<App.Locals['user']>['role'];

/** Who sees an entry: everybody, anyone signed in, or only the listed roles. */
export type NavAudience = 'public' | 'signed-in' | readonly Role[];

export interface NavItem {
	/** Unlocalized path; render it through `localizeHref`. */
	href: `/${string}`;
	/** Message function for the label, so it follows the current language. */
	label: () => string;
	audience: NavAudience;
}

export const NAVIGATION: readonly NavItem[] = [
	{ href: '/', label: m.nav_home, audience: 'public' },
	{ href: '/inovasi', label: m.gallery_nav, audience: 'public' },
	{ href: '/lokakarya', label: m.nav_workshops, audience: 'signed-in' },
	{ href: '/papan', label: m.nav_boards, audience: 'signed-in' },
	{ href: '/belajar', label: m.learning_nav, audience: 'signed-in' },
	{ href: '/metode', label: m.method_nav_label, audience: 'public' },
	{ href: '/dampak', label: m.impact_nav, audience: 'public' }
];

/**
 * Personal and role-specific areas. They live in the account menu (and the account part of the
 * phone menu) rather than the bar, so the bar holds the same number of entries for every role and
 * fits the same widths for an admin as for a participant.
 */
export const ACCOUNT_NAVIGATION: readonly NavItem[] = [
	{ href: '/inovasi-saya', label: m.innovation_mine_title, audience: 'signed-in' },
	{ href: '/kurasi', label: m.nav_curation, audience: ['curator', 'admin'] },
	{ href: '/talenta', label: m.nav_talent, audience: ['curator', 'facilitator', 'admin'] },
	{ href: '/admin', label: m.nav_admin, audience: ['admin'] },
	{ href: '/akun', label: m.nav_account, audience: 'signed-in' }
];

/** Whether a user (or a guest, `null`) may see an entry with this audience. */
export function canSee(audience: NavAudience, user: { role: Role } | null): boolean {
	if (audience === 'public') return true;
	if (!user) return false;
	if (audience === 'signed-in') return true;
	return audience.includes(user.role);
}

/** The entries a user (or a guest) sees, in order. */
export function navigationFor(user: { role: Role } | null, items: readonly NavItem[] = NAVIGATION): NavItem[] {
	return items.filter((item) => canSee(item.audience, user));
}

/** Whether an entry is the current page or one of its children, given an unlocalized pathname. */
export function isCurrent(href: string, pathname: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
