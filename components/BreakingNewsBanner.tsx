import { useTranslations } from 'next-intl'

import type { BreakingNewsBanner as Banner } from '@/lib/data/breakingNews'

/**
 * The breaking-news banner, first on the page in the server's HTML: it takes its place in the flow before
 * anything is painted (no script inserts it, so nothing shifts), and works without JavaScript.
 */
export function BreakingNewsBanner({ banner }: { banner: Banner | null }) {
  const t = useTranslations('BreakingNews')
  if (!banner) return null
  return (
    <aside className="breaking-news" aria-label={t('label')}>
      <p>
        <strong className="breaking-news-label">{t('label')}</strong> {banner.link ? <a href={banner.link}>{banner.text}</a> : banner.text}
      </p>
    </aside>
  )
}
