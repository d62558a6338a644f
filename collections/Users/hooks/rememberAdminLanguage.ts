import type { CollectionAfterLoginHook } from 'payload'

import { isLocale } from '@/i18n/locales'

/**
 * Payload keeps the admin language a staff member picks in a cookie of that browser only; mail is written when
 * nobody is looking (a reset, the digest), so each login records the browser's explicit choice on the account.
 * Without the cookie (language never picked) the stored one stays.
 */
export const rememberAdminLanguage: CollectionAfterLoginHook = async ({ req, user }) => {
  const prefix = req.payload.config.cookiePrefix || 'payload'
  const chosen = req.headers
    ?.get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === `${prefix}-lng`)?.[1]
  if (!isLocale(chosen) || (user as { language?: unknown }).language === chosen) return user
  await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { language: chosen }, req })
  return { ...user, language: chosen }
}
