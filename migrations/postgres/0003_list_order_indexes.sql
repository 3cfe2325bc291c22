DROP INDEX "claims_unit_idx";--> statement-breakpoint
DROP INDEX "claims_passage_idx";--> statement-breakpoint
ALTER TABLE "passages" ADD COLUMN "seq" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "passages_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE INDEX "claims_metric_order_idx" ON "claims" USING btree ("metric","source_id","quote_start","id");--> statement-breakpoint
CREATE INDEX "claims_unit_order_idx" ON "claims" USING btree ("unit","source_id","quote_start","id");--> statement-breakpoint
CREATE INDEX "conflicts_status_idx" ON "conflicts" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "conflicts_status_metric_idx" ON "conflicts" USING btree ("status","metric","id");--> statement-breakpoint
CREATE INDEX "conflicts_metric_idx" ON "conflicts" USING btree ("metric","id");--> statement-breakpoint
CREATE UNIQUE INDEX "passages_seq_unique" ON "passages" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "claims_passage_idx" ON "claims" USING btree ("passage_id","quote_start","id");