import type { NestedKeysStripped, TFunction } from '@payloadcms/translations'

import { az } from './az'
import { en, type AdminTexts } from './en'
import { ru } from './ru'

/**
 * The admin's own staff-facing text for Payload's i18n (payload.config.ts → i18n.translations), in the
 * `custom` namespace of each admin language. Client components read it with
 * `useTranslation<AdminTranslations, AdminTranslationKeys>()` from @payloadcms/ui, server components, views,
 * hooks and validators with the request's `i18n.t` through `adminT` (both typed by the keys below).
 */
export const adminTranslations = {
  az: { custom: az },
  en: { custom: en },
  ru: { custom: ru },
}

export type AdminTranslations = { custom: AdminTexts }

/** Every key, e.g. `custom:translations.title` (`_one`/`_other` variants as one key, chosen by `count`). */
export type AdminTranslationKeys = NestedKeysStripped<AdminTranslations>

/** The request's (or a view's) `t`, typed to read the admin's own keys besides Payload's. */
export function adminT(i18n: { t: TFunction<never> }): TFunction<AdminTranslationKeys> {
  return i18n.t as unknown as TFunction<AdminTranslationKeys>
}
