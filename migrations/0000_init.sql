CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`passage_id` text NOT NULL,
	`statement` text NOT NULL,
	`metric` text,
	`quote_exact` text NOT NULL,
	`quote_start` integer NOT NULL,
	`quote_end` integer NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`qualifier` text NOT NULL,
	`interval_low` real,
	`interval_high` real,
	`period_start` text,
	`period_end` text,
	`period_label` text,
	`period_resolution` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`passage_id`) REFERENCES `passages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`metric`) REFERENCES `metrics`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_source_start_idx` ON `claims` (`source_id`,`quote_start`,`id`);--> statement-breakpoint
CREATE INDEX `claims_passage_idx` ON `claims` (`passage_id`);--> statement-breakpoint
CREATE INDEX `claims_metric_idx` ON `claims` (`metric`);--> statement-breakpoint
CREATE INDEX `claims_unit_idx` ON `claims` (`unit`);--> statement-breakpoint
CREATE INDEX `claims_period_idx` ON `claims` (`period_start`,`period_end`);--> statement-breakpoint
CREATE INDEX `claims_proposition_idx` ON `claims` (`metric`,`period_start`,`period_end`);--> statement-breakpoint
CREATE TABLE `conflict_claims` (
	`conflict_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`source_id` text NOT NULL,
	`deviation` real NOT NULL,
	`stance` text NOT NULL,
	PRIMARY KEY(`conflict_id`, `claim_id`),
	FOREIGN KEY (`conflict_id`) REFERENCES `conflicts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conflict_claims_claim_idx` ON `conflict_claims` (`claim_id`);--> statement-breakpoint
CREATE TABLE `conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`metric` text NOT NULL,
	`unit` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`period_label` text NOT NULL,
	`status` text NOT NULL,
	`severity` text NOT NULL,
	`consensus_value` real NOT NULL,
	`consensus_method` text NOT NULL,
	`spread` real NOT NULL,
	`explanation` text NOT NULL,
	FOREIGN KEY (`metric`) REFERENCES `metrics`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conflicts_status_severity_idx` ON `conflicts` (`status`,`severity`,`id`);--> statement-breakpoint
CREATE INDEX `conflicts_metric_idx` ON `conflicts` (`metric`);--> statement-breakpoint
CREATE INDEX `conflicts_proposition_idx` ON `conflicts` (`metric`,`period_start`,`period_end`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`unit_kind` text NOT NULL,
	`description` text NOT NULL,
	`derived` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `passages` (
	`rowid` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`source_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`prefix` text NOT NULL,
	`suffix` text NOT NULL,
	`paragraph` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `passages_id_unique` ON `passages` (`id`);--> statement-breakpoint
CREATE INDEX `passages_source_ordinal_idx` ON `passages` (`source_id`,`ordinal`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`authors` text NOT NULL,
	`publisher` text,
	`url` text,
	`published_at` text,
	`language` text NOT NULL,
	`content_hash` text NOT NULL,
	`character_count` integer NOT NULL,
	`claim_count` integer DEFAULT 0 NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_content_hash_unique` ON `sources` (`content_hash`);