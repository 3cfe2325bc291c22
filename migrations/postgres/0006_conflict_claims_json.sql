ALTER TABLE "conflicts" ADD COLUMN "claim_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "claims_json" text COLLATE "C";--> statement-breakpoint
CREATE INDEX "conflicts_unfilled_idx" ON "conflicts" USING btree ("id") WHERE "conflicts"."claims_json" is null;