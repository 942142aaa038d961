/**
 * Innovator profiles: limits, the visibility switches and the shapes pages render. Shared by the
 * server (validation, mappers) and the pages; no server imports here.
 */

export const PROFILE_LIMITS = {
	/** A short introduction, not a CV: about a paragraph. */
	bio: 500,
	/** Tags per list; more stops being a profile and starts being keyword stuffing. */
	tags: 12,
	/** One tag: a skill or topic in a few words. */
	tagLength: 40
} as const;

/** The per-field switches, in the order the account form shows them. */
export const VISIBILITY_FIELDS = ['showAgency', 'showPosition', 'showProvince', 'showPhoto', 'showSkills', 'showWorkshops'] as const;
export type VisibilityField = (typeof VISIBILITY_FIELDS)[number];

export type ProfileVisibility = { isPublic: boolean } & Record<VisibilityField, boolean>;

/** What a person gets before they touch their profile: public, showing the name and published innovations only. */
export const DEFAULT_VISIBILITY: ProfileVisibility = {
	isPublic: true,
	showAgency: false,
	showPosition: false,
	showProvince: false,
	showPhoto: false,
	showSkills: false,
	showWorkshops: false
};

/** A portrait ready for `<img srcset>`; its alt text is the person's name. */
export interface ProfilePhoto {
	src: string;
	srcset: string;
	alt: string;
}

/** A profile as `/profil/<handle>` shows it: every field is either made public by its owner or absent. */
export interface PublicProfile {
	handle: string;
	name: string;
	bio: string;
	agency: string | null;
	position: string | null;
	province: { code: string; name: string } | null;
	photo: ProfilePhoto | null;
	skills: string[];
	interests: string[];
	innovations: { slug: string; title: string; summary: string; role: 'lead' | 'member' }[];
	/** Null when the owner keeps their workshops private (as opposed to an empty list). */
	workshops: { title: string; role: 'facilitator' | 'mentor' | 'participant'; startsOn: string | null }[] | null;
}

/** One person in the talent pool: the same public fields, without the lists of work. */
export type TalentCard = Omit<PublicProfile, 'innovations' | 'workshops' | 'bio'> & { innovationCount: number };

/** The talent pool's URL state (parsed on the server by `parseTalentQuery`). */
export interface TalentQueryState {
	q: string;
	keahlian: string;
	instansi?: number;
	provinsi?: string;
	hal: number;
}

/** Writes the talent pool's state as URL parameters: empty values left out, so every search has one short URL. */
export function talentParams(query: TalentQueryState): URLSearchParams {
	const params = new URLSearchParams();
	if (query.keahlian) params.set('keahlian', query.keahlian);
	if (query.q) params.set('q', query.q);
	if (query.instansi) params.set('instansi', String(query.instansi));
	if (query.provinsi) params.set('provinsi', query.provinsi);
	if (query.hal > 1) params.set('hal', String(query.hal));
	return params;
}

/** Splits a comma- or newline-separated list as typed into the form. */
export function splitTags(value: string): string[] {
	return value
		.split(/[,\n;]/)
		.map((t) => t.trim())
		.filter(Boolean);
}

/** One tag in its stored form: lower-case, single spaces, trimmed (so "Analisis  Data" and "analisis data" match). */
export function normalizeTag(value: string): string {
	return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}
