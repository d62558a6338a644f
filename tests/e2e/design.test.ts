import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser, type Page } from 'playwright-core'

import { launchOptions } from './browser'
import { baseURL } from './env'

/**
 * The designed pages in Chromium: the story grid reflows with the width, the dark scheme follows the system,
 * the share bar and copy button work, images are sized and prioritised, and the pages work without JavaScript.
 * Screenshots of each page type in each language at 375 and 1280 px go to test-results/screenshots.
 */

const SCREENSHOTS = path.join(process.cwd(), 'test-results', 'screenshots')

const PAGES = {
  az: { home: '/az', article: '/az/news/azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir', event: '/az/remembrance/xocali-soyqirimi' },
  en: { home: '/en', article: '/en/news/azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide', event: '/en/remembrance/khojaly-genocide' },
  ru: { home: '/ru', article: '/ru/news/azerbaydzhan-otmechaet-21-yu-godovshchinu-khodzhalinskogo-genotsida', event: '/ru/remembrance/khodzhalinskiy-genotsid' },
}

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch(launchOptions)
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
})

afterAll(async () => {
  await browser.close()
})

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** How many columns the first story grid has: its cards' distinct left edges. */
const gridColumns = (page: Page) =>
  page.evaluate(() => new Set([...document.querySelectorAll('.story-grid > li')].map((item) => Math.round(item.getBoundingClientRect().left))).size)

