/**
 * The public origin of the site, for the absolute links readers share (canonical, hreflang, feeds,
 * structured data): SERVER_URL, or http://localhost:PORT for a local run. It never comes from the
 * request, because pages are cached and served to everyone: a forged Host header must not end up in
 * a cached page's links.
 */
export async function siteOrigin(): Promise<string> {
  return configuredOrigin(process.env)
}

export function configuredOrigin(env: NodeJS.ProcessEnv): string {
  const configured = env.SERVER_URL?.trim().replace(/\/+$/, '')
  return configured || `http://localhost:${env.PORT || 3000}`
}
