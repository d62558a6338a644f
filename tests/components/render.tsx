import fs from 'node:fs'
import path from 'node:path'

import { render } from '@testing-library/react'
import { NextIntlClientProvider } from 'next-intl'
import type React from 'react'

import type { Locale } from '@/i18n/locales'
import { timeZone } from '@/i18n/request'

/** Renders a component inside the same i18n provider the app uses, with the real message files. */
export function renderInLocale(ui: React.ReactElement, locale: Locale) {
  const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'))
  return render(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone}>
      {ui}
    </NextIntlClientProvider>,
  )
}
