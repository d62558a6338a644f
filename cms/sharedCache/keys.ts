/**
 * Every key of one build starts with `portal:<build id>:` (README "Scaling out"): a page references its own
 * build's JavaScript chunks, so the instances of a new deploy must never be served the previous build's HTML,
 * and the data cache goes with it. Old builds' keys expire by themselves (see expireAge).
 */
export function cacheKeyPrefix(buildId: string | undefined, dev = false): string {
  const build = buildId?.trim() || (dev ? 'development' : 'unknown-build')
  return `portal:${build}:`
}

const DAY_SECONDS = 24 * 60 * 60

/**
 * How long Redis keeps an entry after it was written, given its revalidation time (the handler's default is
 * one and a half times that: a page with `revalidate = 60` would vanish after 90 s). A day instead, so that a
 * page nobody asked for in a while is still served at once (and re-rendered behind it, as Next does with its
 * own cache) rather than rendered while the reader waits, or answered 503 while the database is away.
 */
export function expireAge(staleAge: number): number {
  return Math.max(DAY_SECONDS, Math.ceil(staleAge * 1.5))
}
