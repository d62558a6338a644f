import { useTranslations } from 'next-intl'

type Props = {
  /** The caption shown for this use of the image (a block's own caption, else the image's). */
  caption?: string | null
  /** Who made the image (media `credit`, localized). */
  credit?: string | null
}

/** An image's figcaption: "caption · Image: credit"; nothing when the image has neither. */
export function MediaCaption({ caption, credit }: Props) {
  const t = useTranslations('Media')
  if (!caption && !credit) return null
  return (
    <figcaption>
      {caption}
      {caption && credit && ' · '}
      {credit && <span className="credit">{t('credit', { credit })}</span>}
    </figcaption>
  )
}
