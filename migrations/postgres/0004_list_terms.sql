CREATE TABLE "claim_terms" (
	"term" text COLLATE "C" NOT NULL,
	"source_id" text COLLATE "C" NOT NULL,
	"quote_start" integer NOT NULL,
	"claim_id" text COLLATE "C" NOT NULL,
	CONSTRAINT "claim_terms_term_source_id_quote_start_claim_id_pk" PRIMARY KEY("term","source_id","quote_start","claim_id")
);
--> statement-breakpoint
CREATE TABLE "conflict_terms" (
	"term" text COLLATE "C" NOT NULL,
	"conflict_id" text COLLATE "C" NOT NULL,
	CONSTRAINT "conflict_terms_term_conflict_id_pk" PRIMARY KEY("term","conflict_id")
);
--> statement-breakpoint
CREATE INDEX "claim_terms_claim_idx" ON "claim_terms" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "conflict_terms_conflict_idx" ON "conflict_terms" USING btree ("conflict_id");