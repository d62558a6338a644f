/**
 * Limits that operations may tune per deployment without a code change (documented in .env.example).
 * Read on each call so tests and benchmarks can start the server with their own values.
 */
export type ReviewLimits = {
  perArticle: { max: number; windowSeconds: number }
  siteWide: { max: number; windowSeconds: number }
  /** Reverse proxies in front of the portal whose X-Forwarded-For entries are believed. */
  trustedProxies: number
}

function whole(value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed >= min ? parsed : fallback
}

export function reviewLimits(env: Record<string, string | undefined> = process.env): ReviewLimits {
  return {
    perArticle: {
      max: whole(env.REVIEW_LIMIT_PER_ARTICLE, 3, 1),
      windowSeconds: whole(env.REVIEW_LIMIT_PER_ARTICLE_MINUTES, 10, 1) * 60,
    },
    siteWide: {
      max: whole(env.REVIEW_LIMIT_SITE_WIDE, 10, 1),
      windowSeconds: whole(env.REVIEW_LIMIT_SITE_WIDE_MINUTES, 60, 1) * 60,
    },
    trustedProxies: whole(env.TRUSTED_PROXY_HOPS, 0, 0),
  }
}
