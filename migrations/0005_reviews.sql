CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`key_name` text NOT NULL,
	`request_id` text,
	`action` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`changes` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_target_idx` ON `audit_log` (`target_id`,`id`);--> statement-breakpoint
CREATE TABLE `claim_overrides` (
	`claim_id` text PRIMARY KEY NOT NULL,
	`metric` text,
	`period_start` text,
	`period_end` text,
	`period_label` text,
	`value` real,
	`unit` text,
	`excluded` integer DEFAULT false NOT NULL,
	`reason` text NOT NULL,
	`author` text NOT NULL,
	`request_id` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `claim_separations` (
	`claim_a` text NOT NULL,
	`claim_b` text NOT NULL,
	`review_id` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`claim_a`, `claim_b`)
);
--> statement-breakpoint
CREATE INDEX `claim_separations_b_idx` ON `claim_separations` (`claim_b`);--> statement-breakpoint
CREATE TABLE `conflict_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conflict_id` text NOT NULL,
	`state` text NOT NULL,
	`reason` text,
	`note` text,
	`accepted_value` real,
	`accepted_unit` text,
	`support_claim_id` text,
	`support_source_id` text,
	`author` text NOT NULL,
	`request_id` text,
	`created_at` text NOT NULL,
	`snapshot` text NOT NULL,
	`changes` text
);
--> statement-breakpoint
CREATE INDEX `conflict_reviews_conflict_idx` ON `conflict_reviews` (`conflict_id`,`id`);