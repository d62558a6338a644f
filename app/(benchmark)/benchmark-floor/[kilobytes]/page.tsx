import { notFound } from 'next/navigation'

/**
 * The benchmark's framework floor (`npm run bench`): a page of a chosen size served by this same Next build
 * with no data, no routing and no nonce, cached on its first request like any page. The server answers it
 * only when the benchmark starts it (BENCHMARK_FLOOR=1, server/pipeline.ts); otherwise it is a 404 like any
 * unknown path. Not text for readers, so not translated.
 */
export const dynamic = 'force-static'
export const dynamicParams = true
export const revalidate = false

export function generateStaticParams() {
  return []
}

const MAX_KILOBYTES = 512

export default async function BenchmarkFloor({ params }: { params: Promise<{ kilobytes: string }> }) {
  const { kilobytes } = await params
  if (!/^\d{1,3}$/.test(kilobytes) || Number(kilobytes) > MAX_KILOBYTES) notFound()
  // Paragraphs of filler text, about 1 kB each.
  const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(18)
  return (
    <main>
      {Array.from({ length: Number(kilobytes) }, (_, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </main>
  )
}
