import type { DateFieldValidation } from 'payload'
import { date } from 'payload/shared'

import { adminT } from '@/i18n/admin'

/** A new or changed expiry must lie ahead; a banner saved again after its expiry passed keeps it. */
export const validateExpiry: DateFieldValidation = async (value, options) => {
  const builtIn = await date(value, options)
  if (builtIn !== true || !value) return builtIn
  const at = new Date(value).getTime()
  const before = options.previousValue ? new Date(options.previousValue).getTime() : null
  if (at === before || at > Date.now()) return true
  return adminT(options.req.i18n)('custom:breakingNews.expiryInPast')
}
