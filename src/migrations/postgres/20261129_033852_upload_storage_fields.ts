import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar;
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "import_batches" ADD COLUMN "prefix" varchar;
  ALTER TABLE "import_batches" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "report_files" ADD COLUMN "prefix" varchar;
  ALTER TABLE "report_files" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "import_batches" DROP COLUMN "prefix";
  ALTER TABLE "import_batches" DROP COLUMN "_objectkey";
  ALTER TABLE "report_files" DROP COLUMN "prefix";
  ALTER TABLE "report_files" DROP COLUMN "_objectkey";`)
}
