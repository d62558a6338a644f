import path from 'node:path'
import type { CollectionConfig, Field } from 'payload'

import { anyone } from '@/access/anyone'
import { canEditContent } from '@/access/canEditContent'
import { canUpdateContent } from '@/access/canUpdateContent'
import { revalidateOnChange } from '@/collections/hooks/revalidateOnChange'
import { localizedOnlyForTranslators } from '@/fields/localizedOnlyForTranslators'
import { TAGS } from '@/lib/data/tags'

import { translatorsChangeOnlyText } from './hooks/translatorsChangeOnlyText'

/** Generated sizes are WebP: a fraction of JPEG's weight at the same quality; the original is kept. */
const WEBP = { format: 'webp', options: { quality: 80 } } as const

/** Link previews: some social crawlers still ignore WebP, so the share card is a JPEG. */
const JPEG = { format: 'jpeg', options: { quality: 82, mozjpeg: true } } as const

/** Larger uploads are refused (payload.config.ts, and before they are read by the server's guard, server/requestGuard.ts). */
export { MAX_UPLOAD_BYTES } from '@/lib/requestLimits.mjs'

const fields: Field[] = [
  {
    // What a screen reader says in each language the image is shown in: required in every locale.
    name: 'alt',
    type: 'text',
    localized: true,
    required: true,
    maxLength: 300,
  },
  {
    name: 'caption',
    type: 'text',
    localized: true,
    maxLength: 300,
  },
  {
    // Who made the image, in each language ("Image: {credit}" on the page, messages Media.credit).
    name: 'credit',
    type: 'text',
    localized: true,
    maxLength: 120,
  },
]

/** What a translator may change: the localized text. */
const LOCALIZED_FIELDS = fields.flatMap((field) => ('localized' in field && field.localized && 'name' in field ? [field.name] : []))

export const Media: CollectionConfig = {
  slug: 'media',
  hooks: {
    // Site settings' logo is a media document too (lib/data/site.ts).
    ...revalidateOnChange([TAGS.articles, TAGS.remembranceEvents, TAGS.siteSettings]),
    beforeOperation: [translatorsChangeOnlyText(LOCALIZED_FIELDS)],
  },
  access: {
    create: canEditContent,
    read: anyone,
    update: canUpdateContent,
    delete: canEditContent,
  },
  fields: localizedOnlyForTranslators(fields),
  upload: {
    // Files live beside the database by default; MEDIA_DIR moves them (a volume in docker-compose.yml).
    staticDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MEDIA_DIR || 'data/media'),
    // SVG for logos: Payload refuses an SVG with active content (scripts, event handlers, javascript: URLs;
    // payload/dist/uploads/validateSvg.js) and serves uploads with a Content-Security-Policy of its own.
    // sharp makes no sizes of an SVG: it is shown as uploaded.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/svg+xml'],
    // Responsive sizes made by sharp on upload; pages pick one with srcset.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: WEBP },
      { name: 'card', width: 800, formatOptions: WEBP },
      { name: 'hero', width: 1600, formatOptions: WEBP },
      // Open Graph / Twitter card: exactly 1200×630, cropped around the editor's focal point.
      { name: 'og', width: 1200, height: 630, formatOptions: JPEG },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
}
