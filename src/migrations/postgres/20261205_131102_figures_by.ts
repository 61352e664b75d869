import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activities" ADD COLUMN "figures_by_id" integer;
  ALTER TABLE "_activities_v" ADD COLUMN "version_figures_by_id" integer;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_figures_by_id_users_id_fk" FOREIGN KEY ("figures_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_figures_by_id_users_id_fk" FOREIGN KEY ("version_figures_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "activities_figures_by_idx" ON "activities" USING btree ("figures_by_id");
  CREATE INDEX "_activities_v_version_version_figures_by_idx" ON "_activities_v" USING btree ("version_figures_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activities" DROP CONSTRAINT "activities_figures_by_id_users_id_fk";
  
  ALTER TABLE "_activities_v" DROP CONSTRAINT "_activities_v_version_figures_by_id_users_id_fk";
  
  DROP INDEX "activities_figures_by_idx";
  DROP INDEX "_activities_v_version_version_figures_by_idx";
  ALTER TABLE "activities" DROP COLUMN "figures_by_id";
  ALTER TABLE "_activities_v" DROP COLUMN "version_figures_by_id";`)
}
