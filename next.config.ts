import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { MAX_ADMIN_ACTION_BYTES } from './lib/requestLimits.mjs'
import { ADMIN_CONTENT_SECURITY_POLICY, COMMON_SECURITY_HEADERS, HSTS_HEADER } from './lib/securityHeaders'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const ADMIN_HEADERS = [
  { key: 'Content-Security-Policy', value: ADMIN_CONTENT_SECURITY_POLICY },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Next's own limit for server actions (1 MB by default) would fail the admin's larger form states with a
    // 500; the request guard (lib/requestLimits.mjs) refuses every action over its route's limit with a 413
    // before Next reads it, and the largest of those limits is this one.
    serverActions: { bodySizeLimit: MAX_ADMIN_ACTION_BYTES },
  },
  async headers() {
    return [
      // Public pages get their nonce-based Content-Security-Policy from the server (server/pages.ts).
      { source: '/:path*', headers: [...COMMON_SECURITY_HEADERS, { key: 'X-Frame-Options', value: 'DENY' }] },
      // The admin's own policy (later rules win): its live preview frames the admin itself.
      { source: '/admin', headers: ADMIN_HEADERS },
      { source: '/admin/:path*', headers: ADMIN_HEADERS },
      // HSTS only when the request reached us over https (the proxy in front says so).
      { source: '/:path*', has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [HSTS_HEADER] },
    ]
  },
}

export default withPayload(withNextIntl(nextConfig))
