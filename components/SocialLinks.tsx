import { useTranslations } from 'next-intl'

import type { SocialLinkItem } from '@/lib/data/site'

import { SocialIcon } from './SocialIcon'

type Props = {
  links: SocialLinkItem[]
}

/** The outlet's profiles, from the CMS: an icon each, named by its localized label. */
export function SocialLinks({ links }: Props) {
  const t = useTranslations('SocialLinks')
  // A link without a label in this language would have no accessible name: leave it out.
  const named = links.filter((link) => link.label?.trim())
  if (named.length === 0) return null

  return (
    <nav aria-label={t('label')} className="social-links">
      <ul>
        {named.map((link) => (
          <li key={link.id}>
            <a href={link.url} rel="me noopener" data-platform={link.platform}>
              <SocialIcon platform={link.platform} />
              <span className="visually-hidden">{link.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
