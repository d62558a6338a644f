/**
 * How staff logins are protected. Cookies are httpOnly (Payload's default), SameSite=Lax, and Secure
 * whenever the site is served over https; a password guessed wrong five times locks the account for
 * fifteen minutes; a login lasts a working day.
 */
type Env = Record<string, string | undefined>

/** The configured public address (SERVER_URL), without a trailing slash, or null. */
export function configuredOrigin(env: Env = process.env): string | null {
  const url = env.SERVER_URL?.trim().replace(/\/+$/, '')
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

export function staffAuth(env: Env = process.env) {
  return {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' as const, secure: configuredOrigin(env)?.startsWith('https://') ?? false },
  }
}

/** Origins whose pages may use a staff cookie (Payload's CSRF check); empty locally, where any origin is the site. */
export function csrfOrigins(env: Env = process.env): string[] {
  const origin = configuredOrigin(env)
  return origin ? [origin] : []
}

/** GraphQL is off unless turned on; the site itself never uses it. */
export function graphQLEnabled(env: Env = process.env): boolean {
  return env.GRAPHQL_ENABLED === 'true'
}
