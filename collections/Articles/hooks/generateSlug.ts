import type { FieldHook } from 'payload'

import { slugify } from '@/lib/slugify'

/**
 * Fills an empty slug from the title of the same locale; a slug typed by an editor is kept
 * (only tidied to the same URL-safe form).
 */
export const generateSlug: FieldHook = ({ value, data }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  const title: unknown = data?.title
  return typeof title === 'string' && title.trim() ? slugify(title) : value
}
