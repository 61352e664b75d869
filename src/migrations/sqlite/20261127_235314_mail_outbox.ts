import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { rebuildTable } from '../../sqlite/rebuildTable'

// The mail log becomes the outbox. Hand-corrected: drizzle-kit copied columns the old table does not
// have; mails logged before were sent already (or failed, with their error), once.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rebuildTable(db, 'notifications', {
    create: `CREATE TABLE \`__new_notifications\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`month\` text,
  	\`branch_id\` integer,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`sent_at\` text,
  	\`error\` text,
  	\`text\` text,
  	\`html\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branch_id\`) REFERENCES \`branches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `,
    copy: `INSERT INTO \`__new_notifications\`("id", "kind", "to", "subject", "campaign_id", "month", "branch_id", "status", "attempts", "sent_at", "error", "text", "html", "updated_at", "created_at") SELECT "id", "kind", "to", "subject", "campaign_id", "month", "branch_id", CASE WHEN "error" IS NULL THEN 'sent' ELSE 'failed' END, 1, "sent_at", "error", NULL, NULL, "updated_at", "created_at" FROM \`notifications\`;`,
  })
  await db.run(sql`CREATE INDEX \`notifications_kind_idx\` ON \`notifications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`notifications_campaign_idx\` ON \`notifications\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_month_idx\` ON \`notifications\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`notifications_branch_idx\` ON \`notifications\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_status_idx\` ON \`notifications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notifications_sent_at_idx\` ON \`notifications\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`report_files_id\` integer REFERENCES report_files(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`notifications_rels_report_files_id_idx\` ON \`notifications_rels\` (\`report_files_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rebuildTable(db, 'notifications_rels', {
    create: `CREATE TABLE \`__new_notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`activities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `,
    copy: `INSERT INTO \`__new_notifications_rels\`("id", "order", "parent_id", "path", "activities_id") SELECT "id", "order", "parent_id", "path", "activities_id" FROM \`notifications_rels\`;`,
  })
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_activities_id_idx\` ON \`notifications_rels\` (\`activities_id\`);`)
  await rebuildTable(db, 'notifications', {
    create: `CREATE TABLE \`__new_notifications\` (
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
  `,
    copy: `INSERT INTO \`__new_notifications\`("id", "kind", "to", "subject", "campaign_id", "month", "branch_id", "sent_at", "error", "updated_at", "created_at") SELECT "id", "kind", "to", "subject", "campaign_id", "month", "branch_id", COALESCE("sent_at", "created_at"), "error", "updated_at", "created_at" FROM \`notifications\`;`,
  })
  await db.run(sql`CREATE INDEX \`notifications_kind_idx\` ON \`notifications\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`notifications_campaign_idx\` ON \`notifications\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_month_idx\` ON \`notifications\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`notifications_branch_idx\` ON \`notifications\` (\`branch_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_sent_at_idx\` ON \`notifications\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
}
