import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { az } from '@payloadcms/translations/languages/az'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config, type DatabaseAdapterObj } from 'payload'
import sharp from 'sharp'

import { csrfOrigins, graphQLEnabled } from './cms/authSettings'
import { resolveDatabase } from './cms/database'
import { emailAdapter } from './cms/email'
import { depthLimit } from './cms/graphqlDepthLimit'
import { canQueueJobs, canRunJobs } from './cms/jobRunner'
import { payloadSecret } from './cms/secret'
import { keepPlannerStatistics } from './cms/sqliteStatistics'
import { recoverFromBusyErrors } from './cms/sqliteBusyRecovery'
import { mediaStorage } from './cms/storage'
import { Articles } from './collections/Articles'
import { ArticleViews } from './collections/ArticleViews'
import { Authors } from './collections/Authors'
import { BreakingNews } from './collections/BreakingNews'
import { expireBreakingNewsTask } from './collections/BreakingNews/expireBannerTask'
import { Categories } from './collections/Categories'
import { withDocumentLockRules } from './collections/DocumentLocks'
import { EditorialTasks } from './collections/EditorialTasks'
import { planEditorialTasksTask } from './collections/EditorialTasks/generateTask'
import { Media, MAX_UPLOAD_BYTES } from './collections/Media'
import { Pages } from './collections/Pages'
import { redirects } from './collections/Redirects'
import { RemembranceEvents } from './collections/RemembranceEvents'
import { ReviewLocks } from './collections/ReviewLocks'
import { SearchDocuments } from './collections/SearchDocuments'
import { LiveEntries } from './collections/LiveEntries'
import { NewsletterDeliveries } from './collections/NewsletterDeliveries'
import { Reviews } from './collections/Reviews'
import { SiteSettings } from './collections/SiteSettings'
import { SocialLinks } from './collections/SocialLinks'
import { Subscribers } from './collections/Subscribers'
import { Tags } from './collections/Tags'
import { UiStrings } from './collections/UiStrings'
import { Users } from './collections/Users'
import { adminTranslations } from './i18n/admin'
import { defaultLocale, LOCALE_LABELS, locales } from './i18n/locales'
import { migrations } from './migrations'
import { expireNewsletterSignUpsTask, sendDailyNewsletterTask, sendWeeklyNewsletterTask } from './lib/newsletter/tasks'
import { apiRequestGuards } from './plugins/apiRequestGuards'
import { sendPasswordMailTask } from './lib/staffMail/passwordMail'
import { reviewDigestTask } from './lib/staffMail/reviewDigest'
import { prepareSearch } from './lib/search/documents'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** How long start-up waits for MongoDB before giving up with a clear message. */
export const MONGO_CONNECT_TIMEOUT_MS = 5000

