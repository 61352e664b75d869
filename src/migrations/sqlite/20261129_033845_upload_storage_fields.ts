import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`import_batches\` ADD \`prefix\` text;`)
  await db.run(sql`ALTER TABLE \`import_batches\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`report_files\` ADD \`prefix\` text;`)
  await db.run(sql`ALTER TABLE \`report_files\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`import_batches\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`import_batches\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`report_files\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`report_files\` DROP COLUMN \`_objectkey\`;`)
}
