import type { ServerProps } from 'payload'

import { adminBrand } from './adminBrand'

/** admin.components.graphics.Icon: the mark in the admin's header and collapsed navigation, named for screen readers. */
export async function Icon({ i18n }: ServerProps) {
  const { name, logo } = await adminBrand(i18n)
  // eslint-disable-next-line @next/next/no-img-element -- a fixed small image, nothing to optimise
  return <img className="newsroom-icon" src={logo.src} width={logo.width} height={logo.height} alt={name} style={{ width: 'auto', height: '1.5rem' }} />
}
