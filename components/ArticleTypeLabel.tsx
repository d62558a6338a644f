import { useTranslations } from 'next-intl'

import { articleTypeOf, showsTypeLabel } from '@/lib/articleTypes'

/**
 * What kind of story this is, above its headline ("Opinion", "Analysis"…); plain news carries no label.
 * Opinion is boxed (styles.css .article-type-opinion), so it stands apart without relying on colour.
 */
export function ArticleTypeLabel({ type }: { type: unknown }) {
  const t = useTranslations('ArticleType')
  const kind = articleTypeOf(type)
  if (!showsTypeLabel(kind)) return null
  return <p className={`article-type article-type-${kind}`}>{t(kind)}</p>
}
