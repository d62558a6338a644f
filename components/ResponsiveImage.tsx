import type { CardImage } from '@/lib/data/articles'

type Props = {
  media: CardImage
  /** CSS width the image takes on the page, for the browser to pick a size. */
  sizes?: string
  /** The page's largest picture (its LCP): fetched eagerly and first; every other image waits until it is near. */
  priority?: boolean
  className?: string
}

/**
 * An uploaded image with the WebP sizes sharp made on upload. A plain img, not next/image: the
 * sizes already exist, so the image optimizer (and its attack surface) is not needed. Width and
 * height are always set, so nothing shifts while it loads.
 */
export function ResponsiveImage({ media, sizes = '(min-width: 42rem) 42rem, 100vw', priority = false, className }: Props) {
  if (!media.url || !media.width || !media.height) return null
  // The share card ('og') is cropped to 1200×630: not the same picture, so never a srcset candidate.
  const candidates = Object.entries(media.sizes ?? {})
    .flatMap(([name, size]) => (name === 'og' ? [] : [size]))
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .sort((a, b) => a.width - b.width)
  const srcSet = candidates.map((size) => `${size.url} ${size.width}w`).join(', ')

  return (
    // eslint-disable-next-line @next/next/no-img-element -- sizes are pre-generated; see above
    <img
      src={candidates.find((size) => size.width >= 800)?.url ?? media.url}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={media.width}
      height={media.height}
      alt={media.alt}
      className={className}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? undefined : 'async'}
    />
  )
}
