import type { CollectionBeforeValidateHook } from 'payload'

import type { UiString } from '@/payload-types'

/**
 * One override per key and language: `slot` is "locale:key" and unique, so the database itself (SQLite
 * or MongoDB) refuses a second one, even from two saves racing each other.
 */
export const setSlot: CollectionBeforeValidateHook<UiString> = ({ data, originalDoc }) => {
  if (!data) return data
  const key = data.key ?? originalDoc?.key
  const locale = data.locale ?? originalDoc?.locale
  return { ...data, slot: `${locale}:${key}` }
}
