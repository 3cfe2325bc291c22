DROP INDEX `claims_metric_idx`;--> statement-breakpoint
DROP INDEX `conflicts_metric_idx`;