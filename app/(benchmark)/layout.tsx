import type { ReactNode } from 'react'

/** The benchmark's framework floor (scripts/bench): a bare document, none of the site's layout. */
export default function BenchmarkLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
