DROP INDEX "claims_unit_idx";--> statement-breakpoint
CREATE INDEX "claims_metric_order_idx" ON "claims" USING btree ("metric","source_id","quote_start","id");--> statement-breakpoint
CREATE INDEX "claims_unit_order_idx" ON "claims" USING btree ("unit","source_id","quote_start","id");--> statement-breakpoint
CREATE INDEX "conflicts_status_idx" ON "conflicts" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "conflicts_status_metric_idx" ON "conflicts" USING btree ("status","metric","id");--> statement-breakpoint
CREATE INDEX "conflicts_metric_idx" ON "conflicts" USING btree ("metric","id");