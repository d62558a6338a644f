import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`live_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`posted_at\` text,
  	\`image_id\` integer,
  	\`author_id\` integer,
  	\`key_event\` integer,
  	\`pinned\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`live_entries_article_idx\` ON \`live_entries\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`live_entries_posted_at_idx\` ON \`live_entries\` (\`posted_at\`);`)
  await db.run(sql`CREATE INDEX \`live_entries_image_idx\` ON \`live_entries\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`live_entries_author_idx\` ON \`live_entries\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`live_entries_updated_at_idx\` ON \`live_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`live_entries_created_at_idx\` ON \`live_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`live_entries__status_idx\` ON \`live_entries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`live_entries_locales\` (
  	\`headline\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`live_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`live_entries_locales_locale_parent_id_unique\` ON \`live_entries_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_live_entries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_article_id\` integer,
  	\`version_posted_at\` text,
  	\`version_image_id\` integer,
  	\`version_author_id\` integer,
  	\`version_key_event\` integer,
  	\`version_pinned\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`live_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_live_entries_v_parent_idx\` ON \`_live_entries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_version_version_article_idx\` ON \`_live_entries_v\` (\`version_article_id\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_version_version_posted_at_idx\` ON \`_live_entries_v\` (\`version_posted_at\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_version_version_image_idx\` ON \`_live_entries_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_version_version_author_idx\` ON \`_live_entries_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_version_version_updated_at_idx\` ON \`_live_entries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_version_version_created_at_idx\` ON \`_live_entries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_version_version__status_idx\` ON \`_live_entries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_created_at_idx\` ON \`_live_entries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_updated_at_idx\` ON \`_live_entries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_snapshot_idx\` ON \`_live_entries_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_published_locale_idx\` ON \`_live_entries_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_live_entries_v_latest_idx\` ON \`_live_entries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_live_entries_v_locales\` (
  	\`version_headline\` text,
  	\`version_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_live_entries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_live_entries_v_locales_locale_parent_id_unique\` ON \`_live_entries_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`live_coverage_state\` text DEFAULT 'upcoming';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`live_coverage_starts_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`live_coverage_ends_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_live_coverage_state\` text DEFAULT 'upcoming';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_live_coverage_starts_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_live_coverage_ends_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`live_entries_id\` integer REFERENCES live_entries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_live_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`live_entries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`live_entries\`;`)
  await db.run(sql`DROP TABLE \`live_entries_locales\`;`)
  await db.run(sql`DROP TABLE \`_live_entries_v\`;`)
  await db.run(sql`DROP TABLE \`_live_entries_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`remembrance_events_id\` integer,
  	\`editorial_tasks_id\` integer,
  	\`pages_id\` integer,
  	\`reviews_id\` integer,
  	\`categories_id\` integer,
  	\`tags_id\` integer,
  	\`authors_id\` integer,
  	\`media_id\` integer,
  	\`social_links_id\` integer,
  	\`ui_strings_id\` integer,
  	\`users_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`remembrance_events_id\`) REFERENCES \`remembrance_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editorial_tasks_id\`) REFERENCES \`editorial_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_links_id\`) REFERENCES \`social_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ui_strings_id\`) REFERENCES \`ui_strings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "remembrance_events_id", "editorial_tasks_id", "pages_id", "reviews_id", "categories_id", "tags_id", "authors_id", "media_id", "social_links_id", "ui_strings_id", "users_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "remembrance_events_id", "editorial_tasks_id", "pages_id", "reviews_id", "categories_id", "tags_id", "authors_id", "media_id", "social_links_id", "ui_strings_id", "users_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_remembrance_events_id_idx\` ON \`payload_locked_documents_rels\` (\`remembrance_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editorial_tasks_id_idx\` ON \`payload_locked_documents_rels\` (\`editorial_tasks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_links_id_idx\` ON \`payload_locked_documents_rels\` (\`social_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ui_strings_id_idx\` ON \`payload_locked_documents_rels\` (\`ui_strings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`live_coverage_state\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`live_coverage_starts_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`live_coverage_ends_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_live_coverage_state\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_live_coverage_starts_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_live_coverage_ends_at\`;`)
}
