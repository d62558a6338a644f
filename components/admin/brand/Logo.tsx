import type { ServerProps } from 'payload'

import { adminBrand } from './adminBrand'

/** admin.components.graphics.Logo: the login and first-user pages show the newsroom's logo and name. */
export async function Logo({ i18n }: ServerProps) {
  const { name, logo } = await adminBrand(i18n)
  return (
    <span className="newsroom-logo" style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      {/* The name beside it says what the logo would: the image is decorative here. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a fixed small image, nothing to optimise */}
      <img src={logo.src} width={logo.width} height={logo.height} alt="" style={{ width: 'auto', height: '3rem' }} />
      <span style={{ fontSize: '1.5rem', fontWeight: 700 }}>{name}</span>
    </span>
  )
}
