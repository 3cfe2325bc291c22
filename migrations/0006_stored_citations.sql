CREATE TABLE `quote_selectors` (
	`claim_id` text PRIMARY KEY NOT NULL,
	`exact` text NOT NULL,
	`prefix` text NOT NULL,
	`suffix` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `source_citations` (
	`source_id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`apa` text NOT NULL,
	`mla` text NOT NULL,
	`chicago` text NOT NULL,
	`bibtex` text NOT NULL,
	`ris` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
