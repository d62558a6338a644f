import type { Media } from '@/payload-types'

type Props = {
  media: Media
  /** CSS width the image takes on the page, for the browser to pick a size. */
  sizes?: string
  priority?: boolean
}

/**
 * An uploaded image with the WebP sizes sharp made on upload. A plain img, not next/image: the
 * sizes already exist, so the image optimizer (and its attack surface) is not needed. Width and
 * height are always set, so nothing shifts while it loads.
 */
export function ResponsiveImage({ media, sizes = '(max-width: 46rem) 100vw, 46rem', priority = false }: Props) {
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
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
