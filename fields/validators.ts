import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

import { adminT } from '@/i18n/admin'

/** Counts and positions are whole numbers. */
export const wholeNumber: NumberFieldSingleValidation = async (value, options) => {
  // A custom validate replaces Payload's own, so required, min and max are checked here first.
  const builtIn = await number(value, options)
  if (builtIn !== true || typeof value !== 'number' || Number.isInteger(value)) return builtIn
  // Editors read a validation error in the language of their admin interface (i18n/admin/).
  return adminT(options.req.i18n)('custom:validation.wholeNumber')
}
