import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media_locales\` ADD \`credit\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  // Credits given before credit was localized stay, as the default language's (en and ru fall back to it).
  await db.run(sql`UPDATE \`media_locales\` SET \`credit\` = (SELECT \`credit\` FROM \`media\` WHERE \`media\`.\`id\` = \`media_locales\`.\`_parent_id\`) WHERE \`_locale\` = 'az';`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credit\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`news_line_size\` numeric DEFAULT 10 NOT NULL,
  	\`reviews_enabled\` integer DEFAULT true,
  	\`reviews_blocklist\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "news_line_size", "reviews_enabled", "reviews_blocklist", "contact_email", "contact_phone", "updated_at", "created_at") SELECT "id", "news_line_size", "reviews_enabled", "reviews_blocklist", "contact_email", "contact_phone", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credit\` text;`)
  await db.run(sql`UPDATE \`media\` SET \`credit\` = (SELECT \`credit\` FROM \`media_locales\` WHERE \`media_locales\`.\`_parent_id\` = \`media\`.\`id\` AND \`_locale\` = 'az');`)
  await db.run(sql`ALTER TABLE \`media_locales\` DROP COLUMN \`credit\`;`)
}
