ALTER TABLE `conflicts` ADD `claim_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `conflicts` ADD `claims_json` text;--> statement-breakpoint
CREATE INDEX `conflicts_unfilled_idx` ON `conflicts` (`id`) WHERE "conflicts"."claims_json" is null;