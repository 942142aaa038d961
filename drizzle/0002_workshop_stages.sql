ALTER TABLE "team_members" ADD COLUMN "role" varchar(20) DEFAULT 'participant' NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "stage" varchar(20) DEFAULT 'empati' NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "workshops" ADD COLUMN "status" varchar(20) DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "workshops" ADD COLUMN "stage" varchar(20) DEFAULT 'empati' NOT NULL;--> statement-breakpoint
ALTER TABLE "workshops" ADD COLUMN "stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "workshops" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "teams_workshop_name_idx" ON "teams" USING btree ("workshop_id","name");