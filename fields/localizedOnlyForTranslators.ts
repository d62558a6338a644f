import type { Field } from 'payload'

import { canEditContentField } from '@/access/canEditContent'

/**
 * Translators may change localized fields only: every field that is not localized gets field-level
 * update access for admins and editors. The admin shows such fields read-only to translators, and the
 * API ignores a translator's value for them. Groups, rows, collapsibles and arrays that hold localized
 * fields (a place's localized name beside its coordinates) stay open and are looked into instead.
 * (A translator can still add or remove rows of such an array: its rows are not localized.)
 */
export function localizedOnlyForTranslators(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'ui' || ('localized' in field && field.localized)) return field
    if ('fields' in field && hasLocalizedField(field.fields)) {
      return { ...field, fields: localizedOnlyForTranslators(field.fields) } as Field
    }
    if (!('name' in field)) return field
    return { ...field, access: { ...field.access, update: field.access?.update ?? canEditContentField } } as Field
  })
}

function hasLocalizedField(fields: Field[]): boolean {
  return fields.some(
    (field) => ('localized' in field && field.localized) || ('fields' in field && hasLocalizedField(field.fields)),
  )
}
