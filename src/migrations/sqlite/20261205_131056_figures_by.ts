import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { rebuildTable } from '../../sqlite/rebuildTable'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` ADD \`figures_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`activities_figures_by_idx\` ON \`activities\` (\`figures_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_figures_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_figures_by_idx\` ON \`_activities_v\` (\`version_figures_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  );
  `,
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
  );
  `,
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
}
