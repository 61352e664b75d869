import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`monthly_returns_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` integer,
  	\`action\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`monthly_returns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`monthly_returns_history_order_idx\` ON \`monthly_returns_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_history_parent_id_idx\` ON \`monthly_returns_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_history_by_idx\` ON \`monthly_returns_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`monthly_returns\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`branch_id\` integer NOT NULL,
  	\`month\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`no_activity\` integer,
  	\`stale\` integer DEFAULT false,
  	\`narrative\` text,
  	\`return_reason\` text,
  	\`snapshot\` text,
  	\`fingerprint\` text,
  	\`first_submitted_at\` text,
  	\`submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`decided_at\` text,
  	\`decided_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`monthly_returns_key_idx\` ON \`monthly_returns\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_campaign_idx\` ON \`monthly_returns\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_branch_idx\` ON \`monthly_returns\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_month_idx\` ON \`monthly_returns\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_status_idx\` ON \`monthly_returns\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_stale_idx\` ON \`monthly_returns\` (\`stale\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_submitted_at_idx\` ON \`monthly_returns\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_submitted_by_idx\` ON \`monthly_returns\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_decided_by_idx\` ON \`monthly_returns\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_updated_at_idx\` ON \`monthly_returns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`monthly_returns_created_at_idx\` ON \`monthly_returns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`role\` text,
  	\`summary\` text NOT NULL,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`ip\` text,
  	\`details\` text,
  	\`prev_hash\` text NOT NULL,
  	\`hash\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`audit_log_seq_idx\` ON \`audit_log\` (\`seq\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_level\` text DEFAULT 'supervising';`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`deadlines_sub_branch\` numeric DEFAULT 5;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`deadlines_branch\` numeric DEFAULT 8;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`deadlines_remind_days_before\` numeric DEFAULT 2;`)
  // who approved before moves onto each existing campaign: managers when the global switch allowed it, head office otherwise
  await db.run(sql`UPDATE \`campaigns\` SET \`review_level\` = CASE WHEN EXISTS (SELECT 1 FROM \`workflow_settings\` WHERE \`managers_may_approve\` = 1) THEN 'supervising' ELSE 'head-office' END;`)
  await db.run(sql`ALTER TABLE \`workflow_settings\` DROP COLUMN \`managers_may_approve\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`monthly_returns_history\`;`)
  await db.run(sql`DROP TABLE \`monthly_returns\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`ALTER TABLE \`workflow_settings\` ADD \`managers_may_approve\` integer DEFAULT false;`)
  await db.run(sql`UPDATE \`workflow_settings\` SET \`managers_may_approve\` = EXISTS (SELECT 1 FROM \`campaigns\` WHERE \`review_level\` <> 'head-office');`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`review_level\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`deadlines_sub_branch\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`deadlines_branch\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`deadlines_remind_days_before\`;`)
}
