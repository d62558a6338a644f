import { ImageResponse } from 'next/og'

import { TAGS } from '@/lib/data/tags'

import { cachedPng } from './cachedPng'
import { drawableText, loadOgFonts, OG_FONT_FAMILY } from './ogFonts'
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './shareImage'

/** Longer headlines are cut at a word so the card never overflows. */
const HEADLINE_MAX = 150

function shorten(text: string): string {
  if (text.length <= HEADLINE_MAX) return text
  const cut = text.slice(0, HEADLINE_MAX)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), HEADLINE_MAX - 20)).trimEnd()}…`
}

export type ShareCardInput = {
  siteName: string
  headline: string
  /** The document and language it belongs to, e.g. `article:12:en` (see lib/seo/cachedPng.ts). */
  subject: string
  /** The document's cache tags (lib/data/tags.ts): editing it expires its card. */
  tags: string[]
}

/**
 * The share card shown when a page has no image of its own, drawn once and then served from Next's
 * data cache until the document or the site settings (its name) change.
 */
export function shareCard({ siteName, headline, subject, tags }: ShareCardInput): Promise<Response> {
  return cachedPng({
    subject: `share-card:${subject}`,
    text: [siteName, headline],
    tags: [...tags, TAGS.siteSettings],
    draw: () => drawShareCard(siteName, headline),
  })
}

/**
 * The site's name over the headline, in the page's language and script, in the site's colours
 * (see styles.css).
 */
async function drawShareCard(siteName: string, headline: string): Promise<Response> {
  const title = shorten(drawableText(headline))
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#ffffff',
          borderTop: '24px solid #8a1c1c',
          fontFamily: OG_FONT_FAMILY,
          color: '#1a1a1a',
        }}
      >
        <div style={{ display: 'flex', fontSize: 36, fontWeight: 700, color: '#8a1c1c' }}>{drawableText(siteName)}</div>
        <div style={{ display: 'flex', fontSize: title.length > 90 ? 52 : 64, fontWeight: 700, lineHeight: 1.2 }}>{title}</div>
        <div style={{ display: 'flex', height: 4, width: 160, background: '#1a1a1a' }} />
      </div>
    ),
    {
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      fonts: await loadOgFonts(),
    },
  )
}

/** The publisher's logo for structured data: the site's name as a 600×60 wordmark, cached like the cards. */
export function logo(siteName: string, subject: string): Promise<Response> {
  return cachedPng({ subject: `logo:${subject}`, text: [siteName], tags: [TAGS.siteSettings], draw: () => drawLogo(siteName) })
}

async function drawLogo(siteName: string): Promise<Response> {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          alignItems: 'center',
          background: '#ffffff',
          fontFamily: OG_FONT_FAMILY,
          fontSize: 34,
          fontWeight: 700,
          color: '#8a1c1c',
        }}
      >
        {drawableText(siteName)}
      </div>
    ),
    { width: 600, height: 60, fonts: await loadOgFonts() },
  )
}
