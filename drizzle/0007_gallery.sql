CREATE TABLE "gallery_entries" (
	"innovation_id" integer PRIMARY KEY NOT NULL,
	"slug" varchar(160) NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"agency_name" text,
	"agency_kind" varchar(40),
	"province_code" varchar(2),
	"province_name" text,
	"regency" text DEFAULT '' NOT NULL,
	"stage" varchar(20) NOT NULL,
	"form" varchar(20) NOT NULL,
	"government_level" varchar(20),
	"is_digital" boolean NOT NULL,
	"year" smallint NOT NULL,
	"themes" text[] NOT NULL,
	"sdgs" integer[] NOT NULL,
	"cover" jsonb,
	"featured" boolean NOT NULL,
	"appreciation_count" integer NOT NULL,
	"first_published_at" timestamp with time zone NOT NULL,
	"revised_at" timestamp with time zone NOT NULL,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gallery_entries" ADD CONSTRAINT "gallery_entries_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gallery_entries_search_idx" ON "gallery_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "gallery_entries_title_trgm_idx" ON "gallery_entries" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "gallery_entries_published_idx" ON "gallery_entries" USING btree ("first_published_at");--> statement-breakpoint
CREATE INDEX "gallery_entries_province_idx" ON "gallery_entries" USING btree ("province_code");--> statement-breakpoint
-- The gallery copies each publicly visible entry's published revision into gallery_entries.
-- Triggers keep it current on every driver (PGlite and PostgreSQL alike); the application never writes it.
CREATE OR REPLACE FUNCTION gallery_jsonb_array(value jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gallery_refresh_entry(entry_id integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM gallery_entries WHERE innovation_id = entry_id;
	INSERT INTO gallery_entries (
		innovation_id, slug, title, summary, agency_name, agency_kind, province_code, province_name, regency,
		stage, form, government_level, is_digital, year, themes, sdgs, cover, featured, appreciation_count,
		first_published_at, revised_at, search
	)
	SELECT
		i.id,
		i.slug,
		coalesce(c->>'title', ''),
		coalesce(c->>'summary', ''),
		c->'agency'->>'name',
		c->'agency'->>'kind',
		c->'province'->>'code',
		c->'province'->>'name',
		coalesce(c->>'regency', ''),
		coalesce(c->>'stage', 'gagasan'),
		coalesce(c->>'form', 'lainnya'),
		c->>'governmentLevel',
		coalesce((c->>'isDigital')::boolean, false),
		coalesce(
			CASE WHEN c->>'startedOn' ~ '^\d{4}-' THEN substring(c->>'startedOn' from 1 for 4)::smallint END,
			extract(year from first.at)::smallint
		),
		ARRAY(SELECT t->>'slug' FROM jsonb_array_elements(gallery_jsonb_array(c->'themes')) t WHERE t->>'slug' IS NOT NULL),
		ARRAY(SELECT (s->>'number')::integer FROM jsonb_array_elements(gallery_jsonb_array(c->'sdgs')) s WHERE s->>'number' ~ '^\d+$'),
		CASE WHEN jsonb_array_length(gallery_jsonb_array(c->'media')) > 0 THEN c->'media'->0 END,
		i.featured,
		i.appreciation_count,
		first.at,
		r.published_at,
		setweight(to_tsvector('indonesian', coalesce(c->>'title', '')), 'A')
			|| setweight(to_tsvector('indonesian', coalesce(c->>'summary', '')), 'B')
			|| setweight(to_tsvector('indonesian', concat_ws(' ',
				c->>'background', c->>'solution', c->>'novelty', c->>'results', c->>'beneficiaries', c->>'partners',
				c->>'resources', c->>'challenges', c->>'successConditions', c->>'sustainability', c->>'replicability',
				c->>'lessons', c->'agency'->>'name', c->'province'->>'name', c->>'regency',
				(SELECT string_agg(concat_ws(' ', t->>'nameId', t->>'nameEn'), ' ') FROM jsonb_array_elements(gallery_jsonb_array(c->'themes')) t),
				(SELECT string_agg(g->>'name', ' ') FROM jsonb_array_elements(gallery_jsonb_array(c->'tags')) g)
			)), 'C')
	FROM innovations i
	JOIN innovation_revisions r ON r.id = i.published_revision_id
	CROSS JOIN LATERAL (SELECT r.content AS c) content
	CROSS JOIN LATERAL (
		SELECT min(published_at) AS at FROM innovation_revisions WHERE innovation_id = i.id
	) first
	WHERE i.id = entry_id
		AND i.status NOT IN ('archived', 'rejected')
		AND i.slug NOT LIKE 'draf-%';
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gallery_innovation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM gallery_refresh_entry(NEW.id);
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Only columns that change what the gallery shows: a page view (view_count) must not rewrite the row.
CREATE TRIGGER gallery_innovation_insert AFTER INSERT ON innovations
	FOR EACH ROW EXECUTE FUNCTION gallery_innovation_changed();
--> statement-breakpoint
CREATE TRIGGER gallery_innovation_update AFTER UPDATE OF status, published_revision_id, slug, featured, appreciation_count ON innovations
	FOR EACH ROW EXECUTE FUNCTION gallery_innovation_changed();
--> statement-breakpoint
SELECT gallery_refresh_entry(id) FROM innovations WHERE published_revision_id IS NOT NULL;
