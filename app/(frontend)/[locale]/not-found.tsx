import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundContent'

export const metadata: Metadata = { robots: { index: false } }

/** notFound() under a locale: an unknown article slug or path. */
export default function NotFound() {
  return <NotFoundContent />
}
