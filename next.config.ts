import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image runs the self-contained server from .next/standalone.
  output: 'standalone',
  poweredByHeader: false,
}

export default withPayload(withNextIntl(nextConfig))
