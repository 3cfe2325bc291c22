CREATE TABLE "audit_log" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" text COLLATE "C" NOT NULL,
	"key_name" text COLLATE "C" NOT NULL,
	"request_id" text COLLATE "C",
	"action" text COLLATE "C" NOT NULL,
	"target_type" text COLLATE "C" NOT NULL,
	"target_id" text COLLATE "C" NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_overrides" (
	"claim_id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"metric" text COLLATE "C",
	"period_start" text COLLATE "C",
	"period_end" text COLLATE "C",
	"period_label" text COLLATE "C",
	"value" double precision,
	"unit" text COLLATE "C",
	"excluded" boolean DEFAULT false NOT NULL,
	"reason" text COLLATE "C" NOT NULL,
	"author" text COLLATE "C" NOT NULL,
	"request_id" text COLLATE "C",
	"updated_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_separations" (
	"claim_a" text COLLATE "C" NOT NULL,
	"claim_b" text COLLATE "C" NOT NULL,
	"review_id" integer NOT NULL,
	"created_at" text COLLATE "C" NOT NULL,
	CONSTRAINT "claim_separations_claim_a_claim_b_pk" PRIMARY KEY("claim_a","claim_b")
);
--> statement-breakpoint
CREATE TABLE "conflict_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conflict_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conflict_id" text COLLATE "C" NOT NULL,
	"state" text COLLATE "C" NOT NULL,
	"reason" text COLLATE "C",
	"note" text COLLATE "C",
	"accepted_value" double precision,
	"accepted_unit" text COLLATE "C",
	"support_claim_id" text COLLATE "C",
	"support_source_id" text COLLATE "C",
	"author" text COLLATE "C" NOT NULL,
	"request_id" text COLLATE "C",
	"created_at" text COLLATE "C" NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changes" jsonb
);
--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_id","id");--> statement-breakpoint
CREATE INDEX "claim_separations_b_idx" ON "claim_separations" USING btree ("claim_b");--> statement-breakpoint
CREATE INDEX "conflict_reviews_conflict_idx" ON "conflict_reviews" USING btree ("conflict_id","id");