// `npm run lighthouse`: Lighthouse (mobile, its default simulated slow 4G and 4x CPU slowdown) in Debian's
// Chromium on the home, article and event pages in az, en and ru, on a fresh portal with the demo content (or on
// a running one: `npm run lighthouse -- http://127.0.0.1:3000`). Prints the four category scores, the page's
// largest paint, layout shift and blocking time, and every audit that cost a point. Asserts nothing: speed is
// measured, not tested. tests/e2e/lighthouse.test.ts runs it with `--only=accessibility,best-practices,seo --json`
// and holds those three categories at 100.
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'

import { firstLoadJs } from './bench/measure.mjs'
import { freePort, startPortal } from './portal-process.mjs'

const PAGES = {
  az: ['/az', '/az/news/azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir', '/az/remembrance/xocali-soyqirimi'],
  en: ['/en', '/en/news/azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide', '/en/remembrance/khojaly-genocide'],
  ru: ['/ru', '/ru/news/azerbaydzhan-otmechaet-21-yu-godovshchinu-khodzhalinskogo-genotsida', '/ru/remembrance/khodzhalinskiy-genotsid'],
}
const args = process.argv.slice(2)
const only = args.find((arg) => arg.startsWith('--only='))
const CATEGORIES = only ? only.slice('--only='.length).split(',') : ['performance', 'accessibility', 'best-practices', 'seo']
const asJson = args.includes('--json')
const given = args.find((arg) => !arg.startsWith('--'))
const portal = given
  ? null
  : await startPortal({ prefix: 'portal-lighthouse-', env: { PAYLOAD_SECRET: 'lighthouse-secret-not-for-production', ADMIN_PASSWORD: 'lighthouse-admin-password-1' } })
const base = given ?? portal.baseURL
const port = await freePort()
// Lighthouse drives the browser over the DevTools protocol on this port; Playwright only starts Debian's Chromium.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [`--remote-debugging-port=${port}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})

const rows = []
try {
  for (const paths of Object.values(PAGES)) {
    for (const path of paths) {
      // Once before measuring, so the page is in the server's cache as a reader would usually find it.
      const html = await (await fetch(`${base}${path}`)).text()
      const js = firstLoadJs(html)
      const { lhr } = await lighthouse(`${base}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      const metric = (id) => lhr.audits[id]?.displayValue ?? '?'
      const lost = Object.values(lhr.categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]))
        .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
      rows.push({ path, scores: CATEGORIES.map(score), lcp: metric('largest-contentful-paint'), cls: metric('cumulative-layout-shift'), tbt: metric('total-blocking-time'), js: js.missing ? '?' : `${js.kB.toFixed(1)} kB`, lost })
      if (!asJson) console.log(`${path}: ${CATEGORIES.map(score).join(' / ')}`)
    }
  }
} finally {
  await browser.close()
  portal?.stop()
}

if (asJson) {
  console.log(JSON.stringify(rows.map((row) => ({ path: row.path, scores: Object.fromEntries(CATEGORIES.map((id, index) => [id, row.scores[index]])), lost: row.lost }))))
  process.exit(0)
}
console.log(`\n| page | ${CATEGORIES.join(' / ')} | LCP | CLS | TBT | first-load JS (gzip) |`)
console.log('| --- | --- | --- | --- | --- | --- |')
for (const row of rows) console.log(`| ${decodeURI(row.path)} | ${row.scores.join(' / ')} | ${row.lcp} | ${row.cls} | ${row.tbt} | ${row.js} |`)
const lost = rows.filter((row) => row.lost.length > 0)
if (lost.length > 0) {
  console.log('\nAudits below full marks:')
  for (const row of lost) console.log(`- ${decodeURI(row.path)}: ${row.lost.join(', ')}`)
}
