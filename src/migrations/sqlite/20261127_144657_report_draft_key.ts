import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`draft_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_draft_key_idx\` ON \`reports\` (\`draft_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`reports_draft_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`draft_key\`;`)
}
