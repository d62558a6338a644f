import { siteOrigin } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** /robots.txt: the whole site may be crawled except the admin and the API; names the sitemap index. */
export async function GET() {
  const origin = await siteOrigin()
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n')
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
