import { headers } from 'next/headers'

/**
 * The public origin of the site, for links readers share: SERVER_URL when set (production), else
 * the address this request came to.
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.SERVER_URL?.replace(/\/+$/, '')
  if (configured) return configured
  const list = await headers()
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000'
  const proto = list.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  return `${proto}://${host}`
}
