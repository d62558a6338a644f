import type { Locale } from '@/i18n/locales'
// Typed from the source language (az): a key the az file lacks fails the type check.
import type messages from './messages/az.json'

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: typeof messages
  }
}
