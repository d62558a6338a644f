import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { say } from './validators'

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

  const { req } = options
  if (value.length > HTTPS_URL_MAX_LENGTH) {
    return say(req, {
      az: `Keçid ${HTTPS_URL_MAX_LENGTH} simvoldan uzun ola bilməz.`,
      en: `The link may be at most ${HTTPS_URL_MAX_LENGTH} characters long.`,
      ru: `Ссылка не может быть длиннее ${HTTPS_URL_MAX_LENGTH} символов.`,
    })
  }
  // new URL() silently trims surrounding spaces, so the stored text would differ from the link.
  if (value.trim() !== value) {
    return say(req, {
      az: 'Keçidin əvvəlində və sonunda boşluq olmamalıdır.',
      en: 'Remove the spaces before or after the link.',
      ru: 'Уберите пробелы в начале или в конце ссылки.',
    })
  }

  let url: URL
  try {
    url = new URL(value)
  } catch {
    return say(req, {
      az: 'Tam keçid daxil edin, məsələn: https://example.com/səhifə',
      en: 'Enter a full link, for example https://example.com/page',
      ru: 'Введите полную ссылку, например https://example.com/page',
    })
  }
  if (url.protocol !== 'https:') {
    return say(req, {
      az: 'Keçid https:// ilə başlamalıdır.',
      en: 'The link must start with https://',
      ru: 'Ссылка должна начинаться с https://',
    })
  }
  if (url.username !== '' || url.password !== '') {
    return say(req, {
      az: 'Keçiddə istifadəçi adı və ya parol olmamalıdır.',
      en: 'The link must not contain a user name or password.',
      ru: 'Ссылка не должна содержать имя пользователя или пароль.',
    })
  }
  return true
}
