import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** The languages of the time this migration was written (a migration never follows later changes of i18n/locales.ts). */
const SEARCH_LOCALES = ['az', 'en', 'ru'] as const

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
  // Reader search (lib/search/sqlite.ts): an FTS5 index per language over search_documents' text, kept in step by
  // triggers with whatever writes the rows (the articles' hooks, reindexAll, a bulk seeder). One table per language so a
  // common word's matches are that language's only, with no filter to intersect. The text arrives folded
  // (lib/search/fold.ts), so the tokenizer removes no diacritics of its own (it would turn й into и); 2- and 3-letter
  // prefix indexes keep short prefix queries ("xo*") from merging thousands of terms.
  for (const locale of SEARCH_LOCALES) {
    const fts = sql.raw(`search_fts_${locale}`)
    const mine = sql.raw(`'${locale}'`)
    await db.run(sql`CREATE VIRTUAL TABLE ${fts} USING fts5(
      title, standfirst, body, topics,
      content='search_documents', content_rowid='id',
      tokenize='unicode61 remove_diacritics 0', prefix='2 3'
    );`)
    await db.run(sql`CREATE TRIGGER ${sql.raw(`search_documents_${locale}_insert`)} AFTER INSERT ON search_documents WHEN new.locale = ${mine} BEGIN
      INSERT INTO ${fts}(rowid, title, standfirst, body, topics) VALUES (new.id, new.title, new.standfirst, new.body, new.topics);
    END;`)
    await db.run(sql`CREATE TRIGGER ${sql.raw(`search_documents_${locale}_delete`)} AFTER DELETE ON search_documents WHEN old.locale = ${mine} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, title, standfirst, body, topics) VALUES ('delete', old.id, old.title, old.standfirst, old.body, old.topics);
    END;`)
    // One update trigger, its two steps in order: the old text leaves the index before the new text enters it.
    await db.run(sql`CREATE TRIGGER ${sql.raw(`search_documents_${locale}_update`)} AFTER UPDATE ON search_documents WHEN old.locale = ${mine} OR new.locale = ${mine} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, title, standfirst, body, topics) SELECT 'delete', old.id, old.title, old.standfirst, old.body, old.topics WHERE old.locale = ${mine};
      INSERT INTO ${fts}(rowid, title, standfirst, body, topics) SELECT new.id, new.title, new.standfirst, new.body, new.topics WHERE new.locale = ${mine};
    END;`)
  }
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_search_text\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`remembrance_events_texts\`;`)
  await db.run(sql`DROP TABLE \`_remembrance_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`categories_texts\`;`)
  await db.run(sql`DROP TABLE \`tags_texts\`;`)
  for (const locale of SEARCH_LOCALES) await db.run(sql`DROP TABLE ${sql.raw(`search_fts_${locale}`)};`)
  await db.run(sql`DROP TABLE \`search_documents\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_search_text\` text;`)
}
