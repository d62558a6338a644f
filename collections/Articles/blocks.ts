import type { Block } from 'payload'

/** Blocks an editor can drop into an article body, beside Lexical's own paragraphs, lists and links. */

export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: { az: 'Şəkil', en: 'Image', ru: 'Изображение' }, plural: { az: 'Şəkillər', en: 'Images', ru: 'Изображения' } },
  fields: [
    { name: 'media', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}

/** Bounds of a gallery: fewer than two images is an image block, more than twelve a page of its own. */
export const GALLERY_IMAGES = { min: 2, max: 12 } as const

/** Several images shown together; the body is localized, so each language's body has its own caption. */
export const GalleryBlock: Block = {
  slug: 'gallery',
  interfaceName: 'GalleryBlock',
  labels: { singular: { az: 'Qalereya', en: 'Gallery', ru: 'Галерея' }, plural: { az: 'Qalereyalar', en: 'Galleries', ru: 'Галереи' } },
  fields: [
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      required: true,
      minRows: GALLERY_IMAGES.min,
      maxRows: GALLERY_IMAGES.max,
    },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: { az: 'Sitat', en: 'Quote', ru: 'Цитата' }, plural: { az: 'Sitatlar', en: 'Quotes', ru: 'Цитаты' } },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'attribution', type: 'text', maxLength: 200 },
  ],
}

/** Hosts whose posts may be embedded; shown as a link card (no third-party scripts on our pages). */
export const EMBED_HOSTS = [
  'youtube.com',
  'youtu.be',
  'x.com',
  'twitter.com',
  'facebook.com',
  'instagram.com',
  't.me',
  'tiktok.com',
] as const

export const EmbedBlock: Block = {
  slug: 'embed',
  interfaceName: 'EmbedBlock',
  labels: { singular: { az: 'Yerləşdirmə', en: 'Embed', ru: 'Встраивание' }, plural: { az: 'Yerləşdirmələr', en: 'Embeds', ru: 'Встраивания' } },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: (value: string | null | undefined) => {
        if (!value) return 'Required'
        try {
          const url = new URL(value)
          const host = url.hostname.replace(/^(www|m)\./, '')
          if (url.protocol !== 'https:') return 'Use an https:// address.'
          if (!EMBED_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))) {
            return `Embeds are allowed from ${EMBED_HOSTS.join(', ')}.`
          }
          return true
        } catch {
          return 'Not a valid URL.'
        }
      },
    },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}
