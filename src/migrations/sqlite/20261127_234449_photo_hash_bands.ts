import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { isPhash, phashBands } from '../../domain/phash'
import { rebuildTable } from '../../sqlite/rebuildTable'

// Duplicate-photo links are no longer stored (they are looked up when a record is read); the photos'
// hashes get six indexed bands so near-identical photos are found without reading every hash.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  // the stored links were derived data: their rows go with the column
  await db.run(sql`DELETE FROM \`activities_rels\` WHERE \`activities_id\` IS NOT NULL;`)
  await db.run(sql`DELETE FROM \`_activities_v_rels\` WHERE \`activities_id\` IS NOT NULL;`)
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
  await db.run(sql`ALTER TABLE \`media\` ADD \`phash_band0\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`phash_band1\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`phash_band2\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`phash_band3\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`phash_band4\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`phash_band5\` text;`)
  await db.run(sql`CREATE INDEX \`media_phash_band0_idx\` ON \`media\` (\`phash_band0\`);`)
  await db.run(sql`CREATE INDEX \`media_phash_band1_idx\` ON \`media\` (\`phash_band1\`);`)
  await db.run(sql`CREATE INDEX \`media_phash_band2_idx\` ON \`media\` (\`phash_band2\`);`)
  await db.run(sql`CREATE INDEX \`media_phash_band3_idx\` ON \`media\` (\`phash_band3\`);`)
  await db.run(sql`CREATE INDEX \`media_phash_band4_idx\` ON \`media\` (\`phash_band4\`);`)
  await db.run(sql`CREATE INDEX \`media_phash_band5_idx\` ON \`media\` (\`phash_band5\`);`)
  // bands for the photos already hashed
  const hashed = (await db.run(sql`SELECT \`id\`, \`phash\` FROM \`media\` WHERE \`phash\` IS NOT NULL;`)) as unknown as { rows: Array<{ id: number; phash: unknown }> }
  for (const { id, phash } of hashed.rows) {
    if (!isPhash(phash)) continue
    const [b0, b1, b2, b3, b4, b5] = phashBands(phash)
    await db.run(
      sql`UPDATE \`media\` SET \`phash_band0\` = ${b0}, \`phash_band1\` = ${b1}, \`phash_band2\` = ${b2}, \`phash_band3\` = ${b3}, \`phash_band4\` = ${b4}, \`phash_band5\` = ${b5} WHERE \`id\` = ${id};`,
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_phash_band0_idx\`;`)
  await db.run(sql`DROP INDEX \`media_phash_band1_idx\`;`)
  await db.run(sql`DROP INDEX \`media_phash_band2_idx\`;`)
  await db.run(sql`DROP INDEX \`media_phash_band3_idx\`;`)
  await db.run(sql`DROP INDEX \`media_phash_band4_idx\`;`)
  await db.run(sql`DROP INDEX \`media_phash_band5_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`phash_band0\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`phash_band1\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`phash_band2\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`phash_band3\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`phash_band4\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`phash_band5\`;`)
  await db.run(sql`ALTER TABLE \`activities_rels\` ADD \`activities_id\` integer REFERENCES activities(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`activities_rels_activities_id_idx\` ON \`activities_rels\` (\`activities_id\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v_rels\` ADD \`activities_id\` integer REFERENCES activities(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_activities_id_idx\` ON \`_activities_v_rels\` (\`activities_id\`);`)
}
