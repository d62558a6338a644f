import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { chromium, type Browser, type Page } from 'playwright-core'

import { launchOptions } from './browser'
import { baseURL } from './env'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await chromium.launch(launchOptions)
})

beforeEach(async () => {
  page = await browser.newPage()
})

afterEach(async () => {
  await page.close()
})

afterAll(async () => {
  await browser.close()
})

describe('reader in a browser', () => {
  it.each([
    ['az', 'Son xəbərlər', 'Azərbaycan Xocalı soyqırımının 21-ci ildönümünü anır'],
    ['en', 'Latest news', 'Azerbaijan marks the 21st anniversary of the Khojaly genocide'],
    ['ru', 'Последние новости', 'Азербайджан отмечает 21-ю годовщину Ходжалинского геноцида'],
  ])('sees the %s home page with the seeded articles', async (locale, heading, khojalyTitle) => {
    const response = await page.goto(`${baseURL()}/${locale}`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.locator('h1').textContent()).toBe(heading)
    const headlines = new Set(await page.locator('main a[href*="/news/"]').allTextContents())
    expect(headlines.size).toBeGreaterThanOrEqual(6)
    expect(headlines).toContain(khojalyTitle)
  })

  it('shows the site name from the CMS and the outlet’s social links in the footer', async () => {
    await page.goto(`${baseURL()}/ru`)
    expect(await page.locator('.site-name').textContent()).toBe('Новостной портал Азербайджана')
    const footerLinks = page.getByRole('navigation', { name: 'Мы в соцсетях' }).getByRole('link')
    expect(await footerLinks.count()).toBeGreaterThanOrEqual(5)
    expect(await footerLinks.first().getAttribute('href')).toMatch(/^https:\/\//)
  })

  it('opens an article from the list and reads its body', async () => {
    await page.goto(`${baseURL()}/en`)
    await page.getByRole('link', { name: 'Azerbaijan marks the 21st anniversary of the Khojaly genocide' }).first().click()
    await page.waitForURL(/\/en\/news\/azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide$/)
    expect(await page.locator('h1').textContent()).toBe('Azerbaijan marks the 21st anniversary of the Khojaly genocide')
    const body = await page.locator('article').textContent()
    expect(body).toContain('In total they killed 613 civilians, including 83 children, 106 women and 70 old men.')
    // 08:00 UTC is noon in Baku, the newsroom's time zone.
    expect(await page.locator('.dateline time').first().textContent()).toBe('February 26, 2013 at 12:00 PM')
  })

  it.each([
    ['az', 'Vəliyev', 'Azərbaycan Xocalı soyqırımının 21-ci ildönümünü anır'],
    ['en', 'Veliyev', 'Azerbaijan marks the 21st anniversary of the Khojaly genocide'],
    ['ru', 'Велиев', 'Азербайджан отмечает 21-ю годовщину Ходжалинского геноцида'],
  ])('searches in %s from the header and finds the anniversary article by a word of its body', async (locale, word, title) => {
    await page.goto(`${baseURL()}/${locale}`)
    // The masthead's search form, on every page.
    const search = page.locator('header').getByRole('search')
    await search.getByRole('searchbox').fill(word)
    await search.getByRole('button').click()
    await page.waitForURL(/\/search\?q=/)
    await expect(page.getByRole('link', { name: title }).count()).resolves.toBe(1)
  })

  it('switches the article to Russian and back to Azerbaijani at their own slugs', async () => {
    await page.goto(`${baseURL()}/en/news/azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide`)
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click()
    await page.waitForURL(/\/ru\/news\/azerbaydzhan-otmechaet-21-yu-godovshchinu-khodzhalinskogo-genotsida$/)
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    expect(await page.locator('h1').textContent()).toBe('Азербайджан отмечает 21-ю годовщину Ходжалинского геноцида')

    await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'Azərbaycanca' }).click()
    await page.waitForURL(/\/az\/news\/azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir$/)
    expect(await page.locator('h1').textContent()).toBe('Azərbaycan Xocalı soyqırımının 21-ci ildönümünü anır')
  })

  it('shows a localized 404 for an unknown language', async () => {
    await page.setExtraHTTPHeaders({ 'accept-language': 'ru' })
    const response = await page.goto(`${baseURL()}/de`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Страница не найдена')
    await page.getByRole('link', { name: 'Перейти на главную' }).click()
    await page.waitForURL(/\/ru$/)
  })

  it('shows a localized 404 for an unknown article', async () => {
    const response = await page.goto(`${baseURL()}/en/news/no-such-article`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found')
  })

  it.each([
    ['az', 'Giriş'],
    ['en', 'Login'],
    ['ru', 'Войти'],
  ])('opens the Payload admin at /admin with its interface in %s', async (language, loginLabel) => {
    await page.setExtraHTTPHeaders({ 'accept-language': language })
    const response = await page.goto(`${baseURL()}/admin`)
    expect(response?.status()).toBe(200)
    await page.waitForURL(/\/admin\/login/)
    expect(await page.getAttribute('html', 'lang')).toBe(language)
    await expect(page.locator('input[name="email"]').isVisible()).resolves.toBe(true)
    await expect(page.getByRole('button', { name: loginLabel }).isVisible()).resolves.toBe(true)
  })
})

describe('an article page’s head, as a browser loads it', () => {
  it('has the canonical, three hreflang links and x-default, Open Graph tags and a parseable NewsArticle', async () => {
    const path = '/en/news/azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide'
    expect((await page.goto(`${baseURL()}${path}`))?.status()).toBe(200)
    const head = await page.evaluate(() => ({
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      hreflang: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[property^="article:"]')].map((meta) => [meta.getAttribute('property'), meta.getAttribute('content')])),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
    }))
    expect(head.canonical).toBe(`${baseURL()}${path}`)
    expect(Object.fromEntries(head.hreflang)).toEqual({
      az: `${baseURL()}/az/news/azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir`,
      en: `${baseURL()}${path}`,
      ru: `${baseURL()}/ru/news/azerbaydzhan-otmechaet-21-yu-godovshchinu-khodzhalinskogo-genotsida`,
      'x-default': `${baseURL()}/az/news/azerbaycan-xocali-soyqiriminin-21-ci-ildonumunu-anir`,
    })
    expect(head.og).toMatchObject({
      'og:title': 'Azerbaijan marks the 21st anniversary of the Khojaly genocide',
      'og:type': 'article',
      'og:url': `${baseURL()}${path}`,
      'og:locale': 'en_US',
      'og:image:width': '1200',
      'og:image:height': '630',
      'article:published_time': '2013-02-26T08:00:00.000Z',
    })
    expect(head.og['og:image']).toMatch(/^https?:\/\/.+/)
    const graph = head.jsonLd.flatMap((text) => (JSON.parse(text) as { '@graph': Record<string, unknown>[] })['@graph'])
    expect(graph.find((item) => item['@type'] === 'NewsArticle')).toMatchObject({
      headline: 'Azerbaijan marks the 21st anniversary of the Khojaly genocide',
      datePublished: '2013-02-26T08:00:00.000Z',
      inLanguage: 'en',
      mainEntityOfPage: { '@id': `${baseURL()}${path}` },
      publisher: expect.objectContaining({ logo: expect.objectContaining({ '@type': 'ImageObject' }) }),
    })
  })
})
