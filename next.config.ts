import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants'
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

/**
 * With REDIS_URL, Next's data and page caches live in Redis, shared by every instance (cms/sharedCache/, README
 * "The shared cache in Redis"). The handler is cms/sharedCache/handler.ts compiled by scripts/lib.mjs next to the
 * server; Next imports it at run time from this absolute path (the server always runs from the repository's
 * root). `next build` keeps Next's own cache: its prerendered pages are files of the build, whatever REDIS_URL
 * says. `npm run dev` too: one process, and a Redis shared by developers would serve one's database to another
 * (it works there, under the prefix portal:development:). No in-memory copy beside Redis (cacheMaxMemorySize
 * 0), which a tag expired by another instance would not reach. Without REDIS_URL nothing changes.
 */
function sharedCache(phase: string): Partial<NextConfig> {
  if (!process.env.REDIS_URL?.trim() || phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) return {}
  return { cacheHandler: path.join(process.cwd(), '.next', 'portal-cache-handler.mjs'), cacheMaxMemorySize: 0 }
}

export default function config(phase: string): NextConfig {
  return withPayload(withNextIntl({ ...nextConfig, ...sharedCache(phase) }))
}
