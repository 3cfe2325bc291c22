CREATE TABLE "quote_selectors" (
	"claim_id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"exact" text COLLATE "C" NOT NULL,
	"prefix" text COLLATE "C" NOT NULL,
	"suffix" text COLLATE "C" NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_citations" (
	"source_id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"key" text COLLATE "C" NOT NULL,
	"apa" text COLLATE "C" NOT NULL,
	"mla" text COLLATE "C" NOT NULL,
	"chicago" text COLLATE "C" NOT NULL,
	"bibtex" text COLLATE "C" NOT NULL,
	"ris" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quote_selectors" ADD CONSTRAINT "quote_selectors_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_citations" ADD CONSTRAINT "source_citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;