import type { Locale } from '@/i18n/locales'

import { serverMessages } from './messages'

const RETRY_AFTER_SECONDS = 30

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** No script, and styles of its own: the site's stylesheet has a hashed name only Next knows. */
function render(locale: Locale): Buffer {
  const t = serverMessages[locale].Unavailable
  return Buffer.from(
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b5394}</style></head><body><main id="main"><h1>${escape(t.title)}</h1><p>${escape(t.description)}</p><p><a href="">${escape(t.retry)}</a></p></main></body></html>`,
  )
}

const pages = new Map<Locale, Buffer>()

/** The page readers get when theirs cannot be rendered, in their language (messages/*.json, Unavailable). */
export function unavailablePage(locale: Locale) {
  let body = pages.get(locale)
  if (!body) pages.set(locale, (body = render(locale)))
  return { body, retryAfterSeconds: RETRY_AFTER_SECONDS }
}
