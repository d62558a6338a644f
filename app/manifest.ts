import type { MetadataRoute } from 'next'
import { getTranslations } from 'next-intl/server'

import { defaultLocale } from '@/i18n/locales'
import { brandColours } from '@/lib/brand'

/**
 * /manifest.webmanifest (Next's metadata file convention: linked from every page's head). One manifest for the
 * whole site, so in the default language; icons generated from the logo by scripts/brand-icons.mjs.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'Metadata' })
  return {
    name: t('siteName'),
    short_name: t('shortName'),
    description: t('description'),
    lang: defaultLocale,
    start_url: '/',
    display: 'minimal-ui',
    theme_color: brandColours.accent,
    background_color: brandColours.paper,
    icons: [
      { src: '/brand/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/brand/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/brand/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  }
}
