import type { TextareaFieldValidation } from 'payload'

import { say } from '@/fields/validators'
import { overrideProblems } from '@/lib/i18n/validateOverride'

/**
 * The same rules as `npm run i18n:check`, against the Azerbaijani default of the key: a refused value
 * is never saved, so the previous override (or the file's default) stays live.
 */
export const validateValue: TextareaFieldValidation = (value, { siblingData, req }) => {
  const { key, locale } = siblingData as { key?: unknown; locale?: unknown }
  const problems = overrideProblems(key, locale, value)
  if (problems.length === 0) return true
  const lead = say(req, { az: 'Saxlanmadı', en: 'Not saved', ru: 'Не сохранено' })
  return `${lead}: ${problems.map((problem) => `${problem.key} (${problem.locale}) ${problem.detail}`).join('; ')}`
}
