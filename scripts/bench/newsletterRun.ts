/**
 * The child of scripts/bench/newsletter.mjs: a fresh database migrated as production migrates it, BENCH_SUBSCRIBERS
 * confirmed daily subscribers of az and 12 articles published yesterday, then one digest issue sent to all of
 * them by the job's code, timed. The subscribers are written through the database adapter (no hooks): they are
 * the setting, not what is measured.
 */
import { getPayload, type Migration, type PayloadRequest } from 'payload'

import config from '@payload-config'
import { addDays, startOfDayIn, todayIn } from '@/lib/calendar/days'
import { issueFor } from '@/lib/newsletter/issue'
import { sendIssue } from '@/lib/newsletter/sendIssue'
import { migrations } from '@/migrations'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS) || 10_000
const now = new Date()
const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
const context = { disableRevalidate: true }

const yesterday = startOfDayIn(addDays(todayIn(now), -1)).getTime()
for (let n = 0; n < 12; n++) {
  await payload.create({
    collection: 'articles',
    locale: 'az',
    context,
    data: {
      title: `Bakı xəbərləri #${n}: şəhərdə yeni layihələr`,
      standfirst: 'Paytaxtda gələn həftə başlayacaq işlər, nəqliyyat və mədəniyyət xəbərləri haqqında qısa icmal.',
      _status: 'published',
      publishedAt: new Date(yesterday + (n + 1) * 3600_000).toISOString(),
    },
  })
}

const seeded = performance.now()
// A transaction per thousand rows: one commit each instead of one per row.
for (let start = 0; start < SUBSCRIBERS; start += 1000) {
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = { transactionID, payload } as unknown as PayloadRequest
  for (let n = start; n < Math.min(SUBSCRIBERS, start + 1000); n++) {
    await payload.db.create({
      collection: 'subscribers',
      data: { email: `reader${n}@bench.example`, languages: ['az'], frequency: 'daily', status: 'confirmed', manageNonce: `nonce-${n}`, confirmedAt: now.toISOString() },
      req,
    })
  }
  if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
}
console.log(`Seeded ${SUBSCRIBERS} subscribers in ${((performance.now() - seeded) / 1000).toFixed(1)} s.`)

const started = performance.now()
const report = await sendIssue(payload, issueFor('daily', 'az', now))
const seconds = (performance.now() - started) / 1000
console.log(`Digest ${report.issue}: ${report.sent} mails rendered and handed to SMTP in ${seconds.toFixed(1)} s = ${(report.sent / seconds).toFixed(0)} digests/s.`)

const rerun = performance.now()
const again = await sendIssue(payload, issueFor('daily', 'az', now))
console.log(`Rerun of the same issue (resuming after a crash): ${again.sent} sent, ${again.alreadyClaimed} skipped in ${((performance.now() - rerun) / 1000).toFixed(1)} s.`)
await payload.destroy()
process.exit(0)