describe('layout', () => {
  it.each([
    [320, 1],
    [768, 2],
    [1280, 4],
  ])('at %i px the story grid has %i column(s) and no page scrolls sideways', async (width, columns) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(`${baseURL()}/en`)
    expect(await gridColumns(page)).toBe(columns)
    for (const [locale, pages] of Object.entries(PAGES)) {
      for (const [name, pagePath] of Object.entries(pages)) {
        await page.goto(`${baseURL()}${pagePath}`)
        expect([locale, name, await overflow(page)]).toEqual([locale, name, 0])
      }
    }
    await page.close()
  })

  it('the top story sits beside the news line on a wide screen and above it on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${baseURL()}/en`)
    const lead = await page.locator('.lead').boundingBox()
    const newsLine = await page.locator('.news-line').boundingBox()
    expect(newsLine!.x).toBeGreaterThan(lead!.x + lead!.width - 1)
    await page.setViewportSize({ width: 375, height: 900 })
    const narrowLead = await page.locator('.lead').boundingBox()
    const narrowNewsLine = await page.locator('.news-line').boundingBox()
    expect(narrowNewsLine!.y).toBeGreaterThanOrEqual(narrowLead!.y + narrowLead!.height)
    await page.close()
  })

  it.each([375, 1280])('screenshots of the home, article and event pages at %i px in each language', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    for (const [locale, pages] of Object.entries(PAGES)) {
      for (const [name, pagePath] of Object.entries(pages)) {
        await page.goto(`${baseURL()}${pagePath}`)
        // Lazy images below the fold load once scrolled to; the screenshot shows the whole page.
        await page.evaluate(async () => {
          for (const image of document.querySelectorAll('img')) image.loading = 'eager'
          await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)))
        })
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${locale}-${width}.png`), fullPage: true })
      }
    }
    await page.close()
  })
})

describe('colour scheme', () => {
  /** The body's background and text colours as relative luminance (0 black … 1 white). */
  const luminance = (page: Page) =>
    page.evaluate(() => {
      const channel = (value: number) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)
      const of = (color: string) => {
        const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => channel(value / 255))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
      }
      const style = getComputedStyle(document.body)
      return { background: of(style.backgroundColor), text: of(style.color) }
    })

  it('is light by default and dark when the system prefers dark, with readable text in both', async () => {
    for (const [scheme, dark] of [
      ['light', false],
      ['dark', true],
    ] as const) {
      const page = await browser.newPage({ colorScheme: scheme })
      await page.goto(`${baseURL()}${PAGES.en.article}`)
      const { background, text } = await luminance(page)
      expect([scheme, dark ? background < 0.05 : background > 0.9]).toEqual([scheme, true])
      // WCAG contrast ratio of body text on the page.
      const contrast = (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05)
      expect(contrast).toBeGreaterThan(7)
      await page.close()
    }
  })
})

describe('article', () => {
  it('has a share bar of icon links named in the page language, and a copy button that copies and says so', async () => {
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() })
    const page = await context.newPage()
    await page.goto(`${baseURL()}${PAGES.ru.article}`)
    const bar = page.locator('.share-bar')
    for (const name of ['Поделиться в Facebook', 'Поделиться в X', 'Поделиться в Telegram', 'Поделиться в WhatsApp']) {
      const link = bar.getByRole('link', { name })
      expect(await link.locator('svg').count()).toBe(1)
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    }
    await bar.getByRole('button', { name: 'Скопировать ссылку' }).click()
    await page.getByRole('status').filter({ hasText: 'Ссылка скопирована' }).waitFor()
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical)
    await context.close()
  })

  it('prioritises the hero (its largest paint) and sizes every image, so nothing shifts while loading', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } })
    await page.goto(`${baseURL()}${PAGES.az.article}`)
    const hero = page.locator('.hero img')
    expect(await hero.getAttribute('fetchpriority')).toBe('high')
    expect(await hero.getAttribute('loading')).toBe('eager')
    expect(await hero.getAttribute('srcset')).toMatch(/\.webp \d+w/)
    expect(await hero.getAttribute('alt')).toBeTruthy()
    // Every other picture (authors' photos, body images, the gallery) waits until it is near.
    const others = await page.locator('main img').evaluateAll((all) =>
      all
        .filter((image) => !image.closest('.hero'))
        .map((image) => ({ src: image.getAttribute('src'), width: image.getAttribute('width'), height: image.getAttribute('height'), loading: image.getAttribute('loading') })),
    )
    expect(others.length).toBeGreaterThan(3)
    for (const image of others) expect([image.src, Number(image.width) * Number(image.height) > 0, image.loading]).toEqual([image.src, true, 'lazy'])
    // Layout shifts while the page loads and every picture is scrolled into view.
    const shift = await page.evaluate(async () => {
      let total = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
      // One at a time, as a reader scrolls: each lazy picture starts loading once in view.
      for (const image of document.querySelectorAll('main img')) {
        image.scrollIntoView()
        if ((image as HTMLImageElement).complete) continue
        await new Promise((resolve) => {
          image.addEventListener('load', resolve, { once: true })
          image.addEventListener('error', resolve, { once: true })
        })
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      return total
    })
    expect(shift).toBeLessThan(0.05)
    await page.close()
  })

  it('reads completely with JavaScript off: text, pictures, share links and the page address to copy', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL()}${PAGES.en.article}`)
    expect(await page.locator('h1').textContent()).toContain('Khojaly')
    expect(await page.locator('.hero img').count()).toBe(1)
    expect(await page.locator('.share-bar a').count()).toBe(4)
    expect(await page.locator('.share-url a').getAttribute('href')).toMatch(/^http/)
    // The copy button needs the Clipboard API: without JavaScript it is not offered at all.
    expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(0)
    expect(await page.locator('.masthead-date').textContent()).toBeTruthy()
    await context.close()
  })
})

describe('remembrance event', () => {
  it.each(Object.entries(PAGES))('in %s shows the figures as large numbers, a timeline and a captioned gallery', async (_locale, pages) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${baseURL()}${pages.event}`)
    const killed = page.locator('.facts-panel [data-figure="killed"] dd')
    expect((await killed.textContent())?.trim()).toBe('613')
    // A designed panel, still text: the number is set far larger than the body text.
    const size = (selector: string) => page.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
    expect(await size('.facts-panel dd')).toBeGreaterThan(2 * (await size('.facts-panel dt')))
    const timeline = page.locator('.timeline > li')
    expect(await timeline.count()).toBeGreaterThanOrEqual(3)
    expect(await timeline.first().locator('time').getAttribute('dateTime')).toBe('1992-02-25')
    const gallery = page.locator('.gallery figure')
    expect(await gallery.count()).toBeGreaterThanOrEqual(2)
    for (const figure of await gallery.all()) {
      expect(await figure.locator('img').getAttribute('alt')).toBeTruthy()
      expect((await figure.locator('figcaption').textContent())?.trim()).toBeTruthy()
    }
    await page.close()
  })
})
