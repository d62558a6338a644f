/**
 * The newsletter's limits, tunable per deployment without a code change (documented in .env.example and the
 * README). Read on each call so tests and benchmarks can set their own.
 */
export type NewsletterSettings = {
  /** Sign-ups from one reader (address hash), shared by every instance through the review locks. */
  perReader: { max: number; windowSeconds: number }
  /** Confirmation mails to one e-mail address: nobody can make the site mail-bomb someone else. */
  perAddress: { max: number; windowSeconds: number }
  /** How long a confirmation link works; pending sign-ups older than this are deleted daily. */
  confirmHours: number
  /** How long the unsubscribe and preferences links in a mail work. */
  manageLinkDays: number
  /** Subscribers read and mailed per batch by the digest job. */
  batchSize: number
  trustedProxies: number
}

function whole(value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed >= min ? parsed : fallback
}

export function newsletterSettings(env: Record<string, string | undefined> = process.env): NewsletterSettings {
  return {
    perReader: { max: whole(env.NEWSLETTER_LIMIT_PER_READER, 5, 1), windowSeconds: whole(env.NEWSLETTER_LIMIT_PER_READER_MINUTES, 60, 1) * 60 },
    perAddress: { max: 3, windowSeconds: 24 * 60 * 60 },
    confirmHours: whole(env.NEWSLETTER_CONFIRM_HOURS, 48, 1),
    manageLinkDays: whole(env.NEWSLETTER_LINK_DAYS, 365, 1),
    batchSize: whole(env.NEWSLETTER_BATCH_SIZE, 100, 1),
    trustedProxies: whole(env.TRUSTED_PROXY_HOPS, 0, 0),
  }
}
