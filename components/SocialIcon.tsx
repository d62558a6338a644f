import { siFacebook, siInstagram, siRss, siTelegram, siTiktok, siWhatsapp, siX, siYoutube } from 'simple-icons'

import type { SocialLink } from '@/payload-types'

/** A rounded "in" mark: Simple Icons no longer carries LinkedIn's logo. */
const LINKEDIN_PATH =
  'M4 2h16a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm2.5 7v9h3V9h-3zM8 4.5A1.75 1.75 0 1 0 8 8a1.75 1.75 0 0 0 0-3.5zM11.5 9v9h3v-4.6c0-1.3.4-2.2 1.6-2.2 1.1 0 1.4.9 1.4 2.2V18h3v-5.3c0-2.6-1.2-3.9-3.3-3.9-1.3 0-2.2.6-2.7 1.3V9h-3z'

const PATHS: Record<SocialLink['platform'], string> = {
  facebook: siFacebook.path,
  x: siX.path,
  instagram: siInstagram.path,
  youtube: siYoutube.path,
  telegram: siTelegram.path,
  tiktok: siTiktok.path,
  whatsapp: siWhatsapp.path,
  linkedin: LINKEDIN_PATH,
  rss: siRss.path,
}

/** The platform's mark, decorative: the link around it carries the accessible name. */
export function SocialIcon({ platform }: { platform: SocialLink['platform'] }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false" fill="currentColor">
      <path d={PATHS[platform]} />
    </svg>
  )
}
