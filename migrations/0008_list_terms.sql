CREATE TABLE `claim_terms` (
	`term` text NOT NULL,
	`source_id` text NOT NULL,
	`quote_start` integer NOT NULL,
	`claim_id` text NOT NULL,
	PRIMARY KEY(`term`, `source_id`, `quote_start`, `claim_id`)
);
--> statement-breakpoint
CREATE INDEX `claim_terms_claim_idx` ON `claim_terms` (`claim_id`);--> statement-breakpoint
CREATE TABLE `conflict_terms` (
	`term` text NOT NULL,
	`conflict_id` text NOT NULL,
	PRIMARY KEY(`term`, `conflict_id`)
);
--> statement-breakpoint
CREATE INDEX `conflict_terms_conflict_idx` ON `conflict_terms` (`conflict_id`);