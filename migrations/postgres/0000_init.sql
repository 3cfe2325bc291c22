CREATE TABLE "claims" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"source_id" text COLLATE "C" NOT NULL,
	"passage_id" text COLLATE "C" NOT NULL,
	"statement" text COLLATE "C" NOT NULL,
	"metric" text COLLATE "C",
	"quote_exact" text COLLATE "C" NOT NULL,
	"quote_start" integer NOT NULL,
	"quote_end" integer NOT NULL,
	"value" double precision NOT NULL,
	"unit" text COLLATE "C" NOT NULL,
	"qualifier" text COLLATE "C" NOT NULL,
	"interval_low" double precision,
	"interval_high" double precision,
	"period_start" text COLLATE "C",
	"period_end" text COLLATE "C",
	"period_label" text COLLATE "C",
	"period_resolution" text COLLATE "C",
	"comparable" boolean DEFAULT false NOT NULL,
	"restates" text COLLATE "C",
	"change" text COLLATE "C"
);
--> statement-breakpoint
CREATE TABLE "conflict_claims" (
	"conflict_id" text COLLATE "C" NOT NULL,
	"claim_id" text COLLATE "C" NOT NULL,
	"source_id" text COLLATE "C" NOT NULL,
	"deviation" double precision NOT NULL,
	"stance" text COLLATE "C" NOT NULL,
	CONSTRAINT "conflict_claims_conflict_id_claim_id_pk" PRIMARY KEY("conflict_id","claim_id")
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"metric" text COLLATE "C" NOT NULL,
	"unit" text COLLATE "C" NOT NULL,
	"period_start" text COLLATE "C" NOT NULL,
	"period_end" text COLLATE "C" NOT NULL,
	"period_label" text COLLATE "C" NOT NULL,
	"period_resolution" text COLLATE "C" DEFAULT 'explicit' NOT NULL,
	"status" text COLLATE "C" NOT NULL,
	"severity" text COLLATE "C" NOT NULL,
	"consensus_value" double precision NOT NULL,
	"consensus_method" text COLLATE "C" NOT NULL,
	"spread" double precision NOT NULL,
	"explanation" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metrics" (
	"key" text COLLATE "C" PRIMARY KEY NOT NULL,
	"label" text COLLATE "C" NOT NULL,
	"unit_kind" text COLLATE "C" NOT NULL,
	"description" text COLLATE "C" NOT NULL,
	"derived" boolean DEFAULT false NOT NULL,
	"measure" text COLLATE "C",
	"subject" jsonb,
	"counterpart" text COLLATE "C",
	"facets" jsonb,
	"stat_type" text COLLATE "C",
	"basis" text COLLATE "C",
	"modality" text COLLATE "C"
);
--> statement-breakpoint
CREATE TABLE "passages" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"source_id" text COLLATE "C" NOT NULL,
	"ordinal" integer NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text COLLATE "C" NOT NULL,
	"prefix" text COLLATE "C" NOT NULL,
	"suffix" text COLLATE "C" NOT NULL,
	"paragraph" integer NOT NULL,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"title" text COLLATE "C" NOT NULL,
	"authors" jsonb NOT NULL,
	"publisher" text COLLATE "C",
	"url" text COLLATE "C",
	"published_at" text COLLATE "C",
	"language" text COLLATE "C" NOT NULL,
	"content_hash" text COLLATE "C" NOT NULL,
	"character_count" integer NOT NULL,
	"claim_count" integer DEFAULT 0 NOT NULL,
	"text" text COLLATE "C" NOT NULL,
	"created_at" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_passage_id_passages_id_fk" FOREIGN KEY ("passage_id") REFERENCES "public"."passages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_metric_metrics_key_fk" FOREIGN KEY ("metric") REFERENCES "public"."metrics"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_claims" ADD CONSTRAINT "conflict_claims_conflict_id_conflicts_id_fk" FOREIGN KEY ("conflict_id") REFERENCES "public"."conflicts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_claims" ADD CONSTRAINT "conflict_claims_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_metric_metrics_key_fk" FOREIGN KEY ("metric") REFERENCES "public"."metrics"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passages" ADD CONSTRAINT "passages_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_source_start_idx" ON "claims" USING btree ("source_id","quote_start","id");--> statement-breakpoint
CREATE INDEX "claims_passage_idx" ON "claims" USING btree ("passage_id");--> statement-breakpoint
CREATE INDEX "claims_unit_idx" ON "claims" USING btree ("unit");--> statement-breakpoint
CREATE INDEX "claims_period_idx" ON "claims" USING btree ("period_start","period_end");--> statement-breakpoint
CREATE INDEX "claims_proposition_idx" ON "claims" USING btree ("metric","period_start","period_end");--> statement-breakpoint
CREATE INDEX "conflict_claims_claim_idx" ON "conflict_claims" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "conflicts_status_severity_idx" ON "conflicts" USING btree ("status","severity","id");--> statement-breakpoint
CREATE INDEX "conflicts_proposition_idx" ON "conflicts" USING btree ("metric","period_start","period_end");--> statement-breakpoint
CREATE INDEX "metrics_measure_idx" ON "metrics" USING btree ("measure");--> statement-breakpoint
CREATE INDEX "passages_source_ordinal_idx" ON "passages" USING btree ("source_id","ordinal");--> statement-breakpoint
CREATE INDEX "passages_search_idx" ON "passages" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_content_hash_unique" ON "sources" USING btree ("content_hash");