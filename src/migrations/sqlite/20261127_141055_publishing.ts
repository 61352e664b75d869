import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { rebuildTable } from '../../sqlite/rebuildTable'

// Hand-corrected: drizzle-kit copied columns the old tables do not have yet (and back in down);
// existing materials were live before drafts existed, so they come out published.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`materials_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`materials_audiences_order_idx\` ON \`materials_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`materials_audiences_parent_idx\` ON \`materials_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_audiences_value_idx\` ON \`materials_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`materials_downloads\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`materials_downloads_order_idx\` ON \`materials_downloads\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`materials_downloads_parent_id_idx\` ON \`materials_downloads\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_downloads_file_idx\` ON \`materials_downloads\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`materials_downloads_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`materials_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_downloads_locales_locale_parent_id_unique\` ON \`materials_downloads_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_materials_v_version_fraud_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_materials_v_version_fraud_types_order_idx\` ON \`_materials_v_version_fraud_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_fraud_types_parent_idx\` ON \`_materials_v_version_fraud_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_fraud_types_value_idx\` ON \`_materials_v_version_fraud_types\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_materials_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_materials_v_version_audiences_order_idx\` ON \`_materials_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_audiences_parent_idx\` ON \`_materials_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_audiences_value_idx\` ON \`_materials_v_version_audiences\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_materials_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_materials_v_version_languages_order_idx\` ON \`_materials_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_languages_parent_idx\` ON \`_materials_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_materials_v_version_downloads\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_materials_v_version_downloads_order_idx\` ON \`_materials_v_version_downloads\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_downloads_parent_id_idx\` ON \`_materials_v_version_downloads\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_downloads_file_idx\` ON \`_materials_v_version_downloads\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_materials_v_version_downloads_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_materials_v_version_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_materials_v_version_downloads_locales_locale_parent_id_uniq\` ON \`_materials_v_version_downloads_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_materials_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_kind\` text,
  	\`version_slug\` text,
  	\`version_cover_id\` integer,
  	\`version_video_url\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_materials_v_parent_idx\` ON \`_materials_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_code_idx\` ON \`_materials_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_kind_idx\` ON \`_materials_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_slug_idx\` ON \`_materials_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_cover_idx\` ON \`_materials_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_published_at_idx\` ON \`_materials_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_updated_at_idx\` ON \`_materials_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version_created_at_idx\` ON \`_materials_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_version_version__status_idx\` ON \`_materials_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_created_at_idx\` ON \`_materials_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_updated_at_idx\` ON \`_materials_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_snapshot_idx\` ON \`_materials_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_published_locale_idx\` ON \`_materials_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_latest_idx\` ON \`_materials_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_materials_v_autosave_idx\` ON \`_materials_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_materials_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_materials_v_locales_locale_parent_id_unique\` ON \`_materials_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  // a material's single file becomes the first of its downloads (the column goes with the rebuild below)
  await db.run(sql`INSERT INTO \`materials_downloads\` (\`_order\`, \`_parent_id\`, \`id\`, \`file_id\`) SELECT 1, \`id\`, lower(hex(randomblob(12))), \`file_id\` FROM \`materials\` WHERE \`file_id\` IS NOT NULL;`)
  await rebuildTable(db, 'materials', {
    create: `CREATE TABLE \`__new_materials\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text,
  	\`kind\` text,
  	\`slug\` text,
  	\`cover_id\` integer,
  	\`video_url\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `,
    copy: `INSERT INTO \`__new_materials\`("id", "code", "kind", "slug", "cover_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "code", "kind", "slug", "cover_id", "updated_at", "updated_at", "created_at", 'published' FROM \`materials\`;`,
  })
  await db.run(sql`CREATE UNIQUE INDEX \`materials_code_idx\` ON \`materials\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`materials_kind_idx\` ON \`materials\` (\`kind\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_slug_idx\` ON \`materials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`materials_cover_idx\` ON \`materials\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_published_at_idx\` ON \`materials\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_updated_at_idx\` ON \`materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_created_at_idx\` ON \`materials\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`materials__status_idx\` ON \`materials\` (\`_status\`);`)
  await rebuildTable(db, 'materials_locales', {
    create: `CREATE TABLE \`__new_materials_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `,
    copy: `INSERT INTO \`__new_materials_locales\`("title", "summary", "id", "_locale", "_parent_id") SELECT "title", "summary", "id", "_locale", "_parent_id" FROM \`materials_locales\`;`,
  })
  await db.run(sql`CREATE UNIQUE INDEX \`materials_locales_locale_parent_id_unique\` ON \`materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_hero_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_hero_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_hero_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_hero_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_hero_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_hero_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`materials_fraud_types_value_idx\` ON \`materials_fraud_types\` (\`value\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`materials_audiences\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_fraud_types\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_downloads\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_version_downloads_locales\`;`)
  await db.run(sql`DROP TABLE \`_materials_v\`;`)
  await db.run(sql`DROP TABLE \`_materials_v_locales\`;`)
  await db.run(sql`DROP INDEX \`materials_fraud_types_value_idx\`;`)
  await rebuildTable(db, 'materials', {
    create: `CREATE TABLE \`__new_materials\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`code\` text NOT NULL,
  	\`slug\` text,
  	\`kind\` text NOT NULL,
  	\`cover_id\` integer,
  	\`file_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `,
    copy: `INSERT INTO \`__new_materials\`("id", "code", "slug", "kind", "cover_id", "file_id", "updated_at", "created_at") SELECT "id", "code", "slug", "kind", "cover_id", (SELECT "file_id" FROM \`materials_downloads\` d WHERE d."_parent_id" = \`materials\`."id" ORDER BY d."_order" LIMIT 1), "updated_at", "created_at" FROM \`materials\`;`,
  })
  await db.run(sql`DROP TABLE \`materials_downloads_locales\`;`)
  await db.run(sql`DROP TABLE \`materials_downloads\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_code_idx\` ON \`materials\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_slug_idx\` ON \`materials\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`materials_kind_idx\` ON \`materials\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`materials_cover_idx\` ON \`materials\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_file_idx\` ON \`materials\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`materials_updated_at_idx\` ON \`materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_created_at_idx\` ON \`materials\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_hero_sizes_hero_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_hero_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_hero_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_hero_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_hero_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_hero_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_hero_filename\`;`)
  await rebuildTable(db, 'materials_locales', {
    create: `CREATE TABLE \`__new_materials_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `,
    copy: `INSERT INTO \`__new_materials_locales\`("title", "summary", "id", "_locale", "_parent_id") SELECT "title", "summary", "id", "_locale", "_parent_id" FROM \`materials_locales\`;`,
  })
  await db.run(sql`CREATE UNIQUE INDEX \`materials_locales_locale_parent_id_unique\` ON \`materials_locales\` (\`_locale\`,\`_parent_id\`);`)
}
