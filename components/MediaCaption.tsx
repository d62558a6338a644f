import { useTranslations } from 'next-intl'

type Props = {
  media: { caption?: string | null; credit?: string | null }
  /** A caption written for this use (a body block's own) wins over the picture's. */
  caption?: string | null
}

/** A picture's caption and credit, both in the page's language; nothing when it has neither. */
export function MediaCaption({ media, caption }: Props) {
  const t = useTranslations('Media')
  const text = caption || media.caption
  if (!text && !media.credit) return null
  return (
    <figcaption>
      {text}
      {text && media.credit && ' '}
      {media.credit && <span className="credit">{t('credit', { credit: media.credit })}</span>}
    </figcaption>
  )
}
