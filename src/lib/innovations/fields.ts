/**
 * Vocabulary of an innovation entry, shared by server and browser (no server imports here).
 * Fields follow the public-sector anchors: OECD OPSI case studies, KemenPAN-RB's KIPP proposals and
 * Kemendagri's regional innovation index.
 */

/** Maturity of the innovation, in KIPP / Kemendagri terms. */
export const STAGES = ['gagasan', 'uji_coba', 'diterapkan', 'dilembagakan', 'direplikasi'] as const;
export type InnovationStage = (typeof STAGES)[number];

/** Kemendagri's form of regional innovation. */
export const FORMS = ['tata_kelola', 'pelayanan_publik', 'lainnya'] as const;
export type InnovationForm = (typeof FORMS)[number];

export const GOVERNMENT_LEVELS = ['pusat', 'provinsi', 'kabupaten_kota', 'desa'] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

/** Moderation status of the working copy (what the team edits). */
export const STATUSES = ['draft', 'submitted', 'needs_revision', 'published', 'archived', 'rejected'] as const;
export type InnovationStatus = (typeof STATUSES)[number];

export const MEMBER_ROLES = ['lead', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const COMMENT_KINDS = ['public', 'mentor_feedback'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export const COMMENT_STATUSES = ['visible', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const REPLICATION_STATUSES = ['new', 'contacted', 'in_progress', 'done'] as const;
export type ReplicationStatus = (typeof REPLICATION_STATUSES)[number];

/** Markdown narrative fields, in the order the entry page shows them. */
export const NARRATIVE_FIELDS = [
	'background',
	'solution',
	'novelty',
	'results',
	'beneficiaries',
	'partners',
	'resources',
	'challenges',
	'successConditions',
	'sustainability',
	'replicability',
	'lessons'
] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];

/** Length caps; the summary cap is the anchors' 500 characters, the rest bound row and page size. */
export const LIMITS = {
	title: 140,
	summary: 500,
	narrative: 8000,
	regency: 120,
	cohort: 80,
	awards: 2000,
	videoUrl: 300,
	tag: 40,
	tags: 12,
	themes: 5,
	indicators: 12,
	indicatorText: 160,
	media: 12,
	alt: 250,
	caption: 300,
	comment: 2000,
	replicationMessage: 3000,
	note: 3000
} as const;

/** Steps of the guided form, in order; the URL segment is the step's Indonesian name. */
export const STEPS = ['ringkasan', 'cerita', 'dampak', 'pelaksanaan', 'klasifikasi', 'media', 'tim', 'kirim'] as const;
export type Step = (typeof STEPS)[number];
