import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { rebuildTable } from '../../sqlite/rebuildTable'

// Hand-written. Columns that earlier migrations added with drizzle-kit's
// `ALTER TABLE … ADD … REFERENCES t(id)` got no ON DELETE action, while the
// collections (and a pushed schema) say CASCADE or SET NULL: deleting a record
// that another record's duplicate link, a lock or a report pointed at failed
// with a foreign-key error on a migrated database only. These five tables are
// rebuilt with the definitions Payload pushes; every row is kept.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rebuildTable(db, 'activities_rels', {
    create: `CREATE TABLE \`__new_activities_rels\` (
	\`id\` integer PRIMARY KEY NOT NULL,
	\`order\` integer,
	\`parent_id\` integer NOT NULL,
	\`path\` text NOT NULL,
	\`media_id\` integer,
	\`activities_id\` integer,
	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
)`,
    copy: `INSERT INTO \`__new_activities_rels\`("id", "order", "parent_id", "path", "media_id", "activities_id") SELECT "id", "order", "parent_id", "path", "media_id", "activities_id" FROM \`activities_rels\`;`,
  })
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_media_id_idx\` ON \`activities_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_activities_id_idx\` ON \`activities_rels\` (\`activities_id\`);`)
  await rebuildTable(db, '_activities_v_rels', {
    create: `CREATE TABLE \`__new__activities_v_rels\` (
	\`id\` integer PRIMARY KEY NOT NULL,
	\`order\` integer,
	\`parent_id\` integer NOT NULL,
	\`path\` text NOT NULL,
	\`media_id\` integer,
	\`activities_id\` integer,
	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
)`,
    copy: `INSERT INTO \`__new__activities_v_rels\`("id", "order", "parent_id", "path", "media_id", "activities_id") SELECT "id", "order", "parent_id", "path", "media_id", "activities_id" FROM \`_activities_v_rels\`;`,
  })
  await db.run(sql`CREATE INDEX \`_activities_v_rels_order_idx\` ON \`_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_parent_idx\` ON \`_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_path_idx\` ON \`_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_media_id_idx\` ON \`_activities_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_activities_id_idx\` ON \`_activities_v_rels\` (\`activities_id\`);`)
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
	\`month_locks_id\` integer,
	\`import_batches_id\` integer,
	\`notifications_id\` integer,
	\`rollups_id\` integer,
	\`reports_id\` integer,
	\`report_templates_id\` integer,
	\`report_files_id\` integer,
	\`users_id\` integer,
	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`branches_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`month_locks_id\`) REFERENCES \`month_locks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`import_batches_id\`) REFERENCES \`import_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`rollups_id\`) REFERENCES \`rollups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`report_templates_id\`) REFERENCES \`report_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`report_files_id\`) REFERENCES \`report_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
)`,
    copy: `INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "activities_id", "campaigns_id", "branches_id", "materials_id", "media_id", "month_locks_id", "import_batches_id", "notifications_id", "rollups_id", "reports_id", "report_templates_id", "report_files_id", "users_id") SELECT "id", "order", "parent_id", "path", "activities_id", "campaigns_id", "branches_id", "materials_id", "media_id", "month_locks_id", "import_batches_id", "notifications_id", "rollups_id", "reports_id", "report_templates_id", "report_files_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  })
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_branches_id_idx\` ON \`payload_locked_documents_rels\` (\`branches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_month_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`month_locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`import_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rollups_id_idx\` ON \`payload_locked_documents_rels\` (\`rollups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`report_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_files_id_idx\` ON \`payload_locked_documents_rels\` (\`report_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
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
	\`version_return_reason\` text,
	\`version_highlight\` integer DEFAULT false,
	\`version_flagged_at\` text,
	\`version_import_key\` text,
	\`version_import_batch_id\` integer,
	\`version_import_row\` numeric,
	\`version_created_by_id\` integer,
	\`version_updated_at\` text,
	\`version_created_at\` text,
	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`version_branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`version_import_batch_id\`) REFERENCES \`import_batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
)`,
    copy: `INSERT INTO \`__new__activities_v\`("id", "parent_id", "version_campaign_id", "version_branch_id", "version_date", "version_type", "version_title", "version_location", "version_description", "version_interception_transactions_stopped", "version_interception_losses_avoided", "version_interception_suspects_caught", "version_link", "version_external_id", "version_status", "version_return_reason", "version_highlight", "version_flagged_at", "version_import_key", "version_import_batch_id", "version_import_row", "version_created_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_campaign_id", "version_branch_id", "version_date", "version_type", "version_title", "version_location", "version_description", "version_interception_transactions_stopped", "version_interception_losses_avoided", "version_interception_suspects_caught", "version_link", "version_external_id", "version_status", "version_return_reason", "version_highlight", "version_flagged_at", "version_import_key", "version_import_batch_id", "version_import_row", "version_created_by_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_activities_v\`;`,
  })
  await db.run(sql`CREATE INDEX \`_activities_v_parent_idx\` ON \`_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_campaign_idx\` ON \`_activities_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_branch_idx\` ON \`_activities_v\` (\`version_branch_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_date_idx\` ON \`_activities_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_type_idx\` ON \`_activities_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_external_id_idx\` ON \`_activities_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_status_idx\` ON \`_activities_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_flagged_at_idx\` ON \`_activities_v\` (\`version_flagged_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_import_key_idx\` ON \`_activities_v\` (\`version_import_key\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_import_batch_idx\` ON \`_activities_v\` (\`version_import_batch_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_by_idx\` ON \`_activities_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_at_idx\` ON \`_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_at_idx\` ON \`_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_created_at_idx\` ON \`_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_updated_at_idx\` ON \`_activities_v\` (\`updated_at\`);`)
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
	\`return_reason\` text,
	\`highlight\` integer DEFAULT false,
	\`flagged_at\` text,
	\`import_key\` text,
	\`import_batch_id\` integer,
	\`import_row\` numeric,
	\`created_by_id\` integer,
	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`import_batch_id\`) REFERENCES \`import_batches\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
)`,
    copy: `INSERT INTO \`__new_activities\`("id", "campaign_id", "branch_id", "date", "type", "title", "location", "description", "interception_transactions_stopped", "interception_losses_avoided", "interception_suspects_caught", "link", "external_id", "status", "return_reason", "highlight", "flagged_at", "import_key", "import_batch_id", "import_row", "created_by_id", "updated_at", "created_at") SELECT "id", "campaign_id", "branch_id", "date", "type", "title", "location", "description", "interception_transactions_stopped", "interception_losses_avoided", "interception_suspects_caught", "link", "external_id", "status", "return_reason", "highlight", "flagged_at", "import_key", "import_batch_id", "import_row", "created_by_id", "updated_at", "created_at" FROM \`activities\`;`,
  })
  await db.run(sql`CREATE INDEX \`activities_campaign_idx\` ON \`activities\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_branch_idx\` ON \`activities\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_date_idx\` ON \`activities\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`activities_type_idx\` ON \`activities\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`activities_external_id_idx\` ON \`activities\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_status_idx\` ON \`activities\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`activities_flagged_at_idx\` ON \`activities\` (\`flagged_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_import_key_idx\` ON \`activities\` (\`import_key\`);`)
  await db.run(sql`CREATE INDEX \`activities_import_batch_idx\` ON \`activities\` (\`import_batch_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_by_idx\` ON \`activities\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
}

// The actions are what the collections always declared; going back to none would only bring the failure back.
export async function down(_args: MigrateDownArgs): Promise<void> {}
