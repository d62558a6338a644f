import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`breaking_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`breaking_news_locales\` (
  	\`text\` text,
  	\`link\` text,
  	\`expires_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`breaking_news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`breaking_news_locales_locale_parent_id_unique\` ON \`breaking_news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`article_type\` text DEFAULT 'news';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`embargo_until\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_article_type\` text DEFAULT 'news';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_embargo_until\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`breaking_news\`;`)
  await db.run(sql`DROP TABLE \`breaking_news_locales\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`article_type\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`embargo_until\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_article_type\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_embargo_until\`;`)
}
