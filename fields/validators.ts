import type { NumberFieldSingleValidation, PayloadRequest } from 'payload'
import { number } from 'payload/shared'

export type Messages = { az: string; en: string; ru: string }

/** Editors read a validation error in the language of their admin interface. */
export function say(req: PayloadRequest, messages: Messages): string {
  const language = req.i18n?.language
  return language === 'en' || language === 'ru' ? messages[language] : messages.az
}

/** Counts and positions are whole numbers. */
export const wholeNumber: NumberFieldSingleValidation = async (value, options) => {
  // A custom validate replaces Payload's own, so required, min and max are checked here first.
  const builtIn = await number(value, options)
  if (builtIn !== true || typeof value !== 'number' || Number.isInteger(value)) return builtIn
  return say(options.req, {
    az: 'Tam ədəd daxil edin (kəsr olmadan).',
    en: 'Enter a whole number (no fractions).',
    ru: 'Введите целое число (без дробной части).',
  })
}
