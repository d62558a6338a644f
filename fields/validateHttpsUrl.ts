import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { adminT } from '@/i18n/admin'

/** Longer addresses are almost always tracking-laden copies; a clean link fits well within this. */
export const HTTPS_URL_MAX_LENGTH = 500

/**
 * Links shown to readers must be plain https: no http (mixed content, downgrade), no javascript: or
 * data: schemes, and no user:password@ part, which can disguise the real host.
 */
export const httpsUrl: TextFieldSingleValidation = async (value, options) => {
  // A custom validate replaces Payload's own, so required and maxLength are checked here first.
  const builtIn = await text(value, options)
  if (builtIn !== true) return builtIn
  if (typeof value !== 'string' || value === '') return true

  const t = adminT(options.req.i18n)
  if (value.length > HTTPS_URL_MAX_LENGTH) {
    return t('custom:validation.linkTooLong', { max: HTTPS_URL_MAX_LENGTH })
  }
  // new URL() silently trims surrounding spaces, so the stored text would differ from the link.
  if (value.trim() !== value) {
    return t('custom:validation.linkSpaces')
  }

  let url: URL
  try {
    url = new URL(value)
  } catch {
    return t('custom:validation.linkNotUrl')
  }
  if (url.protocol !== 'https:') {
    return t('custom:validation.linkNotHttps')
  }
  if (url.username !== '' || url.password !== '') {
    return t('custom:validation.linkCredentials')
  }
  return true
}
