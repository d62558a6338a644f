import { useTranslations } from 'next-intl'

import type { AuthorProfile } from '@/lib/data/authors'

import { ResponsiveImage } from './ResponsiveImage'

/** The top of an author's page: photo, name, role, biography and their profiles elsewhere. */
export function AuthorHeader({ author }: { author: AuthorProfile }) {
  const t = useTranslations('AuthorPage')
  const photo = typeof author.photo === 'object' ? author.photo : null
  const links = author.links ?? []

  return (
    <header className="author-header">
      {photo && <ResponsiveImage media={photo} sizes="10rem" priority className="author-photo" />}
      <div>
        <h1>{author.name}</h1>
        {author.role && <p className="author-role">{author.role}</p>}
        {author.bio && <p className="author-bio">{author.bio}</p>}
        {links.length > 0 && (
          <ul className="author-links" aria-label={t('links')}>
            {links.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url}>{link.label}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </header>
  )
}
