import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image runs the self-contained server from .next/standalone; `npm start` uses
  // `next start`, which does not serve standalone output, so only the image's build asks for it.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Share cards read their fonts from node_modules by path (lib/ogFonts.ts); the standalone server needs them too.
  outputFileTracingIncludes: {
    '/*': ['./node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic,cyrillic-ext}-{400,700}-normal.woff'],
  },
}

export default withPayload(withNextIntl(nextConfig))
