import type { TextareaFieldValidation } from 'payload'

import { adminT } from '@/i18n/admin'
import { overrideProblems } from '@/lib/i18n/validateOverride'

/**
 * The same rules as `npm run i18n:check`, against the Azerbaijani default of the key: a refused value
 * is never saved, so the previous override (or the file's default) stays live.
 */
export const validateValue: TextareaFieldValidation = (value, { siblingData, req }) => {
  const { key, locale } = siblingData as { key?: unknown; locale?: unknown }
  const problems = overrideProblems(key, locale, value)
  if (problems.length === 0) return true
  return adminT(req.i18n)('custom:interfaceStrings.notSaved', {
    problems: problems.map((problem) => `${problem.key} (${problem.locale}) ${problem.detail}`).join('; '),
  })
}
