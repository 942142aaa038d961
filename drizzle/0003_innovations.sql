CREATE TABLE "uploads" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"owner_id" integer,
	"storage_key" text NOT NULL,
	"source_mime" varchar(40) NOT NULL,
	"source_bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"variants" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collection_items" (
	"collection_id" integer NOT NULL,
	"innovation_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collection_items_collection_id_innovation_id_pk" PRIMARY KEY("collection_id","innovation_id")
);
--> statement-breakpoint
CREATE TABLE "collections" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(120) NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collections_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "innovation_indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"innovation_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"baseline" text DEFAULT '' NOT NULL,
	"value" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"measured_on" date,
	"source" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innovation_media" (
	"id" serial PRIMARY KEY NOT NULL,
	"innovation_id" integer NOT NULL,
	"upload_id" varchar(32) NOT NULL,
	"alt" text NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "innovation_media_alt_present" CHECK (char_length(btrim("innovation_media"."alt")) > 0)
);
--> statement-breakpoint
CREATE TABLE "innovation_members" (
	"innovation_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"role" varchar(10) DEFAULT 'member' NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovation_members_innovation_id_user_id_pk" PRIMARY KEY("innovation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "innovation_mentors" (
	"innovation_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovation_mentors_innovation_id_user_id_pk" PRIMARY KEY("innovation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "innovation_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"innovation_id" integer NOT NULL,
	"content" jsonb NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innovation_sdgs" (
	"innovation_id" integer NOT NULL,
	"sdg_number" integer NOT NULL,
	CONSTRAINT "innovation_sdgs_innovation_id_sdg_number_pk" PRIMARY KEY("innovation_id","sdg_number")
);
--> statement-breakpoint
CREATE TABLE "innovation_tags" (
	"innovation_id" integer NOT NULL,
	"tag_id" integer NOT NULL,
	CONSTRAINT "innovation_tags_innovation_id_tag_id_pk" PRIMARY KEY("innovation_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "innovation_themes" (
	"innovation_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	CONSTRAINT "innovation_themes_innovation_id_theme_id_pk" PRIMARY KEY("innovation_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "innovations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(160) NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"summary" varchar(500) DEFAULT '' NOT NULL,
	"background" text DEFAULT '' NOT NULL,
	"solution" text DEFAULT '' NOT NULL,
	"novelty" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"beneficiaries" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"resources" text DEFAULT '' NOT NULL,
	"challenges" text DEFAULT '' NOT NULL,
	"success_conditions" text DEFAULT '' NOT NULL,
	"sustainability" text DEFAULT '' NOT NULL,
	"replicability" text DEFAULT '' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"stage" varchar(20) DEFAULT 'gagasan' NOT NULL,
	"still_running" boolean DEFAULT true NOT NULL,
	"started_on" date,
	"ended_on" date,
	"is_digital" boolean DEFAULT false NOT NULL,
	"form" varchar(20) DEFAULT 'pelayanan_publik' NOT NULL,
	"agency_id" integer,
	"government_level" varchar(20),
	"province_code" varchar(2),
	"regency" text DEFAULT '' NOT NULL,
	"cohort" text DEFAULT '' NOT NULL,
	"video_url" text DEFAULT '' NOT NULL,
	"awards" text DEFAULT '' NOT NULL,
	"status" varchar(20) DEFAULT 'draft' NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"appreciation_count" integer DEFAULT 0 NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"view_count" integer DEFAULT 0 NOT NULL,
	"replication_count" integer DEFAULT 0 NOT NULL,
	"source_board_id" text,
	"board_snapshot" jsonb,
	"workshop_id" integer,
	"team_id" integer,
	"created_by" integer,
	"published_revision_id" integer,
	"reviewed_content" jsonb,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovations_summary_len" CHECK (char_length("innovations"."summary") <= 500)
);
--> statement-breakpoint
CREATE TABLE "moderation_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"innovation_id" integer NOT NULL,
	"actor_id" integer,
	"action" varchar(30) NOT NULL,
	"from_status" varchar(20),
	"to_status" varchar(20),
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(60) NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "tags_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(60) NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"year" integer,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "themes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "appreciations" (
	"innovation_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appreciations_innovation_id_user_id_pk" PRIMARY KEY("innovation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "comment_flags" (
	"comment_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_flags_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"innovation_id" integer NOT NULL,
	"author_id" integer,
	"kind" varchar(20) NOT NULL,
	"body" text NOT NULL,
	"status" varchar(10) DEFAULT 'visible' NOT NULL,
	"flag_count" integer DEFAULT 0 NOT NULL,
	"moderated_by" integer,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innovation_views" (
	"innovation_id" integer NOT NULL,
	"day" date NOT NULL,
	"visitor_key" varchar(64) NOT NULL,
	CONSTRAINT "innovation_views_innovation_id_day_visitor_key_pk" PRIMARY KEY("innovation_id","day","visitor_key")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" varchar(40) NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "replication_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"innovation_id" integer NOT NULL,
	"requester_id" integer,
	"agency_name" text NOT NULL,
	"province_code" varchar(2),
	"message" text NOT NULL,
	"status" varchar(20) DEFAULT 'new' NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_items" ADD CONSTRAINT "collection_items_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_items" ADD CONSTRAINT "collection_items_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_indicators" ADD CONSTRAINT "innovation_indicators_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_media" ADD CONSTRAINT "innovation_media_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_media" ADD CONSTRAINT "innovation_media_upload_id_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."uploads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_members" ADD CONSTRAINT "innovation_members_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_members" ADD CONSTRAINT "innovation_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_mentors" ADD CONSTRAINT "innovation_mentors_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_mentors" ADD CONSTRAINT "innovation_mentors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_revisions" ADD CONSTRAINT "innovation_revisions_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_revisions" ADD CONSTRAINT "innovation_revisions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_sdgs" ADD CONSTRAINT "innovation_sdgs_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_sdgs" ADD CONSTRAINT "innovation_sdgs_sdg_number_sdgs_number_fk" FOREIGN KEY ("sdg_number") REFERENCES "public"."sdgs"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_tags" ADD CONSTRAINT "innovation_tags_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_tags" ADD CONSTRAINT "innovation_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_themes" ADD CONSTRAINT "innovation_themes_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_themes" ADD CONSTRAINT "innovation_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_events" ADD CONSTRAINT "moderation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appreciations" ADD CONSTRAINT "appreciations_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appreciations" ADD CONSTRAINT "appreciations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_views" ADD CONSTRAINT "innovation_views_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_requests" ADD CONSTRAINT "replication_requests_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_requests" ADD CONSTRAINT "replication_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_requests" ADD CONSTRAINT "replication_requests_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "uploads_owner_idx" ON "uploads" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "collection_items_innovation_idx" ON "collection_items" USING btree ("innovation_id");--> statement-breakpoint
CREATE INDEX "innovation_indicators_innovation_idx" ON "innovation_indicators" USING btree ("innovation_id");--> statement-breakpoint
CREATE INDEX "innovation_media_innovation_idx" ON "innovation_media" USING btree ("innovation_id");--> statement-breakpoint
CREATE INDEX "innovation_members_user_idx" ON "innovation_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "innovation_mentors_user_idx" ON "innovation_mentors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "innovation_revisions_innovation_idx" ON "innovation_revisions" USING btree ("innovation_id");--> statement-breakpoint
CREATE INDEX "innovation_sdgs_sdg_idx" ON "innovation_sdgs" USING btree ("sdg_number");--> statement-breakpoint
CREATE INDEX "innovation_tags_tag_idx" ON "innovation_tags" USING btree ("tag_id");--> statement-breakpoint
CREATE INDEX "innovation_themes_theme_idx" ON "innovation_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "innovations_slug_idx" ON "innovations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "innovations_status_idx" ON "innovations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "innovations_province_idx" ON "innovations" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "moderation_events_innovation_idx" ON "moderation_events" USING btree ("innovation_id","created_at");--> statement-breakpoint
CREATE INDEX "appreciations_user_idx" ON "appreciations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "comments_innovation_idx" ON "comments" USING btree ("innovation_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "comments_flagged_idx" ON "comments" USING btree ("flag_count");--> statement-breakpoint
CREATE INDEX "innovation_views_day_idx" ON "innovation_views" USING btree ("day");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","read_at","created_at");--> statement-breakpoint
CREATE INDEX "replication_requests_innovation_idx" ON "replication_requests" USING btree ("innovation_id");--> statement-breakpoint
CREATE INDEX "replication_requests_requester_idx" ON "replication_requests" USING btree ("requester_id");