import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { HTTPS_URL_MAX_LENGTH } from '@/fields/validateHttpsUrl'
import { adminT } from '@/i18n/admin'

/** Stands for this site when a path is resolved: only the resolved origin is compared with it. */
const THIS_SITE = 'https://this-site.invalid'

/**
 * Whether a banner may link to this: a path on this site (`/en/news/...`) or a plain https address. Refused:
 * other schemes (javascript:, data:, http:), protocol-relative `//host` and `/\host` (browsers read both as
 * another site), user:password@ parts, spaces and control characters.
 */
export function isAllowedBannerLink(value: string): boolean {
  if (value.length > HTTPS_URL_MAX_LENGTH || /[\s\u0000-\u001f\u007f\\]/.test(value)) return false
  try {
    if (value.startsWith('/')) {
      return !value.startsWith('//') && new URL(value, THIS_SITE).origin === THIS_SITE
    }
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

export const validateBannerLink: TextFieldSingleValidation = async (value, options) => {
  // A custom validate replaces Payload's own, so its checks (maxLength) run first.
  const builtIn = await text(value, options)
  if (builtIn !== true || typeof value !== 'string' || value === '') return builtIn
  return isAllowedBannerLink(value) || adminT(options.req.i18n)('custom:breakingNews.linkNotAllowed')
}
