import { describe, expect, it } from 'vitest';
import { ACCOUNT_NAVIGATION, NAVIGATION, canSee, isCurrent, navigationFor, type Role } from './navigation';

const hrefs = (role: Role | null) => navigationFor(role ? { role } : null).map((item) => item.href);

describe('navigationFor', () => {
	it('shows guests only the public entries', () => {
		expect(hrefs(null)).toEqual(['/', '/inovasi', '/metode', '/dampak']);
	});

	it('adds workshops, boards and the learning record for anyone signed in', () => {
		expect(hrefs('participant')).toEqual(['/', '/inovasi', '/lokakarya', '/papan', '/belajar', '/metode', '/dampak']);
		expect(hrefs('curator')).toEqual(['/', '/inovasi', '/lokakarya', '/papan', '/belajar', '/metode', '/dampak']);
	});

	it('gives admins the same bar as everyone signed in, so it fits as well', () => {
		expect(hrefs('admin')).toEqual(hrefs('participant'));
	});

	it('keeps the order of the list', () => {
		const items = navigationFor({ role: 'admin' });
		expect(items).toEqual(NAVIGATION.filter((item) => items.includes(item)));
	});
});

describe('account navigation', () => {
	const account = (role: Role | null) => navigationFor(role ? { role } : null, ACCOUNT_NAVIGATION).map((item) => item.href);

	it('is empty for guests', () => {
		expect(account(null)).toEqual([]);
	});

	it('adds curation for curators and admins, the talent pool for them and facilitators, the admin area for admins only', () => {
		expect(account('participant')).toEqual(['/inovasi-saya', '/akun']);
		expect(account('mentor')).toEqual(['/inovasi-saya', '/akun']);
		expect(account('facilitator')).toEqual(['/inovasi-saya', '/talenta', '/akun']);
		expect(account('curator')).toEqual(['/inovasi-saya', '/kurasi', '/talenta', '/akun']);
		expect(account('admin')).toEqual(['/inovasi-saya', '/kurasi', '/talenta', '/admin', '/akun']);
	});
});

describe('canSee', () => {
	it('matches role lists exactly', () => {
		expect(canSee(['mentor', 'curator'], { role: 'mentor' })).toBe(true);
		expect(canSee(['mentor', 'curator'], { role: 'facilitator' })).toBe(false);
		expect(canSee(['mentor'], null)).toBe(false);
	});
});

describe('isCurrent', () => {
	it('marks home only on the home page', () => {
		expect(isCurrent('/', '/')).toBe(true);
		expect(isCurrent('/', '/papan')).toBe(false);
	});

	it('marks a section on its pages but not on look-alike paths', () => {
		expect(isCurrent('/papan', '/papan')).toBe(true);
		expect(isCurrent('/papan', '/papan/12')).toBe(true);
		expect(isCurrent('/papan', '/papanku')).toBe(false);
	});
});

describe('labels', () => {
	it('every entry has a non-empty label', () => {
		for (const item of [...NAVIGATION, ...ACCOUNT_NAVIGATION]) expect(item.label().trim()).not.toBe('');
	});
});
