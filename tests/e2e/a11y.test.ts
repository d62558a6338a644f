import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser } from 'playwright-core'

import { launchOptions } from './browser'
import { baseURL } from './env'

/** axe-core in the page: WCAG 2.1 A and AA rules, colour contrast included. Layout and screenshots: design.test.ts. */

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }

const AXE = fs.readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8')

const PAGES = {
  az: ['/az', '/az/news/azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir', '/az/remembrance', '/az/remembrance/xocali-soyqirimi', '/az/category/anim', '/az/search?q=xocal%C4%B1', '/az/yoxdur'],
  en: ['/en', '/en/news/azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide', '/en/remembrance', '/en/remembrance/khojaly-genocide', '/en/category/remembrance', '/en/search?q=khojaly', '/en/missing'],
  ru: ['/ru', '/ru/news/azerbaydzhan-otmechaet-21-yu-godovshchinu-khodzhalinskogo-genotsida', '/ru/remembrance', '/ru/remembrance/khodzhalinskiy-genotsid', '/ru/category/pamyat', '/ru/search?q=%D1%85%D0%BE%D0%B4%D0%B6%D0%B0%D0%BB%D1%8B', '/ru/net-takoy'],
}

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch(launchOptions)
})

afterAll(async () => {
  await browser.close()
})

/** A phone's, a tablet's and a desktop's width: the layout changes at each (styles.css). */
const WIDTHS = [320, 768, 1280]
/** The dark scheme's colours on each page type, checked in the language with the longest words. */
const DARK = new Set(['/ru', PAGES.ru[1], PAGES.ru[3]])

const CASES = Object.entries(PAGES).flatMap(([locale, paths]) => paths.map((pagePath) => [locale, pagePath] as const))

describe('accessibility', () => {
  it.each(CASES)('%s %s renders its content and has no axe violations at 320, 768 and 1280 px', async (_locale, pagePath) => {
    const page = await browser.newPage({ viewport: { width: WIDTHS[0], height: 900 } })
    await page.goto(`${baseURL()}${pagePath}`)
    // Each page renders its seeded content: one h1, and the lists and articles under it.
    expect(await page.locator('h1').count()).toBe(1)
    expect((await page.locator('h1').textContent())?.trim()).toBeTruthy()
    if (!/(yoxdur|missing|net-takoy)$/.test(pagePath)) expect(await page.locator('main a[href*="/news/"], main a[href*="/remembrance/"], main article p').count()).toBeGreaterThan(0)
    await page.addScriptTag({ content: AXE })
    // The same page resized (the media queries apply at once), then in the dark scheme: one load, every layout.
    const violations: string[] = []
    const check = async (label: string) => {
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      )) as AxeResult
      for (const v of result.violations) violations.push(`${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 })
      await check(`${width} px`)
    }
    if (DARK.has(pagePath)) {
      await page.emulateMedia({ colorScheme: 'dark' })
      await check('dark scheme')
    }
    await page.close()
    expect(violations).toEqual([])
  })
})
