/**
 * How staff logins are protected. Cookies are httpOnly (Payload's default), SameSite=Lax, and Secure
 * whenever the site is served over https; a login lasts a working day. Wrong passwords are throttled per
 * source, not per account (LOGIN_LIMITS, cms/staffAuth/passwordAttempts.ts): Payload's own account lock
 * (maxLoginAttempts) is off, because anyone who knows a staff address could trigger it and shut that
 * person out. Passwords have at least MIN_PASSWORD_LENGTH characters; changing one's password or e-mail
 * takes the current password (collections/Users/hooks/).
 */
import { configuredOrigin, csrfOrigins } from '@/lib/configuredOrigin.mjs'

type Env = Record<string, string | undefined>

export { configuredOrigin, csrfOrigins }

export function staffAuth(env: Env = process.env) {
  return {
    // 0 turns Payload's per-account lock off; LOGIN_LIMITS throttle the source instead.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' as const, secure: configuredOrigin(env)?.startsWith('https://') ?? false },
  }
}

/** Shorter staff passwords are refused (NIST SP 800-63B asks 8 at least; 12 resists offline guessing far better). */
export const MIN_PASSWORD_LENGTH = 12

/**
 * Failed password checks allowed per fixed 15-minute window. Per address and account: five, enough for
 * anyone's typos, and the address waits at most 15 minutes. Per address whatever the account: twenty,
 * so one source cannot try a common password on every staff account (a newsroom behind one NAT address
 * rarely mistypes twenty times in 15 minutes; successful logins never count). Keyed on the source, never
 * on the account alone: an outsider exhausts only their own allowance, and the staff member still logs
 * in from anywhere else.
 */
export const LOGIN_LIMITS = {
  perAddressAndAccount: { max: 5, windowSeconds: 15 * 60 },
  perAddress: { max: 20, windowSeconds: 15 * 60 },
} as const

/** GraphQL is off unless turned on; the site itself never uses it. */
export function graphQLEnabled(env: Env = process.env): boolean {
  return env.GRAPHQL_ENABLED === 'true'
}