function databaseAdapter(): DatabaseAdapterObj {
  const target = resolveDatabase()
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_CONNECT_TIMEOUT_MS },
    })
  }
  return sqliteAdapter({
    client: { url: target.url },
    // Readers never wait for a writer (write-ahead log), a writer waits up to 5 s for another instead of
    // failing at once, and `npm run backup` copies a consistent snapshot while the site keeps writing.
    wal: true,
    busyTimeout: 5000,
    // The schema comes from committed migrations everywhere (never an interactive push), so dev,
    // tests and production run the very same SQL.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  })
}

export default withDocumentLockRules(buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL || undefined,
  // A staff cookie is accepted only from pages of the configured site.
  csrf: csrfOrigins(),
  // No request, anonymous or not, may make one REST call populate relations deeper than this.
  maxDepth: 3,
  graphQL: {
    disable: !graphQLEnabled(),
    disablePlaygroundInProduction: true,
    maxComplexity: 500,
    validationRules: () => [depthLimit()],
  },
  // Uploads larger than this are refused before they reach sharp.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // The admin's tabs carry the newsroom's icons (Next's metadata files app/favicon.ico, icon.svg, apple-icon.png).
    meta: {
      titleSuffix: ' · Admin',
      icons: [
        { rel: 'icon', url: '/favicon.ico', sizes: '48x48' },
        { rel: 'icon', url: '/icon.svg', type: 'image/svg+xml' },
        { rel: 'apple-touch-icon', url: '/apple-icon.png', sizes: '180x180' },
      ],
    },
    // Gravatar would send a hash of each staff e-mail to a third party from every admin page.
    avatar: 'default',
    components: {
      // The newsroom's logo and name instead of Payload's (components/admin/brand).
      graphics: { Logo: '/components/admin/brand/Logo#Logo', Icon: '/components/admin/brand/Icon#Icon' },
      afterNavLinks: ['/components/admin/translations/TranslationsNavLink#TranslationsNavLink', '/components/admin/calendar/CalendarNavLink#CalendarNavLink'],
      // The dashboard opens on what needs the staff member's attention, by role, above the collection cards.
      beforeDashboard: ['/components/admin/dashboard/AttentionDashboard#AttentionDashboard'],
      views: {
        // The commemoration calendar: anniversaries, their editorial tasks, scheduled publications and embargoes.
        calendar: { Component: '/components/admin/calendar/CalendarView#CalendarView', path: '/calendar' },
        // The translator dashboard: missing and outdated en/ru translations, oldest first.
        translations: { Component: '/components/admin/translations/TranslationsView#TranslationsView', path: '/translations' },
      },
    },
  },
  collections: [Articles, LiveEntries, RemembranceEvents, EditorialTasks, Pages, Reviews, Categories, Tags, Authors, Media, SocialLinks, UiStrings, Users, Subscribers, ReviewLocks, ArticleViews, NewsletterDeliveries, SearchDocuments],
  globals: [SiteSettings, BreakingNews],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  localization: {
    locales: locales.map((code) => ({ code, label: LOCALE_LABELS[code] })),
    defaultLocale,
    // A field left empty in en or ru shows the Azerbaijani text rather than nothing.
    fallback: true,
  },
  i18n: {
    supportedLanguages: { az, en, ru },
    fallbackLanguage: defaultLocale,
    // The staff-facing text of the admin's own views, hooks and validators (`custom:` keys; i18n/admin/).
    translations: adminTranslations,
  },
  sharp,
  // Staff mail over SMTP_* (cms/email.ts), or written to the log when no relay is configured.
  email: emailAdapter(),
  // Uploaded media go to an S3-compatible bucket when S3_BUCKET is set (needed once several instances
  // serve the site), to MEDIA_DIR on local disk otherwise. redirects: editors' redirects (collections/Redirects). apiRequestGuards (last, to see every collection):
  // 400/404 instead of 500 for malformed API requests, and a page-size cap for the public.
  plugins: [mediaStorage(), redirects(), apiRequestGuards()],
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Types are generated on purpose (npm run generate:types) and checked by the tests, never
    // rewritten behind the developer's back on every boot.
    autoGenerate: false,
  },
  jobs: {
    // Scheduled publishing (versions.drafts.schedulePublish) queues jobs; cms/jobRunner.ts runs them.
    access: { run: canRunJobs, queue: canQueueJobs, cancel: canQueueJobs },
    // A banner's expiry expires the cached pages showing it (collections/BreakingNews); the anniversaries'
    // editorial tasks are planned daily (collections/EditorialTasks). Staff mail is sent by jobs, so a relay that
    // is down delays it and the job is retried (lib/staffMail/): reset and invitation mails, the review digest. The
    // newsletter's digests go out and its expired sign-ups are deleted on schedule (lib/newsletter/tasks.ts).
    tasks: [
      expireBreakingNewsTask,
      planEditorialTasksTask,
      sendPasswordMailTask,
      reviewDigestTask,
      sendDailyNewsletterTask,
      sendWeeklyNewsletterTask,
      expireNewsletterSignUpsTask,
    ],
  },
  telemetry: false,
  // A refused guess (cms/staffAuth/passwordAttempts.ts) is expected traffic: one line, no stack trace.
  // Payload's type lists only its own error names, but the level is looked up by `error.name`.
  loggingLevels: { TooManyPasswordAttempts: 'info' } as Config['loggingLevels'],
  // See cms/sqliteBusyRecovery.ts: a busy SQLite database must not leave the connection unable to commit; and
  // cms/sqliteStatistics.ts: the planner's statistics. Then the search index's own start-up (lib/search/documents.ts):
  // MongoDB's text index, a rebuild of an empty index.
  onInit: async (payload) => {
    await recoverFromBusyErrors(payload)
    await keepPlannerStatistics(payload)
    await prepareSearch(payload)
  },
}))
