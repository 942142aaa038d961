DROP INDEX "gallery_entries_search_idx";--> statement-breakpoint
DROP INDEX "gallery_entries_title_trgm_idx";--> statement-breakpoint
CREATE INDEX "gallery_entries_search_idx" ON "gallery_entries" USING gin ("search") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "gallery_entries_title_trgm_idx" ON "gallery_entries" USING gin ("title" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
-- Typo tolerance: ids of gallery entries whose title has a word similar to the query (pg_trgm `%>`,
-- word_similarity at or above pg_trgm.word_similarity_threshold). The planner prices word_similarity
-- like a cheap operator and picks a sequential scan that is about six times slower than the trigram
-- index on 10,000 entries; the function's own setting makes this one lookup use the index.
CREATE OR REPLACE FUNCTION gallery_similar_titles(q text) RETURNS SETOF integer
	LANGUAGE sql STABLE PARALLEL SAFE ROWS 100
	SET enable_seqscan = off
	AS $$ SELECT innovation_id FROM gallery_entries WHERE title %> q $$;
