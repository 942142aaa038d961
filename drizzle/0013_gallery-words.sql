CREATE TABLE "gallery_words" (
	"word" text PRIMARY KEY NOT NULL,
	"entries" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "gallery_entries_title_trgm_idx";--> statement-breakpoint
CREATE INDEX "gallery_words_trgm_idx" ON "gallery_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
DROP FUNCTION IF EXISTS gallery_similar_titles(text);--> statement-breakpoint
-- The words a visitor may remember of an entry: its title and summary, lower-cased, split at anything
-- that is not a letter or digit; numbers and words under three letters are never corrected.
CREATE OR REPLACE FUNCTION gallery_entry_words(title text, summary text) RETURNS SETOF text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT DISTINCT w FROM regexp_split_to_table(lower(title || ' ' || summary), '[^[:alnum:]]+') AS w
	WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
$$;
--> statement-breakpoint
-- One statement-level trigger per event keeps the counts: publication rewrites an entry by deleting
-- and inserting it, and a bulk publication stays one pass over its transition table.
CREATE OR REPLACE FUNCTION gallery_words_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE gallery_words g SET entries = g.entries - o.n
	FROM (SELECT w, count(*)::int AS n FROM old_rows, gallery_entry_words(old_rows.title, old_rows.summary) AS w GROUP BY w) o
	WHERE g.word = o.w;
	DELETE FROM gallery_words WHERE entries <= 0;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gallery_words_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO gallery_words (word, entries)
	SELECT w, count(*)::int FROM new_rows, gallery_entry_words(new_rows.title, new_rows.summary) AS w GROUP BY w
	ON CONFLICT (word) DO UPDATE SET entries = gallery_words.entries + excluded.entries;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER gallery_words_insert AFTER INSERT ON gallery_entries
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gallery_words_added();--> statement-breakpoint
CREATE TRIGGER gallery_words_delete AFTER DELETE ON gallery_entries
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gallery_words_removed();--> statement-breakpoint
CREATE TRIGGER gallery_words_update_old AFTER UPDATE ON gallery_entries
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gallery_words_removed();--> statement-breakpoint
CREATE TRIGGER gallery_words_update_new AFTER UPDATE ON gallery_entries
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gallery_words_added();--> statement-breakpoint
INSERT INTO gallery_words (word, entries)
SELECT w, count(*)::int FROM gallery_entries, gallery_entry_words(gallery_entries.title, gallery_entries.summary) AS w GROUP BY w;
