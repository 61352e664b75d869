import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { rebuildTable } from '../../sqlite/rebuildTable'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`activities_flags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_flags_order_idx\` ON \`activities_flags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_flags_parent_idx\` ON \`activities_flags\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_flags_value_idx\` ON \`activities_flags\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`activities_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_history_order_idx\` ON \`activities_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_history_parent_id_idx\` ON \`activities_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_history_by_idx\` ON \`activities_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_flags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_flags_order_idx\` ON \`_activities_v_version_flags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_flags_parent_idx\` ON \`_activities_v_version_flags\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_flags_value_idx\` ON \`_activities_v_version_flags\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_history_order_idx\` ON \`_activities_v_version_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_history_parent_id_idx\` ON \`_activities_v_version_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_history_by_idx\` ON \`_activities_v_version_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`month_locks\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`month\` text NOT NULL,
  	\`reason\` text,
  	\`status\` text DEFAULT 'locked',
  	\`locked_by_id\` integer,
  	\`locked_at\` text,
  	\`reopened_by_id\` integer,
  	\`reopened_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`locked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reopened_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`month_locks_campaign_idx\` ON \`month_locks\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_month_idx\` ON \`month_locks\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_status_idx\` ON \`month_locks\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_locked_by_idx\` ON \`month_locks\` (\`locked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_locked_at_idx\` ON \`month_locks\` (\`locked_at\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_reopened_by_idx\` ON \`month_locks\` (\`reopened_by_id\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_updated_at_idx\` ON \`month_locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_created_at_idx\` ON \`month_locks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`month_locks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`branches_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`month_locks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`month_locks_rels_order_idx\` ON \`month_locks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_rels_parent_idx\` ON \`month_locks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_rels_path_idx\` ON \`month_locks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`month_locks_rels_branches_id_idx\` ON \`month_locks_rels\` (\`branches_id\`);`)
  await db.run(sql`CREATE TABLE \`_month_locks_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_campaign_id\` integer NOT NULL,
  	\`version_month\` text NOT NULL,
  	\`version_reason\` text,
  	\`version_status\` text DEFAULT 'locked',
  	\`version_locked_by_id\` integer,
  	\`version_locked_at\` text,
  	\`version_reopened_by_id\` integer,
  	\`version_reopened_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`month_locks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_locked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reopened_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_month_locks_v_parent_idx\` ON \`_month_locks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_version_version_campaign_idx\` ON \`_month_locks_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_version_version_month_idx\` ON \`_month_locks_v\` (\`version_month\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_version_version_status_idx\` ON \`_month_locks_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_version_version_locked_by_idx\` ON \`_month_locks_v\` (\`version_locked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_version_version_locked_at_idx\` ON \`_month_locks_v\` (\`version_locked_at\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_version_version_reopened_by_idx\` ON \`_month_locks_v\` (\`version_reopened_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_version_version_updated_at_idx\` ON \`_month_locks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_version_version_created_at_idx\` ON \`_month_locks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_created_at_idx\` ON \`_month_locks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_updated_at_idx\` ON \`_month_locks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_month_locks_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`branches_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_month_locks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_month_locks_v_rels_order_idx\` ON \`_month_locks_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_rels_parent_idx\` ON \`_month_locks_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_rels_path_idx\` ON \`_month_locks_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_month_locks_v_rels_branches_id_idx\` ON \`_month_locks_v_rels\` (\`branches_id\`);`)
  await db.run(sql`CREATE TABLE \`import_batches\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`status\` text NOT NULL,
  	\`uploaded_by_id\` integer,
  	\`uploader_branch_id\` integer,
  	\`counts_rows\` numeric,
  	\`counts_ok\` numeric,
  	\`counts_present\` numeric,
  	\`counts_errors\` numeric,
  	\`counts_created\` numeric,
  	\`totals\` text,
  	\`problems\` text,
  	\`present_rows\` text,
  	\`error\` text,
  	\`language\` text DEFAULT 'zh',
  	\`committed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`uploader_branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_batches_campaign_idx\` ON \`import_batches\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`import_batches_status_idx\` ON \`import_batches\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`import_batches_uploaded_by_idx\` ON \`import_batches\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`import_batches_uploader_branch_idx\` ON \`import_batches\` (\`uploader_branch_id\`);`)
  await db.run(sql`CREATE INDEX \`import_batches_updated_at_idx\` ON \`import_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_batches_created_at_idx\` ON \`import_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`import_batches_filename_idx\` ON \`import_batches\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`month\` text,
  	\`branch_id\` integer,
  	\`sent_at\` text NOT NULL,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_kind_idx\` ON \`notifications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`notifications_campaign_idx\` ON \`notifications\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_month_idx\` ON \`notifications\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`notifications_branch_idx\` ON \`notifications\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_sent_at_idx\` ON \`notifications\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`activities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_activities_id_idx\` ON \`notifications_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_settings_reach_limits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`max_people\` numeric DEFAULT 0 NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workflow_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_settings_reach_limits_order_idx\` ON \`workflow_settings_reach_limits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workflow_settings_reach_limits_parent_id_idx\` ON \`workflow_settings_reach_limits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`managers_may_approve\` integer DEFAULT false,
  	\`reminder_day\` numeric DEFAULT 25 NOT NULL,
  	\`leaflets_per_person_max\` numeric DEFAULT 3,
  	\`flag_losses_without_interception\` integer DEFAULT true,
  	\`photo_match_distance\` numeric DEFAULT 5 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`return_reason\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`flagged_at\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`import_key\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`import_batch_id\` integer REFERENCES import_batches(id);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`import_row\` numeric;`)
  await db.run(sql`CREATE INDEX \`activities_flagged_at_idx\` ON \`activities\` (\`flagged_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_import_key_idx\` ON \`activities\` (\`import_key\`);`)
  await db.run(sql`CREATE INDEX \`activities_import_batch_idx\` ON \`activities\` (\`import_batch_id\`);`)
  await db.run(sql`ALTER TABLE \`activities_rels\` ADD \`activities_id\` integer REFERENCES activities(id);`)
  await db.run(sql`CREATE INDEX \`activities_rels_activities_id_idx\` ON \`activities_rels\` (\`activities_id\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_return_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_flagged_at\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_import_key\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_import_batch_id\` integer REFERENCES import_batches(id);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_import_row\` numeric;`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_flagged_at_idx\` ON \`_activities_v\` (\`version_flagged_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_import_key_idx\` ON \`_activities_v\` (\`version_import_key\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_import_batch_idx\` ON \`_activities_v\` (\`version_import_batch_id\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v_rels\` ADD \`activities_id\` integer REFERENCES activities(id);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_activities_id_idx\` ON \`_activities_v_rels\` (\`activities_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`phash\` text;`)
  await db.run(sql`CREATE INDEX \`media_phash_idx\` ON \`media\` (\`phash\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`month_locks_id\` integer REFERENCES month_locks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_batches_id\` integer REFERENCES import_batches(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_month_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`month_locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`import_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`activities_flags\`;`)
  await db.run(sql`DROP TABLE \`activities_history\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_flags\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_history\`;`)
  await db.run(sql`DROP TABLE \`month_locks\`;`)
  await db.run(sql`DROP TABLE \`month_locks_rels\`;`)
  await db.run(sql`DROP TABLE \`_month_locks_v\`;`)
  await db.run(sql`DROP TABLE \`_month_locks_v_rels\`;`)
  await db.run(sql`DROP TABLE \`import_batches\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`workflow_settings_reach_limits\`;`)
  await db.run(sql`DROP TABLE \`workflow_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await rebuildTable(db, 'activities', {
    create: `CREATE TABLE \`__new_activities\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`branch_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`location\` text,
  	\`description\` text,
  	\`interception_transactions_stopped\` numeric DEFAULT 0,
  	\`interception_losses_avoided\` numeric DEFAULT 0,
  	\`interception_suspects_caught\` numeric DEFAULT 0,
  	\`link\` text,
  	\`external_id\` text,
  	\`status\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `,
    copy: `INSERT INTO \`__new_activities\`("id", "campaign_id", "branch_id", "date", "type", "title", "location", "description", "interception_transactions_stopped", "interception_losses_avoided", "interception_suspects_caught", "link", "external_id", "status", "created_by_id", "updated_at", "created_at") SELECT "id", "campaign_id", "branch_id", "date", "type", "title", "location", "description", "interception_transactions_stopped", "interception_losses_avoided", "interception_suspects_caught", "link", "external_id", "status", "created_by_id", "updated_at", "created_at" FROM \`activities\`;`,
  })
  await db.run(sql`CREATE INDEX \`activities_campaign_idx\` ON \`activities\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_branch_idx\` ON \`activities\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_date_idx\` ON \`activities\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`activities_type_idx\` ON \`activities\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`activities_external_id_idx\` ON \`activities\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_status_idx\` ON \`activities\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_by_idx\` ON \`activities\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await rebuildTable(db, 'activities_rels', {
    create: `CREATE TABLE \`__new_activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `,
    copy: `INSERT INTO \`__new_activities_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`activities_rels\`;`,
  })
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_media_id_idx\` ON \`activities_rels\` (\`media_id\`);`)
  await rebuildTable(db, '_activities_v', {
    create: `CREATE TABLE \`__new__activities_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_campaign_id\` integer NOT NULL,
  	\`version_branch_id\` integer NOT NULL,
  	\`version_date\` text NOT NULL,
  	\`version_type\` text NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_location\` text,
  	\`version_description\` text,
  	\`version_interception_transactions_stopped\` numeric DEFAULT 0,
  	\`version_interception_losses_avoided\` numeric DEFAULT 0,
  	\`version_interception_suspects_caught\` numeric DEFAULT 0,
  	\`version_link\` text,
  	\`version_external_id\` text,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `,
    copy: `INSERT INTO \`__new__activities_v\`("id", "parent_id", "version_campaign_id", "version_branch_id", "version_date", "version_type", "version_title", "version_location", "version_description", "version_interception_transactions_stopped", "version_interception_losses_avoided", "version_interception_suspects_caught", "version_link", "version_external_id", "version_status", "version_created_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_campaign_id", "version_branch_id", "version_date", "version_type", "version_title", "version_location", "version_description", "version_interception_transactions_stopped", "version_interception_losses_avoided", "version_interception_suspects_caught", "version_link", "version_external_id", "version_status", "version_created_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_activities_v\`;`,
  })
  await db.run(sql`CREATE INDEX \`_activities_v_parent_idx\` ON \`_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_campaign_idx\` ON \`_activities_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_branch_idx\` ON \`_activities_v\` (\`version_branch_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_date_idx\` ON \`_activities_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_type_idx\` ON \`_activities_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_external_id_idx\` ON \`_activities_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_status_idx\` ON \`_activities_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_by_idx\` ON \`_activities_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_at_idx\` ON \`_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_at_idx\` ON \`_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_created_at_idx\` ON \`_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_updated_at_idx\` ON \`_activities_v\` (\`updated_at\`);`)
  await rebuildTable(db, '_activities_v_rels', {
    create: `CREATE TABLE \`__new__activities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `,
    copy: `INSERT INTO \`__new__activities_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_activities_v_rels\`;`,
  })
  await db.run(sql`CREATE INDEX \`_activities_v_rels_order_idx\` ON \`_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_parent_idx\` ON \`_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_path_idx\` ON \`_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_media_id_idx\` ON \`_activities_v_rels\` (\`media_id\`);`)
  await rebuildTable(db, 'payload_locked_documents_rels', {
    create: `CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`activities_id\` integer,
  	\`campaigns_id\` integer,
  	\`branches_id\` integer,
  	\`materials_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `,
    copy: `INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "activities_id", "campaigns_id", "branches_id", "materials_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "activities_id", "campaigns_id", "branches_id", "materials_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  })
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_branches_id_idx\` ON \`payload_locked_documents_rels\` (\`branches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`media_phash_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`phash\`;`)
}
