import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`ui_strings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`slot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`ui_strings_key_idx\` ON \`ui_strings\` (\`key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ui_strings_slot_idx\` ON \`ui_strings\` (\`slot\`);`)
  await db.run(sql`CREATE INDEX \`ui_strings_updated_at_idx\` ON \`ui_strings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ui_strings_created_at_idx\` ON \`ui_strings\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`source_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`translated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_source_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_translated_at\` text;`)
  await db.run(sql`ALTER TABLE \`remembrance_events\` ADD \`source_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`remembrance_events_locales\` ADD \`translated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_remembrance_events_v\` ADD \`version_source_changed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_remembrance_events_v_locales\` ADD \`version_translated_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ui_strings_id\` integer REFERENCES ui_strings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ui_strings_id_idx\` ON \`payload_locked_documents_rels\` (\`ui_strings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`ui_strings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`remembrance_events_id\` integer,
  	\`reviews_id\` integer,
  	\`categories_id\` integer,
  	\`tags_id\` integer,
  	\`authors_id\` integer,
  	\`media_id\` integer,
  	\`social_links_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`remembrance_events_id\`) REFERENCES \`remembrance_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_links_id\`) REFERENCES \`social_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "remembrance_events_id", "reviews_id", "categories_id", "tags_id", "authors_id", "media_id", "social_links_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "remembrance_events_id", "reviews_id", "categories_id", "tags_id", "authors_id", "media_id", "social_links_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_remembrance_events_id_idx\` ON \`payload_locked_documents_rels\` (\`remembrance_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_links_id_idx\` ON \`payload_locked_documents_rels\` (\`social_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`source_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`translated_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_source_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_translated_at\`;`)
  await db.run(sql`ALTER TABLE \`remembrance_events\` DROP COLUMN \`source_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`remembrance_events_locales\` DROP COLUMN \`translated_at\`;`)
  await db.run(sql`ALTER TABLE \`_remembrance_events_v\` DROP COLUMN \`version_source_changed_at\`;`)
  await db.run(sql`ALTER TABLE \`_remembrance_events_v_locales\` DROP COLUMN \`version_translated_at\`;`)
}
