/** Shapes the gallery sends to pages and the open-data endpoints (built on the server by the gallery service). */
import type { GovernmentLevel, InnovationStage } from '../innovations/fields';
import type { PublicMediaItem } from '../innovations/public-entry';
import type { Facet, GalleryQuery, GallerySort } from './query';

export interface GalleryCard {
	slug: string;
	title: string;
	summary: string;
	agency: string | null;
	agencyKind: string | null;
	province: { code: string; name: string } | null;
	regency: string;
	stage: InnovationStage;
	governmentLevel: GovernmentLevel | null;
	isDigital: boolean;
	year: number;
	themes: { slug: string; nameId: string; nameEn: string }[];
	sdgs: number[];
	appreciations: number;
	featured: boolean;
	publishedAt: string;
	updatedAt: string;
	cover: PublicMediaItem | null;
}

export interface FacetValue {
	value: string;
	count: number;
	selected: boolean;
	/** Names for data-driven vocabularies (provinces, themes, SDGs, agency kinds); code lists use labels.ts. */
	names: { id: string; en: string } | null;
}

export interface GalleryResult {
	query: GalleryQuery;
	sort: GallerySort;
	items: GalleryCard[];
	total: number;
	page: number;
	pageCount: number;
	/** True when the query found too little and the results are for its corrected form (typo tolerance). */
	fuzzy: boolean;
	/** The query with misspelt words corrected against the gallery's vocabulary, when its results are shown. */
	suggestion: string | null;
	facets: Record<Facet, FacetValue[]>;
}

/** The home page's discovery sections. */
export interface HomeCollection {
	slug: string;
	title: string;
	description: string;
	count: number;
	items: { slug: string; title: string }[];
}

export interface HomeDiscovery {
	featured: GalleryCard[];
	newest: GalleryCard[];
	collections: HomeCollection[];
	provinces: { code: string; name: string; count: number }[];
}
