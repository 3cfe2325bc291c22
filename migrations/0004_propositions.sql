ALTER TABLE `claims` ADD `comparable` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `restates` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `change` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `measure` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `subject` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `counterpart` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `facets` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `stat_type` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `basis` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `modality` text;--> statement-breakpoint
CREATE INDEX `metrics_measure_idx` ON `metrics` (`measure`);