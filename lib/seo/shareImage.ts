import type { FeedImage } from '@/lib/feeds/rss'
import type { Media } from '@/payload-types'

export type ShareImage = FeedImage & { alt: string }

export const SHARE_IMAGE_WIDTH = 1200
export const SHARE_IMAGE_HEIGHT = 630

/**
 * The 1200×630 share card sharp made from an upload, as an absolute URL, or null when there is
 * none (an image smaller than the card is never enlarged, so it has no card).
 */
export function shareImageOf(media: number | Media | null | undefined, origin: string): ShareImage | null {
  if (!media || typeof media !== 'object') return null
  const card = media.sizes?.og
  if (!card?.url || card.width !== SHARE_IMAGE_WIDTH || card.height !== SHARE_IMAGE_HEIGHT) return null
  return {
    url: new URL(card.url, origin).toString(),
    type: card.mimeType ?? 'image/jpeg',
    width: card.width,
    height: card.height,
    length: card.filesize,
    alt: media.alt,
  }
}
