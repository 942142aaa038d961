CREATE TABLE "board_ballots" (
	"board_id" text NOT NULL,
	"session" text NOT NULL,
	"voter_id" integer NOT NULL,
	"votes" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_ballots_board_id_session_voter_id_pk" PRIMARY KEY("board_id","session","voter_id")
);
--> statement-breakpoint
CREATE TABLE "board_private_notes" (
	"board_id" text NOT NULL,
	"id" text NOT NULL,
	"author_id" integer NOT NULL,
	"record" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_private_notes_board_id_id_pk" PRIMARY KEY("board_id","id")
);
--> statement-breakpoint
ALTER TABLE "board_ballots" ADD CONSTRAINT "board_ballots_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_ballots" ADD CONSTRAINT "board_ballots_voter_id_users_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_private_notes" ADD CONSTRAINT "board_private_notes_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_private_notes" ADD CONSTRAINT "board_private_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_private_notes_author_idx" ON "board_private_notes" USING btree ("board_id","author_id");