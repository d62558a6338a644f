import { useTranslations } from 'next-intl'

import type { SocialLinkItem } from '@/lib/site'

type Props = {
  links: SocialLinkItem[]
}

/** The outlet's profiles, from the CMS; each link is named by its localized label. */
export function SocialLinks({ links }: Props) {
  const t = useTranslations('SocialLinks')
  if (links.length === 0) return null

  return (
    <nav aria-label={t('label')} className="social-links">
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.url} rel="me noopener" data-platform={link.platform}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
