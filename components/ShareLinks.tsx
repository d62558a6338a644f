import { useTranslations } from 'next-intl'
import { useId } from 'react'

import { CopyLinkButton } from './CopyLinkButton'
import { SocialIcon } from './SocialIcon'

type Props = {
  /** The page's absolute, canonical address. */
  url: string
  title: string
}

type Network = 'facebook' | 'x' | 'telegram' | 'whatsapp'

/** Each network's share address; every parameter is percent-encoded on its own. */
function shareHref(network: Network, url: string, title: string): string {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  switch (network) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`
    case 'x':
      return `https://x.com/intent/post?url=${u}&text=${text}`
    case 'telegram':
      return `https://t.me/share/url?url=${u}&text=${text}`
    case 'whatsapp':
      // WhatsApp takes a single text: the title, then the address (which it turns into a preview).
      return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`
  }
}

const NETWORKS: Network[] = ['facebook', 'x', 'telegram', 'whatsapp']

/** A chain link, beside the copy button's words. */
const LINK_ICON = (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
    <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
  </svg>
)

/**
 * Plain share links, no third-party scripts. The page's address is also shown as a link, so it can
 * be copied without JavaScript; the copy button appears only where the browser can copy.
 */
export function ShareLinks({ url, title }: Props) {
  const t = useTranslations('ShareLinks')
  const headingId = useId()

  return (
    <section aria-labelledby={headingId} className="share-links">
      <h2 id={headingId}>{t('label')}</h2>
      <ul className="share-bar">
        {NETWORKS.map((network) => (
          <li key={network}>
            {/* An icon button to the eye; to a screen reader, the words (the same in the tooltip). */}
            <a href={shareHref(network, url, title)} target="_blank" rel="noopener noreferrer" data-network={network} title={t('shareOn', { network })}>
              <SocialIcon platform={network} />
              <span className="visually-hidden">{t('shareOn', { network })}</span>
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} labels={{ copy: t('copy'), copied: t('copied'), failed: t('copyFailed') }} icon={LINK_ICON} />
        </li>
      </ul>
      <p className="share-url">{t.rich('pageLink', { url, link: (chunks) => <a href={url}>{chunks}</a> })}</p>
    </section>
  )
}
