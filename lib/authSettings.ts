/**
 * How staff logins are protected. Cookies are httpOnly (Payload's default), SameSite=Lax, and Secure
 * whenever the site is served over https; a password guessed wrong five times locks the account for
 * fifteen minutes; a login lasts a working day.
 */
import { configuredOrigin, csrfOrigins } from './configuredOrigin.mjs'

type Env = Record<string, string | undefined>

export { configuredOrigin, csrfOrigins }

export function staffAuth(env: Env = process.env) {
  return {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' as const, secure: configuredOrigin(env)?.startsWith('https://') ?? false },
  }
}

/** GraphQL is off unless turned on; the site itself never uses it. */
export function graphQLEnabled(env: Env = process.env): boolean {
  return env.GRAPHQL_ENABLED === 'true'
}
