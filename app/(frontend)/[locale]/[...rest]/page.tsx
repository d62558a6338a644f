import { notFound } from 'next/navigation'

/** Any path under a locale that no page claims is that locale's 404. */
export default function CatchAll() {
  notFound()
}
