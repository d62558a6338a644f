import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`remembrance_events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`remembrance_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`remembrance_events_texts_order_parent\` ON \`remembrance_events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_remembrance_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_remembrance_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_remembrance_events_v_texts_order_parent\` ON \`_remembrance_events_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`categories_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`categories_texts_order_parent\` ON \`categories_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tags_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tags_texts_order_parent\` ON \`tags_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`locale\` text NOT NULL,
  	\`title\` text,
  	\`standfirst\` text,
  	\`body\` text,
  	\`topics\` text,
  	\`prefixes\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`search_documents_article_idx\` ON \`search_documents\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`search_documents_updated_at_idx\` ON \`search_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_documents_created_at_idx\` ON \`search_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`article_locale_idx\` ON \`search_documents\` (\`article_id\`,\`locale\`);`)
  // Reader search (lib/search/sqlite.ts): an FTS5 index over search_documents' text, kept in step by triggers with
  // whatever writes the rows (the articles' hooks, reindexAll, a bulk seeder). The text arrives folded
  // (lib/search/fold.ts), so the tokenizer removes no diacritics of its own (it would turn й into и). The language is
  // an indexed column so a query filters by it inside the index; 2- and 3-letter prefix indexes keep short prefix
  // queries ("xo*") from scanning every term.
  await db.run(sql`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(
    locale, title, standfirst, body, topics,
    content='search_documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0', prefix='2 3'
  );`)
  await db.run(sql`CREATE TRIGGER \`search_documents_fts_insert\` AFTER INSERT ON \`search_documents\` BEGIN
    INSERT INTO search_fts(rowid, locale, title, standfirst, body, topics) VALUES (new.id, new.locale, new.title, new.standfirst, new.body, new.topics);
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_documents_fts_delete\` AFTER DELETE ON \`search_documents\` BEGIN
    INSERT INTO search_fts(search_fts, rowid, locale, title, standfirst, body, topics) VALUES ('delete', old.id, old.locale, old.title, old.standfirst, old.body, old.topics);
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_documents_fts_update\` AFTER UPDATE ON \`search_documents\` BEGIN
    INSERT INTO search_fts(search_fts, rowid, locale, title, standfirst, body, topics) VALUES ('delete', old.id, old.locale, old.title, old.standfirst, old.body, old.topics);
    INSERT INTO search_fts(rowid, locale, title, standfirst, body, topics) VALUES (new.id, new.locale, new.title, new.standfirst, new.body, new.topics);
  END;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_search_text\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`remembrance_events_texts\`;`)
  await db.run(sql`DROP TABLE \`_remembrance_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`categories_texts\`;`)
  await db.run(sql`DROP TABLE \`tags_texts\`;`)
  await db.run(sql`DROP TABLE \`search_fts\`;`)
  await db.run(sql`DROP TABLE \`search_documents\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_search_text\` text;`)
}
