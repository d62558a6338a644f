import { serializeJsonLd, type JsonLd as JsonLdData } from '@/lib/seo/jsonLd'

/** Structured data for search engines, one script per page; see lib/seo/jsonLd.ts for the escaping. */
export function JsonLd({ data }: { data: JsonLdData[] }) {
  const graph = { '@context': 'https://schema.org', '@graph': data }
  // dangerouslySetInnerHTML is safe here: serializeJsonLd escapes everything that could end the script.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />
}
