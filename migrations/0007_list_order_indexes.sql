DROP INDEX `claims_unit_idx`;--> statement-breakpoint
DROP INDEX `claims_passage_idx`;--> statement-breakpoint
CREATE INDEX `claims_metric_order_idx` ON `claims` (`metric`,`source_id`,`quote_start`,`id`);--> statement-breakpoint
CREATE INDEX `claims_unit_order_idx` ON `claims` (`unit`,`source_id`,`quote_start`,`id`);--> statement-breakpoint
CREATE INDEX `claims_passage_idx` ON `claims` (`passage_id`,`quote_start`,`id`);--> statement-breakpoint
CREATE INDEX `conflicts_status_idx` ON `conflicts` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `conflicts_status_metric_idx` ON `conflicts` (`status`,`metric`,`id`);--> statement-breakpoint
CREATE INDEX `conflicts_metric_idx` ON `conflicts` (`metric`,`id`);